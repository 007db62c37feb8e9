import type { PlanFrontmatter } from '../schemas/plan';
import { t, type Lang } from './i18n';

/** Region as one line, most specific last: 福建省泉州市德化县. */
export function regionName(p: PlanFrontmatter, lang: Lang): string {
  if (lang === 'en') return p.region.en;
  const r = p.region;
  return [r.province, r.prefecture, r.county].filter(Boolean).join('');
}

/** A plan named by its place (德化县 / Dehua County), short enough for a column heading or a list. */
export function placeName(p: PlanFrontmatter, lang: Lang): string {
  return lang === 'zh' ? (p.region.county ?? p.region.prefecture ?? p.shortTitle) : p.region.en.split(',')[0]!.replace(/\s*\(.*\)$/, '');
}

/** A YYYY or YYYY-MM period bound, written for readers. */
export function periodBound(v: string, lang: Lang): string {
  const [y, m] = v.split('-');
  if (lang === 'zh') return m ? `${y}年${Number(m)}月` : `${y}年`;
  return m ? `${new Date(Date.UTC(Number(y), Number(m) - 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${y}` : y!;
}

/** The plan period, e.g. 2022年7月—2025年6月. */
export function periodText(p: PlanFrontmatter, lang: Lang): string {
  return `${periodBound(p.period.start, lang)}${lang === 'zh' ? '—' : '–'}${periodBound(p.period.end, lang)}`;
}

/** The issue date, or why there is none. */
export function issuedText(p: PlanFrontmatter, lang: Lang): string {
  if (!p.issued.date) return `${t(lang, 'meta.none')}`;
  const [y, m, d] = p.issued.date.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : new Date(Date.UTC(y!, m! - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Characters of plan text, formatted. */
export function lengthText(p: PlanFrontmatter, lang: Lang): string {
  return t(lang, 'meta.chars', { n: p.stats.characters.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') });
}

/** The last month of a YYYY or YYYY-MM period end, as YYYY-MM. */
const lastMonth = (end: string): string => (end.length === 4 ? `${end}-12` : end);

/**
 * Whether the plan's stated period has ended as of a date (YYYY-MM-DD): a period "to 2025-06" runs
 * through June 2025. Read from the period the plan states, nothing else.
 */
export function planStatus(p: Pick<PlanFrontmatter, 'period'>, asOf: string): 'in-force' | 'ended' {
  return asOf.slice(0, 7) > lastMonth(p.period.end) ? 'ended' : 'in-force';
}

/** The build date, YYYY-MM-DD (UTC): what "as of" means on a static page. ATLAS_BUILD_DATE fixes it for tests. */
export const buildDate = (): string => process.env.ATLAS_BUILD_DATE ?? new Date().toISOString().slice(0, 10);

/** A date as readers write it: 2026年12月3日 / 3 December 2026. */
export function dateText(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : new Date(Date.UTC(y!, m! - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Double quotes inside a text that will itself be quoted become single ones: 据“‘十四五’时期”推定. */
export const nestQuotes = (s: string): string => s.replace(/“/g, '‘').replace(/”/g, '’');
