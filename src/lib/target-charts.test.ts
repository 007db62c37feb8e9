import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselinePairs, dateEnd, derive, kindPanels, showGrowth, showMultiple, type ChartStatus, type ChartTarget } from './target-charts.ts';

// The chart arithmetic on the real dataset: panels never mix kinds or units, and the derived figures
// are their formulas (multiple = target ÷ baseline; growth = multiple^(1 ÷ years) − 1).
const data = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../..'), 'content/data/compare/targets.json'), 'utf8')) as { targets: ChartTarget[]; status: ChartStatus[] };

describe('kindPanels', () => {
  it('puts every target with a value of an indicator in exactly one panel, and no panel mixes kinds or units', () => {
    for (const key of new Set(data.targets.map((t) => t.key))) {
      const list = data.targets.filter((t) => t.key === key);
      const panels = kindPanels(list);
      for (const p of panels) for (const b of p.bars) expect([b.kind, b.unit], key).toEqual([p.kind, p.unit]);
      expect(panels.flatMap((p) => p.bars.map((b) => b.id)).sort()).toEqual(list.filter((t) => t.value !== null).map((t) => t.id).sort());
    }
  });
  it('separates an annual from a cumulative figure of the same indicator and unit (pledge financing)', () => {
    const panels = kindPanels(data.targets.filter((t) => t.key === 'pledge-financing'));
    const kinds = panels.map((p) => p.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(expect.arrayContaining(['annual', 'cumulative']));
  });
});

describe('derived figures', () => {
  it('reads dates as the end of the year or month they name', () => {
    expect(dateEnd('2020')).toBe(2021);
    expect(dateEnd('2025-06')).toBe(2025.5);
  });
  it('computes the multiple and the implied annual growth by their formulas', () => {
    const d = derive(12.26, '2020', 18, '2025', 'per-capita');
    expect(d.years).toBe(5);
    expect(d.multiple).toBeCloseTo(18 / 12.26, 12);
    expect(d.growth).toBeCloseTo((18 / 12.26) ** (1 / 5) - 1, 12);
    expect(derive(342, '2020', 800, '2025', 'cumulative').growth).toBeNull();
    expect(showMultiple(1.4682)).toBe('×1.47');
    expect(showGrowth(0.0797)).toBe('+8.0%');
    expect(showGrowth(-0.05)).toBe('−5.0%');
  });
  it('pairs each target with its printed baseline, or with the one status figure of the same plan, indicator, unit and kind', () => {
    const pairs = baselinePairs(data.targets, data.status);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(p.multiple).toBeCloseTo(p.target.value / p.base.value, 12);
      if (p.base.source === 'status') {
        const s = data.status.find((x) => x.id === p.base.id)!;
        expect([s.plan, s.key, s.unit, s.kind]).toEqual([p.target.plan, p.target.key, p.target.unit, p.target.kind]);
        expect(dateEnd(s.date)).toBeLessThan(dateEnd(p.target.date!));
      } else expect(p.base.value).toBe(p.target.baseline!.value);
    }
    // Targets whose plan states where it stands (Dehua's background) now have a baseline.
    expect(pairs.some((p) => p.plan === 'dehua' && p.base.source === 'status')).toBe(true);
  });
});
