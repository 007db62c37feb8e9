#!/usr/bin/env node
// Usage: node converter/lineage/measure.ts
// The figures behind the run length (docs/lineage.md): for each candidate length, the distinct
// maximal runs shared between plans, how many of them are nothing but stock terms (with at most
// one character besides), the longest such run, and the share of all text in shared runs.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planSlugs } from '../index.ts';
import type { BlockRecord } from '../stages/blocks.ts';
import { glossaryTerms, wordingBlocks } from './index.ts';
import { isStock, reduce, sharedWording } from './wording.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const blocks = new Map<string, BlockRecord[]>(planSlugs(root).map((s) => [s, JSON.parse(readFileSync(resolve(root, `content/data/blocks/${s}.json`), 'utf8')).blocks]));
const wb = wordingBlocks(blocks);
const { stock, quotations } = glossaryTerms(root);
const text = new Map(wb.map((b) => [`${b.plan}/${b.eid}`, b.text]));
console.log('| run length | distinct shared runs | of which stock terms only | longest stock-only run | text in shared runs | blocks with shared wording |');
console.log('|---|---|---|---|---|---|');
for (const k of [6, 8, 10, 11, 12, 13, 14, 16, 20]) {
  // Without the stock rule, to see what the length alone lets through.
  const r = sharedWording(wb, { k, maxPartners: Infinity });
  const runs = new Set<string>();
  for (const s of r.blocks) for (const p of s.partners) for (const [a, b] of p.runs) runs.add(reduce([...text.get(`${s.plan}/${s.eid}`)!].slice(a, b).join('')).chars.join(''));
  const stockOnly = [...runs].filter((t) => isStock(t, stock, quotations)).sort((a, b) => b.length - a.length);
  const all = r.blocks.reduce((n, s) => n + s.length, 0);
  const shared = r.blocks.reduce((n, s) => n + s.shared, 0);
  console.log(`| ${k} | ${runs.size} | ${stockOnly.length} | ${stockOnly[0] ? `${stockOnly[0]} (${stockOnly[0].length})` : '—'} | ${((100 * shared) / all).toFixed(1)}% | ${r.blocks.filter((s) => s.planCount).length} of ${r.blocks.length} |`);
}
