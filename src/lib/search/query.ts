/**
 * How text meets the search index. Pagefind splits Chinese into words one way when indexing and the
 * browser splits the query another way, and where they disagree a term is missed (Pagefind #1237).
 * So the indexed copy has every Han character (and CJK punctuation mark) as its own word, and a
 * Chinese query becomes a quoted phrase of characters: exact, and never split differently.
 * Served pages are untouched; only the copy given to the indexer is spaced.
 */

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_MARK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕]/gu;
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef“”‘’《》〔〕]/u;

/** True when the text has a Han character. */
export const hasHan = (s: string): boolean => HAN.test(s);

/** The indexed form of a text: each Han character and CJK punctuation mark a word of its own. */
export function spaceHan(text: string): string {
  return text.replace(CJK_MARK, ' $& ').replace(/\s+/g, ' ').trim();
}

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

/**
 * The Pagefind query for the terms. A Chinese term is a quoted phrase of its characters; where it
 * spans punctuation, each stretch between marks is its own phrase (the punctuation is checked
 * against the text afterwards). English words stay words, so stemming applies (ceramic → ceramics).
 */
export function pagefindQuery(terms: Term[]): string {
  return terms
    .flatMap((t) => {
      if (!t.han) return t.phrase ? [`"${t.text}"`] : [t.text];
      return t.text
        .split(CJK_PUNCT)
        .map((part) => spaceHan(part))
        .filter(Boolean)
        .map((part) => (part.includes(' ') ? `"${part}"` : part));
    })
    .join(' ');
}

/** Whether a Chinese term needs checking against the text (it spans punctuation Pagefind drops). */
export const needsCheck = (t: Term): boolean => t.han && CJK_PUNCT.test(t.text);

/** The Chinese text of an indexed record's content, with the indexing spaces taken out. */
export function unspace(spaced: string): string {
  return spaced.replace(/(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕]) (?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕])/gu, '');
}
