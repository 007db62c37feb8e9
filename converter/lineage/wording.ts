// Shared wording: the runs of Chinese characters that a block shares with blocks of other plans.
//
// Method (docs/lineage.md): each block's text is reduced to its letters and digits (punctuation and
// whitespace dropped, full-width forms folded), remembering where each kept character stands in the
// block's text. Every run of K kept characters (a K-gram) goes into one index; two blocks share a
// run exactly when their K-grams match at consecutive positions on one diagonal, so the maximal
// common runs of length ≥ K are read off the index without comparing any pair of blocks that shares
// nothing. Blocks whose reduced text is identical are indexed once (a copied paragraph costs nothing
// more than the first), so the work grows with the distinct text and the shared pairs reported.

/** A block as the detector sees it: its plan, ID and visible Chinese text. */
export interface WordingBlock {
  plan: string;
  eid: string;
  text: string;
}

/** One maximal shared run: [start, end) in this block's text and in the other's (code points). */
export type Run = [aStart: number, aEnd: number, bStart: number, bEnd: number];

export interface Partner {
  plan: string;
  eid: string;
  runs: Run[];
  /** Kept (non-punctuation) characters of this block inside the runs. */
  shared: number;
}

export interface BlockShares {
  plan: string;
  eid: string;
  /** Kept characters of the block (letters and digits). */
  length: number;
  /** Kept characters of the block in a run shared with any other plan. */
  shared: number;
  /** How many other plans share a run with this block. */
  planCount: number;
  /** How many blocks of other plans share a run with this block (all of them, listed or not). */
  passageCount: number;
  /** The closest of them, at most `maxPartners` (see `closestFirst`). */
  partners: Partner[];
}

/** A run of wording found in more than one plan, with every place it occurs. */
export interface Passage {
  /** The run's kept characters. */
  text: string;
  plans: string[];
  occurrences: { plan: string; eid: string; start: number; end: number }[];
}

/** A character that counts for alignment: letters (Han included) and digits; the rest is punctuation or space. */
const KEPT = /[\p{L}\p{N}]/u;

/** The block's kept characters (full-width folded, lower-cased) and, for each, its code-point offset in the text. */
export function reduce(text: string): { chars: string[]; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  let k = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // Han characters (the bulk) are kept as they are; only the rest needs the Unicode tests.
    if (c >= 0x4e00 && c <= 0x9fff) {
      chars.push(ch);
      at.push(k);
    } else if (KEPT.test(ch)) {
      chars.push(ch.normalize('NFKC').toLowerCase());
      at.push(k);
    }
    k++;
  }
  return { chars, at };
}

/** Length in kept characters of the union of [start, end) kept-index intervals. */
function unionLength(spans: [number, number][]): number {
  spans.sort((x, y) => x[0] - y[0]);
  let n = 0;
  let end = -1;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    n += e - Math.max(s, end);
    end = e;
  }
  return n;
}

interface TextClass {
  chars: string[];
  members: number[];
}

/** True when all but at most one character of `run` lies inside occurrences of the stock terms, and it quotes none of the quotations. */
export function isStock(run: string, stock: readonly string[], quotations: readonly string[] = []): boolean {
  if (quotations.some((q) => run.includes(q))) return false;
  const covered = new Uint8Array(run.length);
  for (const term of stock) {
    if (!term) continue;
    for (let i = run.indexOf(term); i >= 0; i = run.indexOf(term, i + 1)) covered.fill(1, i, i + term.length);
  }
  return run.length - covered.reduce((n, c) => n + c, 0) <= 1;
}

export interface WordingOptions {
  /** Minimum run length in kept characters. */
  k: number;
  /** Stock terms (reduced, as `reduce` gives them): a run made of nothing else does not count. */
  stock?: readonly string[];
  /** Slogans and titles that count as shared wording even when made of stock terms (严保护、大保护、快保护、同保护). */
  quotations?: readonly string[];
  /** At most this many partner blocks are listed per block (closest first); counts include all. */
  maxPartners?: number;
  /** At most this many other plans are listed per plan in `closestPlans` (the most characters shared first); counts include all. */
  maxPlans?: number;
  /** What is known of each plan to choose among equally shared partners: its province and date of issue. */
  facts?: Readonly<Record<string, PlanFacts>>;
}

/** Listed per block and per plan by default: enough to compare, bounded whatever the number of plans. */
export const MAX_PARTNERS = 8;
export const MAX_PLANS = 8;

/** A plan's province and date of issue (ISO), when known. */
export interface PlanFacts {
  province?: string | null;
  issued?: string | null;
}

/** Per plan: how many other plans share wording with it, and the closest of them with the characters of this plan in runs shared with each. */
export type ClosestPlans = Record<string, { count: number; closest: { plan: string; shared: number }[] }>;

/**
 * The order partners are listed in, for a block of plan `self`: the most characters shared first;
 * among equals, plans of the same province first (a county plan copies its province's wording),
 * then the earlier issued (the likelier source), then by plan and block order.
 * `candidates` is sorted once per text by everything but the province (`byShareThenDate`), so the
 * choice for each block costs only what it lists, not the number of candidates.
 */
export function closestFirst<T extends { shared: number; plan: string }>(candidates: readonly T[], self: string, facts: Readonly<Record<string, PlanFacts>>, limit: number, tiers = tiersOf(candidates, facts)): T[] {
  const out: T[] = [];
  const province = facts[self]?.province;
  for (const tier of tiers) {
    if (out.length >= limit) break;
    const same = province ? (tier.byProvince.get(province) ?? []) : [];
    for (const x of same) {
      if (out.length >= limit) break;
      if (candidates[x]!.plan !== self) out.push(candidates[x]!);
    }
    for (let x = tier.from; x < tier.to && out.length < limit; x++) {
      const c = candidates[x]!;
      if (c.plan === self || (province && facts[c.plan]?.province === province)) continue;
      out.push(c);
    }
  }
  return out;
}

interface Tier {
  from: number;
  to: number;
  byProvince: Map<string, number[]>;
}

/** Runs of candidates with the same number of characters shared, each with its candidates by province (in list order). */
export function tiersOf(candidates: readonly { shared: number; plan: string }[], facts: Readonly<Record<string, PlanFacts>>): Tier[] {
  const tiers: Tier[] = [];
  candidates.forEach((c, x) => {
    let t = tiers.at(-1);
    if (!t || candidates[t.from]!.shared !== c.shared) tiers.push((t = { from: x, to: x, byProvince: new Map() }));
    t.to = x + 1;
    const p = facts[c.plan]?.province;
    if (p) {
      const list = t.byProvince.get(p);
      if (list) list.push(x);
      else t.byProvince.set(p, [x]);
    }
  });
  return tiers;
}

/** The order `closestFirst` expects: the most shared first, then the earlier issued (undated last), then plan, then the given order. */
export function byShareThenDate<T extends { shared: number; plan: string }>(list: T[], facts: Readonly<Record<string, PlanFacts>>): T[] {
  const date = (p: string) => facts[p]?.issued ?? '\uffff';
  return list.map((c, x) => ({ c, x })).sort((a, b) => b.c.shared - a.c.shared || (date(a.c.plan) < date(b.c.plan) ? -1 : date(a.c.plan) > date(b.c.plan) ? 1 : 0) || (a.c.plan < b.c.plan ? -1 : a.c.plan > b.c.plan ? 1 : 0) || a.x - b.x).map(({ c }) => c);
}

/**
 * Every maximal run of at least `k` kept characters that a block shares with a block of another
 * plan, with its offsets in both texts; runs made only of stock terms are left out.
 */
export function sharedWording(blocks: readonly WordingBlock[], { k, stock = [], quotations = [], maxPartners = MAX_PARTNERS, maxPlans = MAX_PLANS, facts = {} }: WordingOptions): { blocks: BlockShares[]; passages: Passage[]; plans: ClosestPlans } {
  if (!Number.isInteger(k) || k < 2) throw new Error(`run length must be an integer ≥ 2, got ${k}`);
  const reduced = blocks.map((b) => reduce(b.text));
  // Identical reduced texts form one class, indexed once.
  const classes: TextClass[] = [];
  const classOf = new Map<string, number>();
  const blockClass = reduced.map((r, i) => {
    if (r.chars.length < k) return -1;
    const key = r.chars.join('');
    let c = classOf.get(key);
    if (c === undefined) {
      c = classes.length;
      classOf.set(key, c);
      classes.push({ chars: r.chars, members: [] });
    }
    classes[c]!.members.push(i);
    return c;
  });

  // The K-gram index over the classes: gram → packed (class, position).
  const POS = 2 ** 20;
  const index = new Map<string, number[]>();
  classes.forEach((cl, c) => {
    const s = cl.chars.join('');
    // Kept characters are single UTF-16 units (the texts hold no characters beyond the BMP), checked here.
    if (s.length !== cl.chars.length) throw new Error('a kept character outside the Basic Multilingual Plane: index by code points');
    if (s.length >= POS) throw new Error(`a block of ${s.length} characters is longer than the index allows`);
    for (let i = 0; i + k <= s.length; i++) {
      const g = s.slice(i, i + k);
      const list = index.get(g);
      if (list) list.push(c * POS + i);
      else index.set(g, [c * POS + i]);
    }
  });

  // Matching grams by pair of classes: pair → packed (posA, posB) with A < B.
  const points = new Map<number, number[]>();
  const C = classes.length;
  for (const list of index.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      const ca = Math.floor(list[x]! / POS);
      for (let y = x + 1; y < list.length; y++) {
        const cb = Math.floor(list[y]! / POS);
        if (ca === cb) continue;
        const [lo, hi, pl, ph] = ca < cb ? [ca, cb, list[x]! % POS, list[y]! % POS] : [cb, ca, list[y]! % POS, list[x]! % POS];
        const key = lo * C + hi;
        const p = points.get(key);
        if (p) p.push(pl * POS + ph);
        else points.set(key, [pl * POS + ph]);
      }
    }
  }

  // Consecutive points on one diagonal are one maximal run of (count + k − 1) characters.
  const classRuns = new Map<number, { other: number; runs: [number, number, number, number][] }[]>();
  const add = (c: number, other: number, runs: [number, number, number, number][]) => {
    const list = classRuns.get(c);
    if (list) list.push({ other, runs });
    else classRuns.set(c, [{ other, runs }]);
  };
  for (const [key, list] of points) {
    const [a, b] = [Math.floor(key / C), key % C];
    const pts = list.map((p) => [Math.floor(p / POS), p % POS] as const).sort((x, y) => x[0] - x[1] - (y[0] - y[1]) || x[0] - y[0]);
    const runs: [number, number, number, number][] = [];
    for (const [pa, pb] of pts) {
      const last = runs.at(-1);
      if (last && last[0] - last[2] === pa - pb && last[1] - k + 1 === pa) {
        last[1]++;
        last[3]++;
      } else runs.push([pa, pa + k, pb, pb + k]);
    }
    if (stock.length) {
      const text = classes[a]!.chars;
      runs.splice(0, runs.length, ...runs.filter(([s, e]) => !isStock(text.slice(s, e).join(''), stock, quotations)));
      if (!runs.length) continue;
    }
    runs.sort((x, y) => x[0] - y[0] || x[2] - y[2]);
    add(a, b, runs);
    add(b, a, runs.map(([s, e, t, f]) => [t, f, s, e]));
  }

  // Out to blocks. All but the listing of partners is the same for every member of a class, so it is
  // worked out once per class: a copied block costs only what it takes to count and list its partners.
  type Quad = [number, number, number, number];
  const toText = (i: number, [s, e, t, f]: Quad, j: number): Run => {
    const [A, B] = [reduced[i]!.at, reduced[j]!.at];
    return [A[s]!, A[e - 1]! + 1, B[t]!, B[f - 1]! + 1];
  };
  const planOf = (j: number) => blocks[j]!.plan;
  // Characters shared per plan and other plan, dense by plan number: N² numbers, but no more (8 bytes
  // each: 72 MB at 3,000 plans); only each plan's closest leave the stage.
  const planNames = [...new Set(blocks.map((b) => b.plan))];
  const planNo = new Map(planNames.map((p, n) => [p, n]));
  const P = planNames.length;
  const pairs = new Float64Array(P * P);
  const shares: BlockShares[] = blocks.map((b, i) => ({ plan: b.plan, eid: b.eid, length: reduced[i]!.chars.length, shared: 0, planCount: 0, passageCount: 0, partners: [] }));
  const plansIn = (o: number) => new Set(classes[o]!.members.map(planOf));
  classes.forEach((cl, c) => {
    const len = cl.chars.length;
    // The partner classes: the block's own (its copies), unless its whole text is stock, and every class sharing a run.
    const groups: { cls: number; runs: Quad[]; spans: [number, number][]; shared: number; plans: Set<string>; perPlan: Map<string, number> }[] = [];
    const perPlan = (o: number) => {
      const m = new Map<string, number>();
      for (const j of classes[o]!.members) m.set(planOf(j), (m.get(planOf(j)) ?? 0) + 1);
      return m;
    };
    if (cl.members.length > 1 && !isStock(cl.chars.join(''), stock, quotations)) groups.push({ cls: c, runs: [[0, len, 0, len]], spans: [[0, len]], shared: len, plans: plansIn(c), perPlan: perPlan(c) });
    for (const { other, runs } of classRuns.get(c) ?? []) {
      const spans = runs.map((r): [number, number] => [r[0], r[1]]);
      groups.push({ cls: other, runs, spans, shared: unionLength(spans.slice()), plans: plansIn(other), perPlan: perPlan(other) });
    }
    if (!groups.length) return;
    groups.sort((x, y) => y.shared - x.shared || x.cls - y.cls);
    // Each other plan is reached by some of the groups; plans reached by the same groups share the same characters.
    const reach = new Map<string, number[]>();
    groups.forEach((g, gi) => {
      for (const q of g.plans) {
        const list = reach.get(q);
        if (list) list.push(gi);
        else reach.set(q, [gi]);
      }
    });
    const lengths = new Map<string, number>();
    const lengthOf = (gis: number[]) => {
      const key = gis.join(',');
      let n = lengths.get(key);
      if (n === undefined) lengths.set(key, (n = unionLength(gis.flatMap((g) => groups[g]!.spans))));
      return n;
    };
    const reached = [...reach].map(([q, gis]) => [planNo.get(q)!, lengthOf(gis)] as const);
    // Every block of another plan in a partner class, in the order of closeness but for the province, once per class.
    const candidates = byShareThenDate(groups.flatMap((g, gi) => classes[g.cls]!.members.map((j) => ({ gi, j, plan: planOf(j), shared: g.shared }))), facts);
    const tiers = tiersOf(candidates, facts);
    for (const i of cl.members) {
      const p = planOf(i);
      const eligible = groups.flatMap((g, gi) => (g.plans.size > 1 || !g.plans.has(p) ? [gi] : []));
      if (!eligible.length) continue;
      const out = shares[i]!;
      out.planCount = reach.size - (reach.has(p) ? 1 : 0);
      out.shared = lengthOf(eligible);
      out.passageCount = eligible.reduce((n, gi) => n + classes[groups[gi]!.cls]!.members.length - (groups[gi]!.perPlan.get(p) ?? 0), 0);
      const base = planNo.get(p)! * P;
      for (const [q, n] of reached) pairs[base + q] += n;
      for (const { gi, j } of closestFirst(candidates, p, facts, maxPartners, tiers)) {
        const g = groups[gi]!;
        out.partners.push({ plan: planOf(j), eid: blocks[j]!.eid, shared: g.shared, runs: g.runs.map((r) => toText(i, r, j)) });
      }
    }
  });
  const plans: ClosestPlans = {};
  planNames.forEach((p, a) => {
    const row: { plan: string; shared: number }[] = [];
    for (let b = 0; b < P; b++) if (b !== a && pairs[a * P + b]! > 0) row.push({ plan: planNames[b]!, shared: pairs[a * P + b]! });
    plans[p] = { count: row.length, closest: closestFirst(byShareThenDate(row, facts), p, facts, maxPlans) };
  });

  // Each distinct run, with every place its wording occurs: those places all begin with its first K-gram.
  const passages = new Map<string, Passage>();
  for (const [c, list] of classRuns) {
    for (const { runs } of list) {
      for (const [s, e] of runs) {
        const text = classes[c]!.chars.slice(s, e).join('');
        if (passages.has(text)) continue;
        const occurrences: Passage['occurrences'] = [];
        for (const packed of index.get(text.slice(0, k)) ?? []) {
          const [oc, pos] = [Math.floor(packed / POS), packed % POS];
          const chars = classes[oc]!.chars;
          if (pos + text.length > chars.length || chars.slice(pos, pos + text.length).join('') !== text) continue;
          for (const m of classes[oc]!.members) {
            const at = reduced[m]!.at;
            occurrences.push({ plan: blocks[m]!.plan, eid: blocks[m]!.eid, start: at[pos]!, end: at[pos + text.length - 1]! + 1 });
          }
        }
        passages.set(text, { text, plans: [...new Set(occurrences.map((o) => o.plan))].sort(), occurrences });
      }
    }
  }
  // A block copied whole into another plan is one passage too.
  for (const cl of classes) {
    const text = cl.chars.join('');
    const plans = [...new Set(cl.members.map((m) => blocks[m]!.plan))].sort();
    if (plans.length < 2 || passages.has(text) || isStock(text, stock, quotations)) continue;
    passages.set(text, { text, plans, occurrences: cl.members.map((m) => ({ plan: blocks[m]!.plan, eid: blocks[m]!.eid, start: reduced[m]!.at[0]!, end: reduced[m]!.at.at(-1)! + 1 })) });
  }
  return { blocks: shares, passages: [...passages.values()], plans };
}
