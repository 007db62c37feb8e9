// A block's eid as the converter writes it (chp_2__sec_3__subsec_4, annex_1__table_1__row_3, preamble__para_1).
// Shared by the pages, which replace eids in curated notes with the block's label, and the site checks,
// which make sure no eid is left in visible text.

/** Matches an eid inside running text. */
export const EID_IN_TEXT = /\b[a-z]+(?:_\d+)?(?:__[a-z]+_\d+)+\b|\b(?:chp|annex|sec|subsec|para|item|table|row|hrow|att)_\d+\b/g;

/** Text split into plain runs and eids, so a page can put a label (and a link) where an eid was. */
export function splitEids(text: string): { text: string; eid?: string }[] {
  const out: { text: string; eid?: string }[] = [];
  let at = 0;
  for (const m of text.matchAll(EID_IN_TEXT)) {
    if (m.index! > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], eid: m[0] });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
