import { glossaryChinese, type SearchTermsData } from '../../shared/search-terms.ts';
import { britishSpelling } from '../../shared/spelling.ts';
import { simplify, type T2S } from '../../shared/traditional.ts';
import { hasHan, parseQuery, spaceHan, type Term } from './query.ts';

/**
 * What a query asks for, as Pagefind queries. Every concept must match; a concept matches when any
 * of its alternatives does; an alternative matches when each of its groups does; a group when any of
 * its phrases does. A typed term is one concept; its alternatives are the term as typed (British
 * spelling, traditional characters read as simplified) and the glossary's Chinese for it.
 */
export interface Concept {
  /** The term, as it is searched for (quotes removed, simplified). */
  text: string;
  alternatives: string[][][];
  /** Texts to mark in results and on the plan page: the term and what it was expanded to. */
  marks: string[];
  /** A Chinese term spanning punctuation Pagefind drops: a block must contain one of these, checked against its text. */
  verify?: string[];
}

// Anything that is not a letter or a digit: Pagefind drops it, so a phrase cannot run across it.
const BREAK = /[^\p{L}\p{N}]+/u;
const quote = (p: string) => `"${p.trim()}"`;

/** A Chinese text as groups of phrases: one phrase of characters per stretch between punctuation marks. */
const hanGroups = (text: string): string[][] => text.split(BREAK).map(spaceHan).filter(Boolean).map((p) => [quote(p)]);

/**
 * The phrases for an English term. Each word in its British spelling, since the index holds the
 * British form of every word (an American one in the text gets its British form added); the typed
 * form is tried too when it is a phrase, where stemming cannot join it to another word. A quoted
 * word is matched on its stem exactly: an unquoted last word would match any word its stem begins.
 * A hyphenated term is tried as written and as separate words, since a longer compound is indexed whole.
 */
function englishPhrases(text: string): string[] {
  const raw = text.replace(/"/g, '').trim();
  const british = raw
    .split(/(\s+|-)/)
    .map((w) => (/^[a-z]+$/i.test(w) ? britishSpelling(w) : w))
    .join('');
  const forms = new Set([british]);
  if (/\s/.test(raw) && british.toLowerCase() !== raw.toLowerCase()) forms.add(raw);
  for (const f of [...forms]) if (/-/.test(f)) forms.add(f.replace(/-/g, ' '));
  return [...forms].map(quote);
}

/** The concepts of a query, with the glossary data and the traditional table when they are loaded. */
export function concepts(query: string, data?: SearchTermsData | null, t2s?: T2S | null): Concept[] {
  const terms = parseQuery(t2s ? simplify(query, t2s) : query);
  const expand = (t: string) => (data ? glossaryChinese(t, data).filter((z) => z !== t) : []);
  // Several English words that together name a glossary term ("geographical indication") are one
  // concept: all the words, or the term's Chinese.
  if (data && terms.length > 1 && terms.every((t) => !t.han && !t.phrase)) {
    const whole = terms.map((t) => t.text).join(' ');
    const zh = expand(whole);
    if (zh.length) {
      const words = terms.map((t) => englishPhrases(t.text));
      return [{ text: whole, alternatives: [words, ...zh.map(hanGroups)], marks: [...terms.map((t) => t.text), ...zh] }];
    }
  }
  return terms.map((t) => concept(t, expand(t.text)));
}

function concept(t: Term, zh: string[]): Concept {
  if (t.han) {
    const forms = [t.text, ...zh];
    const c: Concept = { text: t.text, alternatives: forms.map(hanGroups), marks: forms };
    if (forms.some((f) => BREAK.test(f))) c.verify = forms;
    return c;
  }
  const british = t.text.split(/(\s+|-)/).map((w) => (/^[a-z]+$/i.test(w) ? britishSpelling(w) : w)).join('');
  const marks = [...new Set([t.text, british, ...zh])];
  return { text: t.text, alternatives: [[englishPhrases(t.text)], ...zh.map(hanGroups)], marks: marks.map((m) => (hasHan(m) || !/\s/.test(m) ? m : `"${m}"`)) };
}

/** The marks of all concepts, as a query the plan page's highlighter reads (`?hl=`). */
export function marksQuery(list: Concept[]): string {
  return [...new Set(list.flatMap((c) => c.marks))].join(' ');
}
