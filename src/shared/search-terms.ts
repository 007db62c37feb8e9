/**
 * What search knows beyond the text: the glossary's renderings, variants and abbreviations, and the
 * comparison data's indicators with how many plans set targets for them. The build writes this as
 * one small JSON file (src/integrations/search-index.ts); the search page loads it with the first query.
 */
import { britishSpelling } from './spelling.ts';

/** A glossary term as search uses it: its Chinese, its English, and every English form as a key. */
export interface SearchTerm {
  zh: string;
  en: string;
  /** Keys (formKey) of the English rendering, its variants and its abbreviations. */
  keys: string[];
}

/**
 * An indicator of the comparison data, with how many plans state a target for it. Which passage of a
 * plan states it is in that plan's search card (src/integrations/search-index.ts planCard), so this
 * file does not grow with the number of plans' targets.
 */
export interface SearchIndicator {
  key: string;
  zh: string;
  en: string;
  /** Plans with a target statement for it. */
  plans: number;
}

export interface SearchTermsData {
  terms: SearchTerm[];
  indicators: SearchIndicator[];
}

const HAN = /\p{Script=Han}/u;

/** One English word as compared: lower case, British spelling, a plural -s dropped. */
export function wordKey(w: string): string {
  const b = britishSpelling(w.toLowerCase());
  return b.length > 2 && b.endsWith('s') && !b.endsWith('ss') ? b.slice(0, -1) : b;
}

/** The comparable form of an English phrase: its words' keys; punctuation and case aside. */
export function formKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}

/** The search data, from the glossary and the comparison data. */
export function searchTermsData(
  glossary: { zh: string; en: string; variants?: string[]; abbreviations?: string[] }[],
  indicators: { key: string; zh: string; en: string }[],
  targets: { key: string; plan: string; eid: string }[],
): SearchTermsData {
  return {
    terms: glossary.map((g) => ({ zh: g.zh, en: g.en, keys: [...new Set([g.en, ...(g.variants ?? []), ...(g.abbreviations ?? [])].map(formKey))] })),
    indicators: indicators
      .map((i) => ({ key: i.key, zh: i.zh, en: i.en, plans: new Set(targets.filter((t) => t.key === i.key).map((t) => t.plan)).size }))
      .filter((i) => i.plans > 0),
  };
}

/**
 * The Chinese terms a query term stands for. An English term (a word, or a phrase) names a glossary
 * term when it equals its rendering, a variant or an abbreviation (spelling and plural aside): it
 * then stands for that term's Chinese too. A Chinese term that is a glossary term stands for every
 * glossary term rendered the same way in English (地标 and 地理标志 are both "geographical indication").
 */
export function glossaryChinese(term: string, data: SearchTermsData): string[] {
  if (HAN.test(term)) {
    const en = new Set(data.terms.filter((t) => t.zh === term).map((t) => formKey(t.en)));
    return en.size ? [...new Set(data.terms.filter((t) => en.has(formKey(t.en))).map((t) => t.zh))] : [];
  }
  const key = formKey(term);
  return key ? [...new Set(data.terms.filter((t) => t.keys.includes(key)).map((t) => t.zh))] : [];
}

/**
 * Indicators a query names: every term of it occurs in the indicator's Chinese or English name, and
 * not all of them are words most indicators share (知识产权, IP), which name none in particular.
 */
export function namedIndicators(terms: string[], data: SearchTermsData): SearchIndicator[] {
  if (!terms.length) return [];
  const words = (t: string) => (HAN.test(t) ? [t] : formKey(t).split(' '));
  const names = (w: string) => data.indicators.filter((i) => (HAN.test(w) ? w.length >= 2 && i.zh.includes(w) : formKey(i.en).split(' ').includes(w)));
  const all = terms.flatMap(words);
  if (all.every((w) => names(w).length > Math.max(2, data.indicators.length / 4))) return [];
  const found = all.map((w) => new Set(names(w)));
  return data.indicators.filter((i) => found.every((f) => f.has(i)));
}

const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
};

/**
 * The glossary terms nearest to a query found nowhere, best first: for Chinese, the share of the
 * query's characters a term has; for English, the edit distance to its nearest form, relative to length.
 */
export function nearestTerms(query: string, data: SearchTermsData, n = 5): SearchTerm[] {
  const q = query.trim();
  if (!q) return [];
  const scored = data.terms.map((t) => {
    if (HAN.test(q)) {
      const chars = [...new Set(q.replace(/\P{Script=Han}/gu, ''))];
      const shared = chars.filter((c) => t.zh.includes(c)).length;
      return { t, score: shared / Math.max(chars.length, [...t.zh].length) };
    }
    const key = formKey(q);
    const best = Math.min(...t.keys.map((k) => (k.includes(key) || key.includes(k) ? Math.abs(k.length - key.length) * 0.3 : distance(k, key))));
    return { t, score: 1 - best / Math.max(key.length, 4) };
  });
  const seen = new Set<string>();
  return scored
    .filter((s) => s.score > 0.3)
    .sort((a, b) => b.score - a.score || a.t.zh.length - b.t.zh.length)
    .map((s) => s.t)
    .filter((t) => !seen.has(t.zh) && seen.add(t.zh))
    .slice(0, n);
}
