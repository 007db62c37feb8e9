import { plural, t, type Lang, type UiKey } from './i18n';

// How a target, a baseline or a status quo figure reads in a table cell or a chart label, in either
// language. Units read as the glossary of units renders them (content/glossary/units.yaml), in the
// form the count takes (1 item, 2 items); a reduction reads as a reduction, never as negative growth.

export interface Unit { id: string; zh: string; en: string; one?: string; other?: string }

export interface FormattableTarget {
  value: number | null;
  unit: string;
  comparator: string;
  written: string | null;
}

const COMPARATOR: Record<string, Record<Lang, string>> = {
  'at-least': { zh: '≥', en: '≥ ' },
  'more-than': { zh: '>', en: '> ' },
  'less-than': { zh: '<', en: '< ' },
  reach: { zh: '', en: '' },
  'at-most': { zh: '≤', en: '≤ ' },
  'increase-by': { zh: '增加', en: 'raise by ' },
  'reduce-by': { zh: '减少', en: 'cut by ' },
  double: { zh: '', en: '' },
};

const trim = (n: number) => String(Math.round(n * 1000) / 1000);

/** A value in its unit: 308700000 rmb → 3.087亿元 / RMB 308.7 million; 1 item, 6,500 items. */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  if (unit.id === 'rmb') {
    if (lang === 'zh') return value >= 1e8 ? `${trim(value / 1e8)}亿元` : value >= 1e4 ? `${trim(value / 1e4)}万元` : `${trim(value)}元`;
    return value >= 1e9 ? `RMB ${trim(value / 1e9)} billion` : value >= 1e6 ? `RMB ${trim(value / 1e6)} million` : `RMB ${value.toLocaleString('en-GB')}`;
  }
  if (unit.id === 'percent') return `${trim(value)}%`;
  if (lang === 'zh') return `${trim(value)}${unit.zh}`;
  const name = plural(lang, value, unit.one ?? unit.en, unit.other ?? unit.en);
  return `${value.toLocaleString("en-GB", { maximumFractionDigits: 3 })} ${name}`;
}

/** A target's value with its comparator (≥ 120,000 items; 翻一番 / double; cut by 10%); null for a blank cell. */
export function formatTarget(x: FormattableTarget, unit: Unit, lang: Lang): string | null {
  if (x.value === null) return null;
  if (x.comparator === 'double') return lang === 'zh' ? '翻一番' : 'double';
  return `${COMPARATOR[x.comparator]?.[lang] ?? ''}${formatQuantity(x.value, unit, lang)}`;
}

/** What kind of figure it is, in words: a reduction target reads "reduction", not "growth". */
export function kindLabel(x: { kind: string; comparator: string }, lang: Lang): string {
  if (x.comparator === 'reduce-by') return t(lang, 'target.kind.reduction');
  return t(lang, `target.kind.${x.kind}` as UiKey);
}

/** Whether a target is a minimum (≥, >) rather than a level to reach. */
export const isMinimum = (x: { comparator: string }) => x.comparator === 'at-least' || x.comparator === 'more-than';
