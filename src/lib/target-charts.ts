// The arithmetic behind the comparison charts, kept apart from drawing so tests can apply the same
// rules to the dataset: bars are grouped so that one panel never mixes kinds (annual, cumulative,
// stock, rate, growth …) or units, and a target with a baseline or a status quo figure of the same
// kind gets a baseline → target pair with two derived figures, each by a stated formula.

export interface ChartTarget {
  id: string; plan: string; eid: string; key: string;
  value: number | null; unit: string; comparator: string; kind: string; date: string | null;
  baseline?: { written: string; value: number; year: string | null };
}
export interface ChartStatus { id: string; plan: string; eid: string; key: string; value: number; unit: string; kind: string; date: string; from?: string }

export interface Panel<T extends ChartTarget = ChartTarget> { unit: string; kind: string; bars: (T & { value: number })[] }

/** Targets with a value, one panel per unit and kind, in the order the units and kinds first occur. */
export function kindPanels<T extends ChartTarget>(targets: T[]): Panel<T>[] {
  const panels = new Map<string, Panel<T>>();
  for (const x of targets) {
    if (x.value === null) continue;
    const k = `${x.unit}|${x.kind}`;
    (panels.get(k) ?? panels.set(k, { unit: x.unit, kind: x.kind, bars: [] }).get(k)!).bars.push(x as T & { value: number });
  }
  return [...panels.values()];
}

/** A date as a point in time: "2020" is the end of 2020 (2021.0), "2025-06" the end of June 2025 (2025.5). */
export const dateEnd = (date: string) => {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  return m ? y + m / 12 : y + 1;
};

/** Kinds whose values are levels at a point in time, for which an annual growth rate means something. */
const LEVEL_KINDS = new Set(['stock', 'per-capita', 'annual']);
/** Kinds a baseline → target pair is drawn for: levels, and period totals (multiple only). */
const PAIR_KINDS = new Set([...LEVEL_KINDS, 'cumulative']);
const PAIR_COMPARATORS = new Set(['reach', 'at-least', 'more-than']);

export interface Derived { years: number | null; multiple: number; growth: number | null }

/**
 * multiple = target ÷ baseline; implied annual growth = multiple^(1 ÷ years) − 1, where years run
 * from the baseline's date to the target's. Growth is given for levels only, not for period totals.
 */
export function derive(base: number, baseDate: string | null, target: number, targetDate: string | null, kind: string): Derived {
  const years = baseDate && targetDate ? dateEnd(targetDate) - dateEnd(baseDate) : null;
  const multiple = target / base;
  const growth = years && years > 0 && LEVEL_KINDS.has(kind) ? multiple ** (1 / years) - 1 : null;
  return { years, multiple, growth };
}

export interface Pair<T extends ChartTarget = ChartTarget> extends Derived {
  plan: string;
  target: T & { value: number };
  base: { value: number; date: string | null; from?: string; source: 'baseline' | 'status'; eid: string; id: string };
}

/**
 * Baseline → target pairs: the target's own baseline where the plan prints one, otherwise the one
 * status quo figure the plan's background gives for the same indicator, unit and kind, dated before the target.
 */
export function baselinePairs<T extends ChartTarget>(targets: T[], status: ChartStatus[]): Pair<T>[] {
  const pairs: Pair<T>[] = [];
  for (const x of targets) {
    if (x.value === null || !PAIR_COMPARATORS.has(x.comparator) || !PAIR_KINDS.has(x.kind)) continue;
    let base: Pair['base'] | null = null;
    if (x.baseline && x.baseline.value > 0) base = { value: x.baseline.value, date: x.baseline.year, source: 'baseline', eid: x.eid, id: x.id };
    else if (x.date) {
      const found = status.filter((s) => s.plan === x.plan && s.key === x.key && s.unit === x.unit && s.kind === x.kind && s.value > 0 && dateEnd(s.date) < dateEnd(x.date!) && (x.kind !== 'cumulative' || s.from));
      if (found.length === 1) base = { value: found[0]!.value, date: found[0]!.date, from: found[0]!.from, source: 'status', eid: found[0]!.eid, id: found[0]!.id };
    }
    if (!base) continue;
    pairs.push({ plan: x.plan, target: x as T & { value: number }, base, ...derive(base.value, base.date, x.value, x.date, x.kind) });
  }
  return pairs;
}

/** A derived figure as shown: the multiple to two decimals (×1.47), the growth in percent to one (+8.0%). */
export const showMultiple = (m: number) => `×${(Math.round(m * 100) / 100).toFixed(2)}`;
export const showGrowth = (g: number) => `${g >= 0 ? '+' : '−'}${Math.abs(Math.round(g * 1000) / 10).toFixed(1)}%`;
