import type { UnitText } from './units.ts';

/**
 * Checks on a translation that need no reader: numbers carried over exactly, no Chinese left
 * untranslated, glossary terms rendered as the glossary says. Used by the test suite and by
 * `npm run translations:check`, which translators run as they work.
 */

/** The text of a unit as one string: table cells and member parts joined. */
export function unitString(t: UnitText): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.join(' | ');
  return [t.role, t.name, t.post].join(' ');
}

const MULT: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

// Numbers written in characters that English writes in digits.
const CN_WORD_NUMBERS: [RegExp, string | ((m: string) => string)][] = [
  [/十四五/g, ' 14 '],
  [/十三五/g, ' 13 '],
  [/十五五/g, ' 15 '],
  // Party congresses and central committees: 十九大 is the 19th National Congress, 十九届 the 19th Central Committee.
  [/(十九|二十)(?=大|届)/g, (m: string) => ` ${m === '十九' ? 19 : 20} `],
  [/(?<![\d.０-９]\s*)万人/g, ' 10000 人'],
  // A bare money unit: 亿元 is "RMB 100 million", 万元 "RMB 10,000".
  [/(?<![\d.０-９万千百十]\s*)亿元/g, ' 100000000 元'],
  [/(?<![\d.０-９千百十]\s*)万元/g, ' 10000 元'],
  // A year in characters (二〇三五年) and the ordinal plan (第十四个五年规划).
  [/[〇零一二三四五六七八九]{4}(?=年)/g, (m: string) => ` ${[...m].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('')} `],
  [/十四个五年/g, ' 14 五年'],
];

// A standard's code (GB/T 39550-2020) is an identifier, not a quantity: the English may name the
// standard the Chinese gives by title (docs/translation.md, "Official names").
const STANDARD_CODE = /\bGB(?:\/T|\/Z)?\s*\d+(?:\.\d+)?(?:\s*[-—–]\s*\d{4})?/g;

/** Canonical form of a number, so 1.50 and 1.5, 120000 and 1.2e5 compare equal. */
const canon = (n: number) => String(Number(n.toPrecision(12)));

/** Numbers of a Chinese text, with 万 and 亿 applied (12万 → 120000, 5亿 → 500000000). */
export function chineseNumbers(text: string): string[] {
  let s = text.replace(/[⟦][^⟧]*[⟧]/g, ' ').replace(STANDARD_CODE, ' ');
  for (const [re, v] of CN_WORD_NUMBERS) s = s.replace(re, v as string);
  s = s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  const out: string[] = [];
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)\s*(万亿|亿|万|千(?!米|克|瓦))?/g)) {
    out.push(canon(Number(m[1]) * (m[2] ? MULT[m[2]]! : 1)));
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Numbers of an English text: 120,000 → 120000, RMB 2.2 billion → 2200000000, June 2025 → 6 and 2025, 14th → 14. */
export function englishNumbers(text: string): string[] {
  const out: string[] = [];
  let s = text.replace(/[⟦][^⟧]*[⟧]/g, ' ').replace(STANDARD_CODE, ' ');
  // Month names count as their number where they are dates (a capital, next to a day or a year).
  s = s.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?=\s+\d|,?\s+\d{4})|(?<=\d\s)(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => ` ${MONTHS.indexOf(m.toLowerCase()) + 1} `);
  for (const m of s.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?:\s*(thousand|million|billion|trillion)\b)?/g)) {
    const n = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    out.push(canon(n * (m[3] ? SCALE[m[3]]! : 1)));
  }
  return out;
}

export interface NumberMismatch {
  missing: string[];
  added: string[];
}

/** Numbers the English lacks, and numbers it has that the Chinese does not. */
export function numberParity(zh: UnitText, en: UnitText): NumberMismatch {
  const a = new Set(chineseNumbers(unitString(zh)));
  const b = new Set(englishNumbers(unitString(en)));
  return { missing: [...a].filter((n) => !b.has(n)), added: [...b].filter((n) => !a.has(n)) };
}

const HAN = /[\u3400-\u9fff]/;
// Chinese allowed in English: a parenthesised original, or a document number (德知办〔2023〕1号).
const ALLOWED_ZH = [/\([^()]*[\u3400-\u9fff][^()]*\)/g, /（[^（）]*[\u3400-\u9fff][^（）]*）/g, /[\u3400-\u9fff]+〔\d{4}〕\d+号/g];
// Editorial notes discuss the Chinese itself, so they may also quote it.
const QUOTED_ZH = /[“"「][^”"」]*[\u3400-\u9fff][^”"」]*[”"」]/g;

/** Chinese left in an English text outside parenthesised originals and document numbers. */
export function leftoverChinese(en: UnitText, opts: { quotes?: boolean } = {}): string[] {
  let s = unitString(en);
  for (const re of ALLOWED_ZH) s = s.replace(re, ' ');
  if (opts.quotes) s = s.replace(QUOTED_ZH, ' ');
  return [...s.matchAll(/[\u3400-\u9fff][\u3400-\u9fff\u3000-\u303f\uff00-\uffef]*/g)].map((m) => m[0]);
}

/** Does text contain a Chinese character? */
export const hasChinese = (s: string): boolean => HAN.test(s);

export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  variants?: string[];
  /** Renderings the house style replaces: still counted as consistent, but the style check warns. */
  deprecated?: string[];
  /** Where the English name was published (title and address). */
  source?: string;
}

/** A pattern for an English rendering: any case, hyphen or space alike, each word may take a plural. */
export function renderingPattern(en: string): RegExp {
  const words = en
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter(Boolean)
    .map((w) => {
      const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /[a-z]y$/.test(w) && !/[aeiou]y$/.test(w) ? `${esc.slice(0, -1)}(?:y|ies)` : `${esc}(?:s|es)?`;
    });
  return new RegExp(`(?<![a-z])${words.join('[\\s\\-–]+')}(?![a-z])`, 'i');
}

/** True when the English renders the term as the glossary allows. */
export function rendersTerm(term: GlossaryTerm, en: string): boolean {
  return [term.en, ...(term.variants ?? []), ...(term.deprecated ?? [])].some((r) => renderingPattern(r).test(en.replace(/’/g, "'")));
}

/**
 * The glossary terms a Chinese text contains, a term nested in a longer one counting only where it
 * stands outside it (科技创新 in 科技创新型企业 is judged by the longer term's rendering).
 */
export function termsIn(zh: string, glossary: GlossaryTerm[]): GlossaryTerm[] {
  return glossary.filter((t) => {
    if (!zh.includes(t.zh)) return false;
    const masked = glossary.filter((l) => l.zh.length > t.zh.length && l.zh.includes(t.zh)).reduce((s, l) => s.split(l.zh).join('\u0000'), zh);
    return masked.includes(t.zh);
  });
}
