import type { CollectionEntry } from 'astro:content';
import { plansIn } from './content';
import { contentData } from './content-data';
import { href, type Lang } from './i18n';
import { pagePath } from './paging';
import { blockPlans, planBlocks, type BlockRecord } from './plan-blocks';

// The comparison data (content/data/compare/, written and checked by the converter) joined with the plans.
// Read from its files rather than imported, so the build does not hold it as modules.

type TargetsData = typeof import('../../content/data/compare/targets.json');
type ThemesData = typeof import('../../content/data/compare/themes.json');
const targetsData = contentData<TargetsData>('compare/targets.json');
const themesData = contentData<ThemesData>('compare/themes.json');

export type { BlockRecord };
export type PlanEntry = CollectionEntry<'plans'>;
export type TargetRecord = (typeof targetsData.targets)[number];
export type Theme = (typeof themesData.themes)[number];
export type Named = { id: string; zh: string; en: string };

export type CommitmentRecord = (typeof targetsData.commitments)[number];
export type StatusRecord = (typeof targetsData.status)[number] & { from?: string };
export type UnitRecord = (typeof targetsData.units)[number];

export const targets = targetsData.targets as TargetRecord[];
export const commitments = targetsData.commitments as CommitmentRecord[];
export const statusFigures = targetsData.status as StatusRecord[];
export const indicators = targetsData.indicators;
export const fields = targetsData.fields as Named[];
export const units = targetsData.units as UnitRecord[];
export const themes = themesData.themes as Theme[];
export const safeguardCategories = themesData.safeguards as Named[];
export const tags = themesData.tags as Record<string, { tasks: Record<string, string[]>; safeguards: Record<string, string[]> }>;

/** The link to a block of a plan, in the given edition. */
export const blockHref = (lang: Lang, plan: string, eid: string) => `${href(lang, `plans/${plan}`)}#${eid}`;

export interface PlanWithBlocks { entry: PlanEntry; blocks: BlockRecord[]; byEid: Map<string, BlockRecord> }

/** The plans of an edition with their blocks, in the site's plan order; only the given plans when `slugs` is set (one page of a paged view). */
export async function plansWithBlocks(lang: Lang, slugs?: string[]): Promise<PlanWithBlocks[]> {
  const wanted = slugs && new Set(slugs);
  const entries = (await plansIn(lang)).filter((p) => !wanted || wanted.has(p.data.slug));
  return Promise.all(entries.map(async (entry) => {
    const list = planBlocks(entry.data.slug);
    return { entry, blocks: list, byEid: new Map(list.map((b) => [b.eid, b])) };
  }));
}


/** The goal passages: every block under a goals-part heading that names 目标 (主要目标, 总体目标, 具体目标…). */
export function goalBlocks(blocks: BlockRecord[]): BlockRecord[] {
  const roots = blocks.filter((b) => b.part === 'goals' && b.kind === 'heading' && b.text.zh.includes('目标'));
  const outer = roots.filter((r) => !roots.some((o) => o !== r && r.eid.startsWith(`${o.eid}__`)));
  return blocks.filter((b) => outer.some((r) => b.eid === r.eid || b.eid.startsWith(`${r.eid}__`)));
}

/** Blocks of a plan tagged with a theme (tasks) or a safeguard category, in plan order. */
export function taggedBlocks(blocks: BlockRecord[], plan: string, section: 'tasks' | 'safeguards', tag: string): BlockRecord[] {
  const planTags = tags[plan]?.[section] ?? {};
  return blocks.filter((b) => planTags[b.eid]?.includes(tag));
}

/** A name in the page's language. */
export const nameIn = (n: { zh: string; en: string }, lang: Lang) => n[lang];

let onIndicator: Map<string, Set<string>> | null = null;
/** The plans that say anything about an indicator: a target, a directional commitment or a status quo figure. */
export function plansOnIndicator(key: string): Set<string> {
  if (!onIndicator) {
    onIndicator = new Map();
    for (const r of [...targets, ...commitments, ...statusFigures]) {
      if (!onIndicator.has(r.key)) onIndicator.set(r.key, new Set());
      onIndicator.get(r.key)!.add(r.plan);
    }
  }
  return onIndicator.get(key) ?? new Set();
}

/** Records (targets, commitments, status figures) grouped by plan, so a page of plans does not scan the whole list for each. */
export function byPlan<T extends { plan: string }>(list: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list) {
    if (!out.has(r.plan)) out.set(r.plan, []);
    out.get(r.plan)!.push(r);
  }
  return out;
}

const keyed = new Map<unknown[], Map<string, unknown[]>>();
/** The records of a list on one indicator, in the list's order (grouped once per list: there is a page per indicator and page of plans). */
export function recordsOn<T extends { key: string }>(list: T[], key: string): T[] {
  if (!keyed.has(list)) {
    const m = new Map<string, T[]>();
    for (const r of list) {
      if (!m.has(r.key)) m.set(r.key, []);
      m.get(r.key)!.push(r);
    }
    keyed.set(list, m);
  }
  return (keyed.get(list)!.get(key) ?? []) as T[];
}

/** Indicators two or more plans speak to: each has its own page (/…/compare/indicators/<key>/). */
export const sharedIndicators = () => indicators.filter((i) => plansOnIndicator(i.key).size >= 2);

/** The page of an indicator, when it has one (page `n` of it: the one showing the same plans as page `n` of the goals). */
export const indicatorHref = (lang: Lang, key: string, n = 1) => (plansOnIndicator(key).size >= 2 ? href(lang, pagePath(`compare/indicators/${key}`, n)) : null);

/** A plan's block citation labels by eid, so notes that name a block can show its label instead of its ID. */
let lastLabels: { plan: string; labels: Map<string, { zh: string; en: string }> } | null = null;
export async function planLabels(plan: string): Promise<Map<string, { zh: string; en: string }>> {
  // Notes come plan by plan on a page, so the last plan's labels are the ones asked for again.
  if (lastLabels?.plan !== plan) lastLabels = { plan, labels: new Map(planBlocks(plan).map((x) => [x.eid, x.label])) };
  return lastLabels.labels;
}

let labels: Map<string, Map<string, { zh: string; en: string }>> | null = null;
/** Every block's citation label by plan and eid, so notes that name a block can show its label instead of its ID. */
export async function blockLabels(): Promise<Map<string, Map<string, { zh: string; en: string }>>> {
  labels ??= new Map(blockPlans().map((plan) => [plan, new Map(planBlocks(plan).map((x) => [x.eid, x.label]))]));
  return labels;
}
