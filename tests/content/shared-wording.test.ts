import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { glossaryTerms, planFacts, RUN_LENGTH, wordingBlocks } from '../../converter/lineage/index.ts';
import { byShareThenDate, closestFirst, isStock, reduce, sharedWording } from '../../converter/lineage/wording.ts';
import type { BlockRecord } from '../../converter/stages/blocks.ts';

/**
 * Shared wording on the real plans, checked against a brute-force scan that uses no index: every
 * pair of blocks of different plans, every diagonal, every maximal run of equal characters. The
 * detector must report exactly those runs of the threshold length or more (recall and precision
 * 100%), none shorter, and the published data must be what the detector gives.
 */

const REPO = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(REPO);
const BLOCKS = new Map<string, BlockRecord[]>(SLUGS.map((s) => [s, JSON.parse(readFileSync(join(REPO, `content/data/blocks/${s}.json`), 'utf8')).blocks]));
const K = RUN_LENGTH;
const { stock: STOCK, quotations: QUOTATIONS } = glossaryTerms(REPO);
const wb = wordingBlocks(BLOCKS);
const FACTS = planFacts(REPO, SLUGS);
const detected = sharedWording(wb, { k: K, stock: STOCK, quotations: QUOTATIONS, maxPartners: Infinity });

/** Every maximal common run of ≥ K kept characters between blocks of different plans, by brute force, as text offsets. */
function bruteForce(): Set<string> {
  const red = wb.map((b) => reduce(b.text));
  const codes = red.map((r) => Uint32Array.from(r.chars, (c) => c.codePointAt(0)!));
  const out = new Set<string>();
  for (let x = 0; x < wb.length; x++) {
    // Each unordered pair once; a run is recorded from both sides.
    for (let y = x + 1; y < wb.length; y++) {
      if (wb[x]!.plan === wb[y]!.plan) continue;
      const [a, b] = [codes[x]!, codes[y]!];
      for (let d = -(b.length - 1); d < a.length; d++) {
        let len = 0;
        for (let i = Math.max(0, d); i <= a.length; i++) {
          const j = i - d;
          if (i < a.length && j < b.length && a[i] === b[j]) len++;
          else {
            if (len >= K && !isStock(red[x]!.chars.slice(i - len, i).join(''), STOCK, QUOTATIONS)) {
              const [A, B] = [red[x]!.at, red[y]!.at];
              const [a0, a1, b0, b1] = [A[i - len], A[i - 1]! + 1, B[j - len], B[j - 1]! + 1];
              out.add(`${wb[x]!.plan}/${wb[x]!.eid}|${wb[y]!.plan}/${wb[y]!.eid}|${a0},${a1},${b0},${b1}`);
              out.add(`${wb[y]!.plan}/${wb[y]!.eid}|${wb[x]!.plan}/${wb[x]!.eid}|${b0},${b1},${a0},${a1}`);
            }
            len = 0;
            if (j >= b.length) break;
          }
        }
      }
    }
  }
  return out;
}

describe(`shared wording on the ${SLUGS.length} plans (runs of ${K}+ characters)`, () => {
  it('finds every run a brute-force scan finds, and nothing else (recall and precision 100%)', () => {
    const found = new Set(detected.blocks.flatMap((s) => s.partners.flatMap((p) => p.runs.map((r) => `${s.plan}/${s.eid}|${p.plan}/${p.eid}|${r.join(',')}`))));
    const brute = bruteForce();
    expect(brute.size).toBeGreaterThan(50);
    expect([...brute].filter((r) => !found.has(r))).toEqual([]);
    expect([...found].filter((r) => !brute.has(r))).toEqual([]);
  }, 120_000);

  it(`no reported run is shorter than ${K} characters, and both sides of every run hold the same characters`, () => {
    const text = new Map(wb.map((b) => [`${b.plan}/${b.eid}`, b.text]));
    const kept = (key: string, s: number, e: number) => reduce([...text.get(key)!].slice(s, e).join('')).chars.join('');
    let runs = 0;
    for (const s of detected.blocks) {
      for (const p of s.partners) {
        for (const [a0, a1, b0, b1] of p.runs) {
          const mine = kept(`${s.plan}/${s.eid}`, a0, a1);
          expect(mine.length).toBeGreaterThanOrEqual(K);
          expect(kept(`${p.plan}/${p.eid}`, b0, b1)).toBe(mine);
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(0);
  });

  it('the published data (content/data/shared-wording.json) is the detector’s, and its counts add up', () => {
    const data = JSON.parse(readFileSync(join(REPO, 'content/data/shared-wording.json'), 'utf8'));
    expect(data.runLength).toBe(K);
    for (const s of detected.blocks) {
      const published = data.blocks[s.plan][s.eid];
      if (!s.planCount) expect(published).toBeUndefined();
      else {
        expect(published.planCount).toBe(s.planCount);
        expect(published.planCount).toBe(new Set(s.partners.map((p) => p.plan)).size);
        expect(published.passageCount).toBe(s.partners.length);
        // The listed partners are the closest ones, in the order the stage chooses for this plan (facts from the hint files).
        expect(published.partners.map((p: { plan: string; eid: string }) => `${p.plan}/${p.eid}`)).toEqual(closestFirst(byShareThenDate(s.partners, FACTS), s.plan, FACTS, data.maxPartners).map((p) => `${p.plan}/${p.eid}`));
      }
    }
    for (const p of SLUGS) {
      expect(data.characters[p]).toBe(detected.blocks.filter((s) => s.plan === p).reduce((n, s) => n + s.length, 0));
      const closest = data.closest[p] as { count: number; closest: { plan: string; shared: number }[] };
      expect(closest.count).toBe(new Set(detected.blocks.filter((s) => s.plan === p).flatMap((s) => s.partners.map((x) => x.plan))).size);
      expect(closest.closest.length).toBe(Math.min(closest.count, data.maxPlans));
      for (const c of closest.closest) expect(c.shared).toBeLessThanOrEqual(data.shared[p]);
    }
  });
});
