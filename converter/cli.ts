#!/usr/bin/env node
// Usage: node converter/cli.ts [--check] [slug…]
//   (no flag)  convert seeds/ into content/, writing only files that changed
//   --check    write nothing; exit 1 if content/ differs from a fresh conversion
//   --allow-untranslated   development only: an untranslated unit shows its Chinese (never in CI)
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { SeedError } from './errors.ts';
import { convertInto } from './index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const slugs = args.filter((a) => !a.startsWith('--'));

try {
  const allowUntranslated = args.includes('--allow-untranslated') || process.env.ATLAS_ALLOW_UNTRANSLATED === '1';
  if (allowUntranslated) console.warn('convert: --allow-untranslated: untranslated units show their Chinese (development only)');
  // Each plan is staged as it converts; content/ changes only once everything has converted.
  const { plans, changed } = convertInto({ root, slugs: slugs.length ? slugs : undefined, allowUntranslated, check });
  if (check) {
    if (changed.length) {
      console.error(`content/ is stale; run \`npm run convert\` and commit:\n  ${changed.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`convert --check: ${plans.length} plans, content/ is up to date`);
  } else {
    for (const p of plans) {
      console.log(`${p.slug.padEnd(9)} blocks ${String(p.blocks).padStart(4)}  removed ${p.removed}  bookmarks ${p.bookmarks}  joins ${p.joins}  notes ${p.notes}`);
    }
    console.log(changed.length ? `wrote ${changed.length} files` : 'content/ already up to date');
  }
} catch (e) {
  if (e instanceof SeedError) {
    console.error(`convert failed, nothing written.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
