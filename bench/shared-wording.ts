#!/usr/bin/env node
// Usage: node bench/shared-wording.ts [--copies] [N…]   (default 5 50 100 200 500; --copies: copies only)
// The shared-wording stage alone on generated corpora of N plans made from the real five's blocks,
// two ways: copies (as bench/corpus.ts makes them: every copy identical to its original) and
// variants (each copy with one character in 40 changed at random, so no two plans are identical and
// every shared run must be found through the index). Prints the time per corpus and per plan.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planSlugs } from '../converter/index.ts';
import { glossaryTerms, RUN_LENGTH, wordingBlocks } from '../converter/lineage/index.ts';
import { sharedWording, type WordingBlock } from '../converter/lineage/wording.ts';
import type { BlockRecord } from '../converter/stages/blocks.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const five = wordingBlocks(new Map<string, BlockRecord[]>(planSlugs(root).map((s) => [s, JSON.parse(readFileSync(resolve(root, `content/data/blocks/${s}.json`), 'utf8')).blocks])));
const slugs = [...new Set(five.map((b) => b.plan))];
const terms = glossaryTerms(root);
// A fixed pseudo-random sequence, so every run measures the same corpus.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function corpus(n: number, vary: boolean): WordingBlock[] {
  const out: WordingBlock[] = [];
  for (let k = 0; k < n; k++) {
    const base = slugs[k % slugs.length]!;
    const plan = k < slugs.length ? base : `${base}-${k}`;
    for (const b of five.filter((x) => x.plan === base)) {
      const text = vary && k >= slugs.length ? [...b.text].map((c) => (random() < 1 / 40 ? String.fromCodePoint(0x4e00 + Math.floor(random() * 20000)) : c)).join('') : b.text;
      out.push({ plan, eid: b.eid, text });
    }
  }
  return out;
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
console.log('| plans | corpus | blocks | characters | time | CPU | per plan | blocks with shared wording | peak heap | partner lists (JSON) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const n of sizes.length ? sizes : [5, 50, 100, 200, 500]) {
  for (const vary of process.argv.includes('--copies') ? [false] : [false, true]) {
    const blocks = corpus(n, vary);
    const chars = blocks.reduce((s, b) => s + b.text.length, 0);
    globalThis.gc?.();
    const t = performance.now();
    // CPU time as well as wall time: on a shared machine the wall time mostly measures the others.
    const cpu = process.cpuUsage();
    const r = sharedWording(blocks, { k: RUN_LENGTH, ...terms });
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const heap = process.memoryUsage().heapUsed / 1e6;
    const listed = r.blocks.reduce((s, b) => s + (b.planCount ? JSON.stringify(b.partners).length : 0), 0);
    console.log(`| ${n} | ${vary ? 'variants' : 'copies'} | ${blocks.length} | ${(chars / 1e6).toFixed(2)} M | ${(ms / 1000).toFixed(2)} s | ${((used.user + used.system) / 1e6).toFixed(2)} s | ${(ms / n).toFixed(1)} ms | ${r.blocks.filter((s) => s.planCount).length} | ${heap.toFixed(0)} MB | ${(listed / 1e6).toFixed(1)} MB |`);
  }
}
