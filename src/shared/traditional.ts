/**
 * Traditional characters in a query, read as the simplified ones the plans are written in. The table
 * is made at build time from OpenCC's data (src/integrations/search-index.ts) and holds only the
 * characters that matter here: a traditional character whose simplified form occurs in the plans,
 * and which does not itself occur in them (著 stays 著, because the plans write 显著).
 */

/** The conversion table: the traditional characters, and at the same positions their simplified forms. */
export interface T2S {
  t: string;
  s: string;
}

/** The table for the characters of the plans, given a one-character traditional → simplified conversion. */
export function t2sTable(planChars: Set<string>, toSimplified: (c: string) => string): T2S {
  let t = '';
  let s = '';
  const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (planChars.has(c)) continue;
      const simple = toSimplified(c);
      if (simple !== c && [...simple].length === 1 && planChars.has(simple)) {
        t += c;
        s += simple;
      }
    }
  }
  return { t, s };
}

/** A text with every traditional character of the table replaced by its simplified form. */
export function simplify(text: string, table: T2S): string {
  const t = [...table.t];
  const s = [...table.s];
  const map = new Map(t.map((c, k) => [c, s[k]!]));
  return [...text].map((c) => map.get(c) ?? c).join('');
}
