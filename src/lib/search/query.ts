/**
 * How text meets the search index. Pagefind splits Chinese into words one way when indexing and the
 * browser splits the query another way, and where they disagree a term is missed (Pagefind #1237).
 * So the indexed copy has every Han character (and CJK punctuation mark) as its own word, and a
 * Chinese query becomes a quoted phrase of characters: exact, and never split differently.
 * Served pages are untouched; only the copy given to the indexer is spaced.
 */

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_MARK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕]/gu;

/** True when the text has a Han character. */
export const hasHan = (s: string): boolean => HAN.test(s);

/** The indexed form of a text: each Han character and CJK punctuation mark a word of its own. */
export function spaceHan(text: string): string {
  return text.replace(CJK_MARK, ' $& ').replace(/\s+/g, ' ').trim();
}

/** Between a record's English and its spaced Chinese: punctuation, so never a word, and kept by Pagefind. */
export const PART_MARK = ' ⁂ ';

/** A search term as the reader typed it, and what it means. */
export interface Term {
  /** As typed (quotes removed): what must occur in a matching block. */
  text: string;
  /** Chinese: matched as an exact substring of the Chinese text. */
  han: boolean;
  /** An English phrase in quotes. */
  phrase: boolean;
}

/** The terms of a query: quoted phrases, and words separated by spaces; all of them must match. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const m of query.normalize('NFKC').matchAll(/"([^"]+)"|“([^”]+)”|(\S+)/g)) {
    const text = (m[1] ?? m[2] ?? m[3]!).trim();
    if (!text) continue;
    terms.push({ text, han: hasHan(text), phrase: m[3] === undefined && !hasHan(text) });
  }
  return terms;
}

// How a query becomes Pagefind queries (quoted phrases, British spelling, glossary expansion): ./concepts.ts.

// Pagefind stores content with its whitespace collapsed, so the spacing added for indexing is taken
// out wherever it touches a CJK character (a space the plan itself had there goes too: excerpts only).
const CJK = '\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》〔〕';
const ADDED = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu');

/** The Chinese of an indexed record's content, as it reads. */
export function unspace(spaced: string): string {
  return spaced.replace(ADDED, '');
}
