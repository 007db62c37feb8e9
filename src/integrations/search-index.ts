import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { PART_MARK, spaceHan } from '../lib/search/query.ts';
import { searchTermsData } from '../shared/search-terms.ts';
import { spellingExtras } from '../shared/spelling.ts';
import { t2sTable } from '../shared/traditional.ts';

/**
 * Builds the Pagefind index after the pages, from the plans' block data rather than the pages:
 * one record per block (heading, paragraph, item, table caption, row, note), holding its English
 * and its Chinese, so a match names the block itself and either language finds either edition.
 * The Chinese copy is spaced character by character (src/lib/search/query.ts explains why); the
 * British form of any English word spelt otherwise follows as a third part (src/shared/spelling.ts).
 * Only text is searchable: Pagefind indexes meta, so records carry none (plan and eId are in the URL),
 * and what ranks and orders results is a filter (`lead`) and a sort key (`n`), which are not searched.
 * Beside the index: the glossary and indicator data the query expands with, and the traditional →
 * simplified table for the characters of the plans.
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

/**
 * The parts of the English words Pagefind would index only whole or in part: words joined by a dash
 * or a slash (university–enterprise, government–bank) and possessives with a curly apostrophe
 * (Quanzhou’s). Added to the indexed copy so each part is found as the word it is.
 */
export function compoundParts(en: string): string[] {
  const out = new Set<string>();
  for (const [token] of en.matchAll(/[\p{L}\p{N}]+(?:[’'–—/][\p{L}\p{N}]+)+/gu)) {
    for (const part of token.split(/[’'–—/]/)) if (part.length > 1) out.add(part);
  }
  return [...out];
}

/** One search record per block: what Pagefind indexes, filters on and hands back. `lead`: the block is a heading or states a target. */
export function blockRecord(plan: PlanFacts, b: BlockRecord, order: number, base: string, lead = false) {
  const extras = [...new Set([...spellingExtras(b.text.en), ...compoundParts(b.text.en)])];
  const filters: Record<string, string[]> = { plan: [plan.slug], province: [plan.region.province], kind: [plan.kind], programme: [plan.programme], part: [b.part] };
  if (lead) filters.lead = ['yes'];
  return {
    url: `${base}zh/plans/${plan.slug}/#${b.eid}`,
    // English first, then the spaced Chinese: a Chinese phrase can never run into an English word.
    content: `${b.text.en}${PART_MARK}${spaceHan(b.text.zh)}${extras.length ? `${PART_MARK}${extras.join(' ')}` : ''}`,
    language: 'en',
    // Meta is searchable, so there is none: the plan and the eId are read from the URL.
    meta: {},
    filters,
    sort: { n: String(order).padStart(5, '0') },
  };
}

const LEAD_KINDS = new Set(['title', 'heading']);

/** Every plan's records, from content/data/blocks and the Chinese frontmatter. */
export async function searchRecords(root: string, base = '/') {
  const records: ReturnType<typeof blockRecord>[] = [];
  const targets = new Set((await compareData(root)).targets.map((t) => `${t.plan}#${t.eid}`));
  for (const file of (await readdir(join(root, 'content/data/blocks'))).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(await readFile(join(root, 'content/data/blocks', file), 'utf8')) as { plan: string; blocks: BlockRecord[] };
    const mdx = await readFile(join(root, 'content/plans/zh', `${data.plan}.mdx`), 'utf8');
    const plan = load(mdx.split(/^---$/m)[1]!) as PlanFacts;
    // A table is found by its caption (one without has no text of its own); rows and notes are records of their own.
    data.blocks.forEach((b, k) => {
      if (b.text.zh) records.push(blockRecord(plan, b, k, base, LEAD_KINDS.has(b.kind) || targets.has(`${plan.slug}#${b.eid}`)));
    });
  }
  return records;
}

/** The comparison data's indicators and targets (written by the converter; a site without it has none). */
async function compareData(root: string) {
  const text = await readFile(join(root, 'content/data/compare/targets.json'), 'utf8').catch(() => '{}');
  const data = JSON.parse(text) as { indicators?: { key: string; zh: string; en: string }[]; targets?: { key: string; plan: string; eid: string }[] };
  return { indicators: data.indicators ?? [], targets: data.targets ?? [] };
}

/** The glossary and indicator data the search page expands queries with. */
export async function searchTerms(root: string) {
  const glossary = load(await readFile(join(root, 'content/glossary/terms.yaml'), 'utf8')) as Parameters<typeof searchTermsData>[0];
  const { indicators, targets } = await compareData(root);
  return searchTermsData(glossary, indicators, targets);
}

/** The traditional → simplified table for the characters that occur in the plans (OpenCC's data). */
export async function traditionalTable(root: string) {
  const chars = new Set<string>();
  for (const file of (await readdir(join(root, 'content/data/blocks'))).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(await readFile(join(root, 'content/data/blocks', file), 'utf8')) as { blocks: BlockRecord[] };
    for (const b of data.blocks) for (const c of b.text.zh) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  }
  const OpenCC = await import('opencc-js');
  // Taiwan and Hong Kong standards, and OpenCC's own: a character any of them reads as a plan's character.
  const convert = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  return t2sTable(chars, (c) => convert.map((f) => f(c)).find((s) => s !== c) ?? c);
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
          await writeFile(join(out, 'atlas-terms.json'), JSON.stringify(await searchTerms(root)));
          const t2s = await traditionalTable(root);
          await writeFile(join(out, 'atlas-t2s.json'), JSON.stringify(t2s));
          // Our own search UI uses the JS API: Pagefind's bundled UIs and highlighter are never loaded.
          for (const f of await readdir(out)) if (UNUSED.test(f)) await rm(join(out, f));
          logger.info(`search index: ${records.length} blocks, ${[...t2s.t].length} traditional characters, in ${Math.round(performance.now() - t0)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
