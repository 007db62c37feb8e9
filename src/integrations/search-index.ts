import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { PART_MARK, spaceHan } from '../lib/search/query.ts';
import { searchTermsData } from '../shared/search-terms.ts';
import { spellingExtras } from '../shared/spelling.ts';
import { PLAN_SHARD, planDir, planShards, provinceFile, shardDir } from '../shared/search-levels.ts';
import { t2sTable } from '../shared/traditional.ts';

/**
 * Builds the Pagefind indexes after the pages, from the plans' block data rather than the pages, in
 * two levels, so that what a first query fetches and what the indexer holds do not grow with the
 * number of plans:
 * - plan level (/pagefind/, in shards of PLAN_SHARD plans (src/shared/search-levels.ts): /pagefind/, /pagefind/shard/1/, …): one
 *   record per plan, its whole text, filters province/kind/programme and `level: plan`, sort `n`
 *   (the plans' listing order). Its fragments are rewritten after writing: no text (a plan's text is
 *   never shown from them), and the plan's names and link as meta, so the page names the plans it
 *   shows without embedding every plan's title.
 * - block level (/pagefind/plan/<slug>/, one bundle per plan, only its index files: the page merges
 *   it into the plan level's client with mergeIndex): one record per block (heading, paragraph, item,
 *   table caption, row, note), filters plan/part/lead and `level: block`, sort `n` (its place).
 * Each record holds the English and the Chinese, so either language finds either edition. The
 * Chinese copy is spaced character by character (src/lib/search/query.ts explains why); the British
 * form of any English word spelt otherwise follows as a third part (src/shared/spelling.ts).
 * Only text is searchable: Pagefind indexes meta, so records are indexed with none (plan and eId are
 * in the URL; the plan level's meta is written into its fragments afterwards).
 * Beside the index: the glossary and indicator data the query expands with, the traditional →
 * simplified table for the characters of the plans, and per province the plans it has (the `plan`
 * filter's options).
 * Block-level bundles are written by BUNDLE_PROCESSES processes (search-bundles.ts), each with its own
 * indexer, every index deleted once written; the plan level's indexer is restarted between shards, so
 * its memory is bounded by a shard, not by the corpus. A Pagefind error fails the build;
 * the indexer is closed whatever happens.
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
  title: string;
  shortTitle: string;
  region: { province: string; prefecture?: string; county?: string; en: string };
  source: { original: string };
  outline: { eid: string; level: number }[];
}

/**
 * Processes writing the block-level bundles, each with its own indexer: Pagefind's indexer handles one
 * request at a time (two bundles in flight in one indexer gained 5 %). At 300 plans the whole step took
 * 43.2 s with one process, 30.0 s with two and 30.0 s with three (medians of three runs, 2 cores).
 */
const BUNDLE_PROCESSES = 2;

/** Pagefind's client files: only the plan level keeps its client (pagefind.js, worker, wasm); the bundled UIs and highlighter are never loaded. */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;
const CLIENT = /^(pagefind(-[a-z-]+)?\.(js|css)|wasm\.[a-z-]+\.pagefind)$/;

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
export function blockRecord(plan: Pick<PlanFacts, 'slug'>, b: BlockRecord, order: number, base: string, lead = false) {
  const extras = [...new Set([...spellingExtras(b.text.en), ...compoundParts(b.text.en)])];
  const filters: Record<string, string[]> = { level: ['block'], plan: [plan.slug], part: [b.part] };
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

/** One plan-level record: the plan's whole text (its blocks' indexed text, in order), what its plan's filters and listing order are. */
export function planRecord(plan: PlanFacts, blocks: { content: string }[], order: number, base: string) {
  return {
    url: `${base}zh/plans/${plan.slug}/`,
    content: blocks.map((b) => b.content).join(PART_MARK),
    language: 'en',
    meta: {},
    filters: { level: ['plan'], slug: [plan.slug], province: [plan.region.province], kind: [plan.kind], programme: [plan.programme] },
    sort: { n: String(order).padStart(5, '0') },
  };
}

/** What the search page shows for a plan, in one language (as src/lib/plan.ts's regionName and placeName write it). */
export function planCard(zh: PlanFacts, en: PlanFacts, lang: 'zh' | 'en', base: string, targets: { key: string; plan: string; eid: string }[] = []) {
  const p = lang === 'zh' ? zh : en;
  return {
    title: p.title,
    region: lang === 'zh' ? [zh.region.province, zh.region.prefecture, zh.region.county].filter(Boolean).join('') : en.region.en,
    place: lang === 'zh' ? (zh.region.county ?? zh.region.prefecture ?? zh.shortTitle) : en.region.en.split(',')[0]!.replace(/\s*\(.*\)$/, ''),
    href: `${base}${lang}/plans/${p.slug}/`,
    // What a block's citation label needs (src/shared/labels.ts).
    annexes: zh.outline.filter((o) => o.eid.startsWith('annex_') && o.level === 1).length,
    // Per indicator, the plan's first target statement: the indicator card links to it.
    targets: Object.fromEntries([...targets].reverse().filter((t) => t.plan === zh.slug).map((t) => [t.key, t.eid])),
  };
}

const front = async (root: string, lang: string, slug: string) => load((await readFile(join(root, `content/plans/${lang}`, `${slug}.mdx`), 'utf8')).split(/^---$/m)[1]!) as PlanFacts;

/** The plans in the site's listing order (src/lib/content.ts plansIn): their Chinese and English frontmatter. */
export async function planList(root: string) {
  const slugs = (await readdir(join(root, 'content/data/blocks'))).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const plans = await Promise.all(slugs.map(async (slug) => ({ zh: await front(root, 'zh', slug), en: await front(root, 'en', slug) })));
  return plans.sort((a, b) => a.zh.source.original.localeCompare(b.zh.source.original) || a.zh.slug.localeCompare(b.zh.slug));
}

/** One plan's block records, read when needed (a plan at a time, so the build never holds every plan's text). */
export async function planBlocks(root: string, plan: Pick<PlanFacts, 'slug'>, targets: Set<string>, base = '/') {
  const data = JSON.parse(await readFile(join(root, 'content/data/blocks', `${plan.slug}.json`), 'utf8')) as { blocks: BlockRecord[] };
  // A table is found by its caption (one without has no text of its own); rows and notes are records of their own.
  return data.blocks.flatMap((b, k) => (b.text.zh ? [blockRecord(plan, b, k, base, LEAD_KINDS.has(b.kind) || targets.has(`${plan.slug}#${b.eid}`))] : []));
}

/** Every plan's block records (tests and tools; the build reads them a plan at a time). */
export async function searchRecords(root: string, base = '/') {
  const targets = new Set((await compareData(root)).targets.map((t) => `${t.plan}#${t.eid}`));
  const out: ReturnType<typeof blockRecord>[] = [];
  for (const { zh } of await planList(root)) out.push(...(await planBlocks(root, zh, targets, base)));
  return out;
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

type Pagefind = typeof import('pagefind');

/** Writes one index to a folder and deletes it from the indexer; a Pagefind error fails the build. */
async function writeIndex(pagefind: Pagefind, records: { url: string }[], out: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await index.addCustomRecord(r as Parameters<typeof index.addCustomRecord>[0]);
    if (added.errors.length) throw new Error(`Pagefind rejected ${r.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind could not write the index at ${out}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** Pagefind's fragment files: gzip of a signature and JSON. */
const SIGNATURE = 'pagefind_dcd';

/** Rewrites a plan-level bundle's fragments: the text and anchors emptied, the plan's cards (both languages) as meta. */
async function rewriteFragments(out: string, cards: Map<string, { zh: unknown; en: unknown; slug: string }>) {
  const dir = join(out, 'fragment');
  for (const f of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, f))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`Unexpected Pagefind fragment format in ${join(dir, f)}`);
    const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { url: string; content: string; anchors: unknown[]; meta: Record<string, string> };
    const card = cards.get(fragment.url);
    if (!card) throw new Error(`A plan-level record of the search index has no plan: ${fragment.url}`);
    Object.assign(fragment, { content: '', anchors: [], meta: { slug: card.slug, zh: JSON.stringify(card.zh), en: JSON.stringify(card.en) } });
    await writeFile(join(dir, f), gzipSync(SIGNATURE + JSON.stringify(fragment)));
  }
}

/** Keeps a block-level bundle's index files only: the plan level's client reads them. */
async function dropClient(out: string) {
  for (const f of await readdir(out)) if (CLIENT.test(f)) await rm(join(out, f));
}

/** Writes the block-level bundle of each plan (`pagefind/plan/<slug>/`, index files only) with one indexer; returns the blocks indexed. */
export async function writePlanBundles(root: string, out: string, slugs: string[], base = '/'): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const targets = new Set((await compareData(root)).targets.map((t) => `${t.plan}#${t.eid}`));
    let blocks = 0;
    for (const slug of slugs) {
      const own = await planBlocks(root, { slug }, targets, base);
      blocks += own.length;
      await writeIndex(pagefind, own, join(out, planDir(slug)));
      await dropClient(join(out, planDir(slug)));
    }
    return blocks;
  } finally {
    await pagefind.close();
  }
}

/** The block-level bundles written by BUNDLE_PROCESSES child processes, plans dealt out in turn; a failing process fails the build with its message. */
async function bundlesInProcesses(root: string, out: string, slugs: string[], base: string): Promise<number> {
  const script = join(root, 'src/integrations/search-bundles.ts');
  const children: ChildProcess[] = [];
  const run = (part: string[]) =>
    new Promise<number>((done, fail) => {
      const child = spawn(process.execPath, [script], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
      children.push(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => {
        const blocks = Number(/^blocks (\d+)$/m.exec(stdout)?.[1]);
        if (code === 0 && Number.isFinite(blocks)) done(blocks);
        else fail(new Error(`search index: the process writing block-level bundles failed (exit ${code}): ${stderr.trim() || stdout.trim()}`));
      });
      child.stdin.end(JSON.stringify({ root, out, base, slugs: part }));
    });
  try {
    const parts = Array.from({ length: BUNDLE_PROCESSES }, (_, k) => slugs.filter((_, j) => j % BUNDLE_PROCESSES === k)).filter((p) => p.length);
    return (await Promise.all(parts.map(run))).reduce((a, b) => a + b, 0);
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill();
  }
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
          const out = join(fileURLToPath(dir), 'pagefind');
          const plans = await planList(root);
          const targetList = (await compareData(root)).targets;
          const targets = new Set(targetList.map((t) => `${t.plan}#${t.eid}`));
          // The plan level is written here while the child processes write the block level.
          const planLevel = async () => {
            for (let from = 0; from < plans.length; from += PLAN_SHARD) {
              const shard = plans.slice(from, from + PLAN_SHARD);
              const shardOut = join(out, shardDir(from / PLAN_SHARD));
              const records: ReturnType<typeof planRecord>[] = [];
              const cards = new Map<string, { zh: unknown; en: unknown; slug: string }>();
              for (const [k, { zh, en }] of shard.entries()) {
                const r = planRecord(zh, await planBlocks(root, zh, targets, base), from + k, base);
                records.push(r);
                cards.set(r.url, { slug: zh.slug, zh: planCard(zh, en, 'zh', base, targetList), en: planCard(zh, en, 'en', base, targetList) });
              }
              await writeIndex(pagefind, records, shardOut);
              await rewriteFragments(shardOut, cards);
              if (from) await dropClient(shardOut);
              // A fresh indexer for the next shard: the one that held this shard's text returns its memory.
              await pagefind.close();
            }
          };
          // Both settle before the build goes on or fails, so no process is left writing into the output.
          const [bundles, level] = await Promise.allSettled([bundlesInProcesses(root, out, plans.map((p) => p.zh.slug), base), planLevel()]);
          if (bundles.status === 'rejected') throw bundles.reason;
          if (level.status === 'rejected') throw level.reason;
          const blocks = bundles.value;
          await writeFile(join(out, 'atlas-terms.json'), JSON.stringify(await searchTerms(root)));
          const t2s = await traditionalTable(root);
          await writeFile(join(out, 'atlas-t2s.json'), JSON.stringify(t2s));
          await writeProvincePlans(out, plans);
          for (const f of await readdir(out)) if (UNUSED.test(f)) await rm(join(out, f));
          logger.info(`search index: ${blocks} blocks in ${plans.length} block-level bundles, ${plans.length} plans in ${planShards(plans.length)} plan-level bundles, ${[...t2s.t].length} traditional characters, in ${Math.round(performance.now() - t0)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** The options of the `plan` filter, per province (src/shared/search-levels.ts provinceFile, by the province's place in provinceList): loaded when a province is chosen, so the page never lists every plan. */
async function writeProvincePlans(out: string, plans: { zh: PlanFacts; en: PlanFacts }[]) {
  await mkdir(join(out, 'province'), { recursive: true });
  for (const [k, province] of provinceList(plans.map((p) => p.zh)).entries()) {
    const mine = plans.filter((p) => p.zh.region.province === province).map((p) => ({ slug: p.zh.slug, zh: p.zh.shortTitle, en: p.en.shortTitle }));
    await writeFile(join(out, provinceFile(k)), JSON.stringify(mine));
  }
}

/** The provinces in the order the search page lists them (its first plan's order): the key of each province's plan list. */
export function provinceList(plans: Pick<PlanFacts, 'region'>[]): string[] {
  return [...new Set(plans.map((p) => p.region.province))];
}
