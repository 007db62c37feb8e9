import type { Term } from './query';

/** Where the terms occur in a text, as [start, end) ranges, in order and not overlapping. */
export type Matcher = (text: string) => [number, number][];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Light stemming for highlighting only: "ceramics" and "ceramic" both mark "ceramic…".
const stem = (w: string) => w.replace(/(ies|es|s|ing|ed)$/i, '').replace(/^(.{4,}?)e$/i, '$1') || w;

/** A matcher for the query's terms: Chinese exactly, English phrases as typed, English words by their stem. */
export function matcherFor(terms: Term[]): Matcher {
  const patterns = terms.map((t) => {
    if (t.han) return escape(t.text);
    if (t.phrase) return t.text.split(/\s+/).map(escape).join('\\s+');
    return `(?<![\\p{L}\\p{N}])${escape(stem(t.text))}[\\p{L}\\p{N}]*`;
  });
  const re = new RegExp(patterns.join('|'), 'giu');
  return (text) => [...text.matchAll(re)].filter((m) => m[0].length > 0).map((m) => [m.index!, m.index! + m[0].length]);
}

/** The text around the first match, as a paragraph with every match marked. */
export function excerptInto(text: string, match: Matcher, lang: 'zh' | 'en', width = lang === 'zh' ? 90 : 220): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  p.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  const ranges = match(text);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  const to = Math.min(text.length, from + width);
  if (to - from < width) from = Math.max(0, to - width);
  if (from > 0) p.append('…');
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const [a, b] = [Math.max(s, from), Math.min(e, to)];
    if (a > at) p.append(text.slice(at, a));
    p.append(Object.assign(document.createElement('mark'), { textContent: text.slice(a, b) }));
    at = b;
  }
  if (at < to) p.append(text.slice(at, to));
  if (to < text.length) p.append('…');
  return p;
}
