// One plan's block data (content/data/blocks/<slug>.json), read at build time from its file and
// validated, instead of through a content collection: a collection holds every plan's blocks for the
// whole build (343 MB of JSON at 3,000 plans), while a page about one plan needs only that plan's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { planBlocksSchema, type BlockRecord } from '../schemas/blocks';
import { PLANS_PER_PAGE } from './paging';

export type { BlockRecord };

const DIR = 'content/data/blocks';
// Plan pages are built plan by plan (text, parallel view, downloads, citation data in turn), and
// paged comparison views page by page across their indicators and themes (compare-pages.ts), so a
// page of plans kept is enough to read each file about once per page, at any corpus size.
const KEEP = PLANS_PER_PAGE + 8;
const cache = new Map<string, BlockRecord[]>();
const validated = new Set<string>();

/** The blocks of one plan, in plan order; fails naming the file when it is missing or malformed. */
export function planBlocks(slug: string, dir = DIR): BlockRecord[] {
  const file = join(dir, `${slug}.json`);
  if (!existsSync(file)) throw new Error(`${file}: no block data for plan "${slug}" (it is generated: run npm run convert)`);
  // Keyed by modification time too, so the dev server sees a file the converter rewrote.
  const key = `${file}@${statSync(file).mtimeMs}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  // Corpus-wide pages read every plan again: a file is validated the first time it is read only.
  let data = raw as { plan: string; blocks: BlockRecord[] };
  if (!validated.has(key)) {
    const parsed = planBlocksSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (it is generated: fix converter/stages/blocks.ts or src/schemas/blocks.ts, then run npm run convert)`);
    if (parsed.data.plan !== slug) throw new Error(`${file}: names plan "${parsed.data.plan}", not "${slug}" (it is generated: run npm run convert)`);
    data = parsed.data;
    validated.add(key);
  }
  cache.set(key, data.blocks);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return data.blocks;
}

/** The slugs that have block data. */
export function blockPlans(dir = DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}
