#!/usr/bin/env node
// Usage: npm run review:sample -- --seed <n> [--count <n>]   (node scripts/review-sample.ts --seed <n> --count 60)
// Draws a seeded, uniform random sample of passages from all plans' English translation units for an
// independent review (docs/translation.md, "Review"), so a reviewer's sample can be drawn again by anyone.
// A passage is a unit of a plan block: a title, heading, paragraph, item, table row or leading-group
// line. Frontmatter units (meta.*) repeat the title and issuer, and editorial notes (ednote.*) are the
// project's own text rather than a translation of the plan, so neither is drawn.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planSlugs } from '../converter/index.ts';
import { readTranslationFile } from '../converter/translation/file.ts';
import type { UnitText } from '../converter/translation/units.ts';
import { mulberry32 } from '../src/shared/random.ts';

export { mulberry32 };

export interface Passage {
  plan: string;
  id: string;
  zh: UnitText;
  en: UnitText | null;
}

/** Draws `count` distinct passages uniformly at random (partial Fisher–Yates), in the order drawn. */
export function samplePassages<T>(passages: readonly T[], seed: number, count: number): T[] {
  const pool = [...passages];
  const next = mulberry32(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** Every plan's passages in plan and reading order (the population the sample is drawn from). */
export function readPassages(root: string): Passage[] {
  return planSlugs(root).flatMap((plan) => {
    const file = readTranslationFile(root, `content/translations/en/${plan}.yaml`);
    return [...file.units]
      .filter(([id]) => !id.startsWith('meta.') && !id.startsWith('ednote.'))
      .map(([id, u]) => ({ plan, id, zh: u.zh, en: u.en }));
  });
}

const show = (t: UnitText | null): string =>
  t === null ? '(no English)' : typeof t === 'string' ? t : Array.isArray(t) ? t.join(' | ') : `${t.role} | ${t.name} | ${t.post}`;

function main(argv: string[]): void {
  const arg = (name: string) => {
    const k = argv.lastIndexOf(name); // the last wins, so `npm run review:sample -- --count 30` overrides the default
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const seed = Number(arg('--seed'));
  const count = Number(arg('--count') ?? 60);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/review-sample.ts --seed <integer> [--count <integer ≥ 1>]');
    process.exitCode = 2;
    return;
  }
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const all = readPassages(root);
  const sample = samplePassages(all, seed, count);
  console.log(`seed ${seed}: ${sample.length} of ${all.length} passages`);
  sample.forEach((p, k) => console.log(`\n#${k + 1} ${p.plan} ${p.id}\n  zh: ${show(p.zh)}\n  en: ${show(p.en)}`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
