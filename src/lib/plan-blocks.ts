// One plan's block data (content/data/blocks/<slug>.json), read at build time from its file and
// validated, instead of through a content collection: a collection holds every plan's blocks for the
// whole build (343 MB of JSON at 3,000 plans), while a page about one plan needs only that plan's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planBlocksSchema, type BlockRecord } from '../schemas/blocks';

export type { BlockRecord };

const DIR = 'content/data/blocks';
// Pages are built plan by plan (text, parallel view, downloads, citation data in turn), so a few
// plans kept is enough to read each file about once, and the cache stays small at any corpus size.
const KEEP = 8;
const cache = new Map<string, BlockRecord[]>();

/** The blocks of one plan, in plan order; fails naming the file when it is missing or malformed. */
export function planBlocks(slug: string, dir = DIR): BlockRecord[] {
  const file = join(dir, `${slug}.json`);
  const hit = cache.get(file);
  if (hit) {
    cache.delete(file);
    cache.set(file, hit);
    return hit;
  }
  if (!existsSync(file)) throw new Error(`${file}: no block data for plan "${slug}" (it is generated: run npm run convert)`);
  const parsed = planBlocksSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (it is generated: fix converter/stages/blocks.ts or src/schemas/blocks.ts, then run npm run convert)`);
  if (parsed.data.plan !== slug) throw new Error(`${file}: names plan "${parsed.data.plan}", not "${slug}" (it is generated: run npm run convert)`);
  cache.set(file, parsed.data.blocks);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return parsed.data.blocks;
}

/** The slugs that have block data. */
export function blockPlans(dir = DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}
