import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertAll, convertInto, planSlugs, staleOutputs } from '../index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('determinism', () => {
  const slugs = planSlugs(root);
  const first = convertAll({ root });
  const second = convertAll({ root });

  it('two runs give identical file maps', () => {
    expect(first.map((o) => o.slug)).toEqual(slugs);
    const files = (outs: typeof first) => new Map(outs.flatMap((o) => [...o.files]));
    // Per plan: zh and en MDX, the parallel view, tables, responsibilities, blocks, report.
    expect([...files(first).keys()]).toHaveLength(slugs.length * 7);
    expect(files(second)).toEqual(files(first));
  });

  it('the committed content/ equals a fresh run', () => {
    expect(staleOutputs(root, first)).toEqual([]);
  });

  it('the staged conversion (the command line) finds the committed content/ up to date, comparison data included', () => {
    const { plans, changed } = convertInto({ root, check: true });
    expect(plans.map((p) => p.slug)).toEqual(slugs);
    expect(changed).toEqual([]);
  });
});
