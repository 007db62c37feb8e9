// The lineage stage: shared wording between the plans and the documents they cite, from the block
// data of every plan, written as content/data/shared-wording.json and content/data/documents-cited.json.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { json } from '../json.ts';
import { SeedError } from '../errors.ts';
import type { BlockRecord } from '../stages/blocks.ts';
import { citedTitles } from './titles.ts';
import { documentOf, levelRank, readDocuments } from './documents.ts';
import { readHints } from '../hints.ts';
import { MAX_PARTNERS, MAX_PLANS, reduce, sharedWording, type BlockShares, type Passage, type PlanFacts } from './wording.ts';

/** Minimum run length in kept characters (the measurements behind it: docs/lineage.md). */
export const RUN_LENGTH = 12;
/** Glossary categories of quotations: a slogan or document title of the run length or longer is shared wording, not a stock term. */
const QUOTATIONS = new Set(['slogan', 'policy']);
/** How many of the most widely shared passages are listed. */
const TOP_PASSAGES = 20;

/** The glossary's terms reduced as the detector reduces text: the long slogans and titles are quotations, every other term is stock. */
export function glossaryTerms(root: string): { stock: string[]; quotations: string[] } {
  const path = join(root, 'content/glossary/terms.yaml');
  if (!existsSync(path)) return { stock: [], quotations: [] };
  const terms = (load(readFileSync(path, 'utf8')) ?? []) as { zh: string; category: string }[];
  const reduced = terms.map((t) => ({ ...t, key: reduce(t.zh).chars.join('') })).filter((t) => t.key);
  const quoted = (t: (typeof reduced)[number]) => QUOTATIONS.has(t.category) && t.key.length >= RUN_LENGTH;
  return { stock: [...new Set(reduced.filter((t) => !quoted(t)).map((t) => t.key))], quotations: [...new Set(reduced.filter(quoted).map((t) => t.key))] };
}

/** The stock terms alone (see glossaryTerms). */
export const stockTerms = (root: string): string[] => glossaryTerms(root).stock;

/** The wording blocks of all plans: every block with Chinese text (a table's own record is its caption). */
export function wordingBlocks(blocks: Map<string, BlockRecord[]>) {
  return [...blocks].flatMap(([plan, list]) => list.filter((b) => b.text.zh).map((b) => ({ plan, eid: b.eid, text: b.text.zh })));
}

/** Each plan's province and date of issue, from its hint file (converter/hints/<slug>.json), to choose the closest partners. */
export function planFacts(root: string, plans: readonly string[]): Record<string, PlanFacts> {
  return Object.fromEntries(
    plans.map((p) => {
      const path = join(root, 'converter/hints', `${p}.json`);
      const meta = existsSync(path) ? (readHints(path).meta as { region?: { province?: string }; issued?: { date?: string | null } }) : {};
      return [p, { province: meta.region?.province ?? null, issued: meta.issued?.date ?? null }];
    }),
  );
}

const isTask = (b: BlockRecord) => b.part === 'tasks' && b.kind !== 'heading';

/** Passages found in the most plans, longest first; a passage inside a longer one found in as many plans is left out. */
export function widestPassages(passages: Passage[], limit: number): Passage[] {
  const ranked = [...passages].sort((a, b) => b.plans.length - a.plans.length || b.text.length - a.text.length || a.text.localeCompare(b.text));
  const out: Passage[] = [];
  for (const p of ranked) {
    if (out.some((q) => q.plans.length >= p.plans.length && q.text.includes(p.text))) continue;
    out.push(p);
    if (out.length === limit) break;
  }
  return out;
}

/** Both data files, in memory. */
export function lineageOutputs(root: string, blocks: Map<string, BlockRecord[]>): Map<string, string> {
  const plans = [...blocks.keys()];
  const started = performance.now();
  const result = sharedWording(wordingBlocks(blocks), { k: RUN_LENGTH, ...glossaryTerms(root), facts: planFacts(root, plans) });
  const ms = performance.now() - started;
  const byBlock = new Map(result.blocks.map((s) => [`${s.plan}/${s.eid}`, s]));
  const text = new Map([...blocks].flatMap(([plan, list]) => list.map((b) => [`${plan}/${b.eid}`, b.text.zh] as const)));

  const characters = Object.fromEntries(plans.map((p) => [p, 0]));
  const shared = Object.fromEntries(plans.map((p) => [p, 0]));
  const perBlock: Record<string, Record<string, { length: number; shared: number; planCount: number; passageCount: number; partners: BlockShares['partners'] }>> = Object.fromEntries(plans.map((p) => [p, {}]));
  for (const s of result.blocks) {
    characters[s.plan]! += s.length;
    shared[s.plan]! += s.shared;
    // Counts of all the plans and passages, and only the closest listed: a plan's data stays the same size whatever the corpus.
    if (s.planCount) perBlock[s.plan]![s.eid] = { length: s.length, shared: s.shared, planCount: s.planCount, passageCount: s.passageCount, partners: s.partners };
  }
  // Per plan, the other plans it shares most with (not a plan × plan matrix, which grows with the square of the corpus).
  const closest = Object.fromEntries(plans.map((p) => [p, result.plans[p] ?? { count: 0, closest: [] }]));
  const tasks = Object.fromEntries(
    plans.map((p) => {
      const list = blocks.get(p)!.filter(isTask);
      const own = list.filter((b) => !byBlock.get(`${p}/${b.eid}`)?.planCount);
      return [p, { passages: list.length, own: own.length }];
    }),
  );
  const passages = widestPassages(result.passages, TOP_PASSAGES).map((p) => {
    const first = p.occurrences[0]!;
    return { text: [...text.get(`${first.plan}/${first.eid}`)!].slice(first.start, first.end).join(''), length: p.text.length, plans: p.plans, occurrences: p.occurrences };
  });
  const wording = { runLength: RUN_LENGTH, maxPartners: MAX_PARTNERS, maxPlans: MAX_PLANS, plans, characters, shared, closest, tasks, passages, blocks: perBlock };

  // Documents: every 《》 in every block's Chinese, matched to the curated list.
  const list = readDocuments(root);
  const citations = new Map(list.documents.map((d) => [d.id, [] as { plan: string; eid: string; written: string; start: number; end: number }[]]));
  for (const [plan, records] of blocks) {
    for (const b of records) {
      for (const c of citedTitles(b.text.zh)) citations.get(documentOf(list, c.title, `${plan} ${b.eid}`).id)!.push({ plan, eid: b.eid, written: c.title, start: c.start, end: c.end });
    }
  }
  list.documents.forEach((d, n) => {
    if (!citations.get(d.id)!.length) {
      throw new SeedError(list.file.rel, list.file.itemLine(n, 'documents'), `document ${d.id} is cited by no plan`, 'remove the entry, or correct its title so that it matches the citation');
    }
  });
  const documents = list.documents
    .map((d, n) => ({ ...d, variants: undefined, order: n, citations: citations.get(d.id)! }))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || b.citations.length - a.citations.length || a.order - b.order)
    .map(({ order: _o, variants: _v, ...d }) => d);
  console.log(`lineage: shared wording over ${result.blocks.length} blocks in ${Math.round(ms)} ms; ${documents.length} documents cited`);
  return new Map([
    ['content/data/shared-wording.json', json(wording)],
    ['content/data/documents-cited.json', json({ documents })],
  ]);
}
