#!/usr/bin/env node
// Usage: node converter/cli.ts [--check] [slug…]
//   (no flag)  convert seeds/ into content/, writing only files that changed
//   --check    write nothing; exit 1 if content/ differs from a fresh conversion
//   --allow-untranslated   development only: an untranslated unit shows its Chinese (never in CI)
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { SeedError } from './errors.ts';
import { convertAll, convertCompare, convertLineage, staleOutputs, writeOutputs } from './index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const slugs = args.filter((a) => !a.startsWith('--'));

try {
  const allowUntranslated = args.includes('--allow-untranslated') || process.env.ATLAS_ALLOW_UNTRANSLATED === '1';
  if (allowUntranslated) console.warn('convert: --allow-untranslated: untranslated units show their Chinese (development only)');
  const outputs = convertAll({ root, slugs: slugs.length ? slugs : undefined, allowUntranslated });
  // Comparison data spans every plan, so it is checked and written only in a whole conversion.
  const all = slugs.length ? outputs : [...outputs, convertCompare(root, outputs), convertLineage(root, outputs)];
  if (check) {
    const stale = staleOutputs(root, all);
    if (stale.length) {
      console.error(`content/ is stale; run \`npm run convert\` and commit:\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`convert --check: ${outputs.length} plans, content/ is up to date`);
  } else {
    const written = writeOutputs(root, all);
    for (const o of outputs) {
      const r = o.report;
      console.log(`${o.slug.padEnd(9)} blocks ${String(o.blocks.length).padStart(4)}  removed ${r.removed.length}  bookmarks ${r.bookmarks.length}  joins ${r.joins.length}  notes ${r.notes.length}`);
    }
    console.log(written.length ? `wrote ${written.length} files` : 'content/ already up to date');
  }
} catch (e) {
  if (e instanceof SeedError) {
    console.error(`convert failed, nothing written.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
