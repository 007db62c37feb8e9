#!/usr/bin/env node
// Usage: node scripts/translations-sync.ts [slug…]
// Adds a unit (its Chinese, and `en: null`) for every block that has none in
// content/translations/en/<slug>.yaml, in reading order. Existing units are kept exactly, stale or
// not: the build names a stale unit until a translator updates its Chinese and English together.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';
import { planSlugs, planUnits, readPlan } from '../converter/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const aliasesPath = join(root, 'content/ids/aliases.json');
const aliases = existsSync(aliasesPath) ? JSON.parse(readFileSync(aliasesPath, 'utf8')) : {};
const args = process.argv.slice(2);

for (const slug of args.length ? args : planSlugs(root)) {
  const rel = `content/translations/en/${slug}.yaml`;
  const path = join(root, rel);
  const old = existsSync(path) ? ((load(readFileSync(path, 'utf8')) as { units?: Record<string, unknown> })?.units ?? {}) : {};
  const units: Record<string, unknown> = {};
  let added = 0;
  for (const u of planUnits(readPlan(root, slug, aliases))) {
    if (u.id in old) units[u.id] = old[u.id];
    else {
      units[u.id] = { zh: u.zh, en: null };
      added++;
    }
  }
  // Units no block wants any more are kept at the end, so the build can name them.
  for (const [id, u] of Object.entries(old)) if (!(id in units)) units[id] = u;
  const header = `# English reference translation of the plan "${slug}", one unit per block ID.\n# zh: the Chinese the unit translates (the build compares it with the plan); en: the translation.\n# Marks inside text: **bold lead-in**, ⟦n⟧ editorial note n. Rules: docs/translation.md\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, header + dump({ plan: slug, lang: 'en', units }, { lineWidth: -1, noRefs: true }));
  console.log(`${rel}: ${Object.keys(units).length} units, ${added} added`);
}
