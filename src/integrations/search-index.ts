import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { PART_MARK, spaceHan } from '../lib/search/query.ts';

/**
 * Builds the Pagefind index after the pages, from the plans' block data rather than the pages:
 * one record per block (heading, paragraph, item, table caption, row, note), holding its English
 * and its Chinese, so a match names the block itself and either language finds either edition.
 * The Chinese copy is spaced character by character (src/lib/search/query.ts explains why).
 * A Pagefind error fails the build; the indexer is closed whatever happens.
 */

interface BlockRecord {
  eid: string;
  kind: string;
  part: string;
  label: { zh: string; en: string };
  heading: { zh: string; en: string } | null;
  text: { zh: string; en: string };
}

interface PlanFacts {
  slug: string;
  kind: string;
  programme: string;
  region: { province: string };
}

const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

/** One search record per block: what Pagefind indexes, filters on and hands back. */
export function blockRecord(plan: PlanFacts, b: BlockRecord, order: number, base: string) {
  return {
    url: `${base}zh/plans/${plan.slug}/#${b.eid}`,
    // English first, then the spaced Chinese: a Chinese phrase can never run into an English word.
    content: `${b.text.en}${PART_MARK}${spaceHan(b.text.zh)}`,
    language: 'en',
    // Pagefind makes meta searchable too, so it holds identifiers only; labels are derived from the eId.
    meta: { plan: plan.slug, eid: b.eid, n: String(order) },
    filters: { plan: [plan.slug], province: [plan.region.province], kind: [plan.kind], programme: [plan.programme], part: [b.part] },
  };
}

/** Every plan's records, from content/data/blocks and the Chinese frontmatter. */
export async function searchRecords(root: string, base = '/') {
  const records: ReturnType<typeof blockRecord>[] = [];
  for (const file of (await readdir(join(root, 'content/data/blocks'))).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(await readFile(join(root, 'content/data/blocks', file), 'utf8')) as { plan: string; blocks: BlockRecord[] };
    const mdx = await readFile(join(root, 'content/plans/zh', `${data.plan}.mdx`), 'utf8');
    const plan = load(mdx.split(/^---$/m)[1]!) as PlanFacts;
    // A table is found by its caption (one without has no text of its own); rows and notes are records of their own.
    data.blocks.forEach((b, k) => {
      if (b.text.zh) records.push(blockRecord(plan, b, k, base));
    });
  }
  return records;
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const records = await searchRecords(root, base);
          for (const r of records) {
            const added = await index.addCustomRecord(r);
            if (added.errors.length) throw new Error(`Pagefind rejected ${r.url}: ${added.errors.join('; ')}`);
          }
          const out = join(fileURLToPath(dir), 'pagefind');
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Our own search UI uses the JS API: Pagefind's bundled UIs and highlighter are never loaded.
          for (const f of await readdir(out)) if (UNUSED.test(f)) await rm(join(out, f));
          logger.info(`search index: ${records.length} blocks in ${Math.round(performance.now() - t0)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
