// The review sampler draws the same passages for the same seed, from every plan, without repeats.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { readPassages, samplePassages } from '../../scripts/review-sample.ts';

const root = resolve(import.meta.dirname, '../..');
const all = readPassages(root);
const key = (p: { plan: string; id: string }) => `${p.plan}/${p.id}`;

describe('review sampler', () => {
  it('draws the same sample for the same seed and a different one for another seed', () => {
    const a = samplePassages(all, 20261203, 60).map(key);
    expect(samplePassages(all, 20261203, 60).map(key)).toEqual(a);
    expect(samplePassages(all, 20261204, 60).map(key)).not.toEqual(a);
  });

  it('draws 60 distinct plan passages covering all plans, and no meta or editorial-note unit', () => {
    const sample = samplePassages(all, 20261203, 60);
    expect(new Set(sample.map(key)).size).toBe(60);
    expect(new Set(sample.map((p) => p.plan))).toEqual(new Set(planSlugs(root)));
    expect(all.filter((p) => /^(meta|ednote)\./.test(p.id))).toEqual([]);
  });

  it('returns the whole population, reordered, when asked for more than there is', () => {
    const small = all.slice(0, 7);
    expect(samplePassages(small, 1, 100).map(key).sort()).toEqual(small.map(key).sort());
  });
});
