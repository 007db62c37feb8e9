import type { Lang } from './i18n';

// How a target reads in a table cell or a chart label, in either language.

export interface FormattableTarget {
  value: number | null;
  unit: string;
  comparator: string;
  written: string | null;
}

const COMPARATOR: Record<string, Record<Lang, string>> = {
  'at-least': { zh: '≥', en: '≥ ' },
  'more-than': { zh: '>', en: '> ' },
  reach: { zh: '', en: '' },
  'at-most': { zh: '≤', en: '≤ ' },
  'increase-by': { zh: '增加', en: '+' },
  'reduce-by': { zh: '减少', en: '−' },
  double: { zh: '', en: '' },
};

const trim = (n: number) => String(Math.round(n * 1000) / 1000);

/** A value in its unit: 308700000 rmb → 3.087亿元 / RMB 308.7 million; 6500 pieces → 6500件 / 6,500 pieces. */
export function formatQuantity(value: number, unit: { id: string; zh: string; en: string }, lang: Lang): string {
  if (unit.id === 'rmb') {
    if (lang === 'zh') return value >= 1e8 ? `${trim(value / 1e8)}亿元` : value >= 1e4 ? `${trim(value / 1e4)}万元` : `${trim(value)}元`;
    return value >= 1e9 ? `RMB ${trim(value / 1e9)} billion` : value >= 1e6 ? `RMB ${trim(value / 1e6)} million` : `RMB ${value.toLocaleString('en-GB')}`;
  }
  if (unit.id === 'percent') return `${trim(value)}%`;
  if (unit.id === 'multiple') return lang === 'zh' ? `${trim(value)}倍` : `${trim(value)} times`;
  return lang === 'zh' ? `${trim(value)}${unit.zh}` : `${value.toLocaleString('en-GB', { maximumFractionDigits: 3 })} ${unit.en}`;
}

/** A target's value with its comparator (≥ 120,000 pieces; 翻一番 / double); null for a blank cell. */
export function formatTarget(t: FormattableTarget, unit: { id: string; zh: string; en: string }, lang: Lang): string | null {
  if (t.value === null) return null;
  if (t.comparator === 'double') return lang === 'zh' ? '翻一番' : 'double';
  return `${COMPARATOR[t.comparator]?.[lang] ?? ''}${formatQuantity(t.value, unit, lang)}`;
}

