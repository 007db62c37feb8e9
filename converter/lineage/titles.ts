// Titles of documents cited in 《》: found in a block's text and reduced to a key under which the
// ways of writing one document meet (dash and quotation-mark variants, full- and half-width forms,
// a trailing year or year range given or left out), while different documents keep different keys.

/** One title cited in 《》: its text as written and its [start, end) offsets (code points) in the block's text, brackets included. */
export interface CitedTitle {
  title: string;
  start: number;
  end: number;
}

/** Every 《…》 in a text, in order (a title holds no 《 or 》; an unclosed one is not a citation). */
export function citedTitles(text: string): CitedTitle[] {
  const chars = [...text];
  const out: CitedTitle[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '《') continue;
    const j = chars.indexOf('》', i + 1);
    const k = chars.indexOf('《', i + 1);
    if (j < 0) break;
    if (k >= 0 && k < j) continue;
    const title = chars.slice(i + 1, j).join('');
    if (title.trim()) out.push({ title, start: i, end: j + 1 });
    i = j;
  }
  return out;
}

const DASHES = /[-‐‑‒–—―−－~～〜]/g;
const QUOTES = /[“”„‟"'‘’‚‛「」『』〝〞＂＇]/g;
// A trailing (2021—2035年), （2022年）, (2021-2025): the years of one document, not part of its name.
const TRAILING_YEARS = /\(\s*\d{4}\s*年?\s*(?:—\s*\d{4}\s*年?)?\s*\)$/;

/** The key of a title: NFKC, no whitespace or quotation marks, one kind of dash, no trailing years. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(QUOTES, '')
    .replace(DASHES, '—')
    .replace(/(\d{4})年?—(\d{4})/g, '$1—$2')
    .replace(/至(?=\d{4})/g, '—')
    .replace(TRAILING_YEARS, '');
}
