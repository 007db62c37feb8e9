import type { CollectionEntry } from 'astro:content';
import targetsData from '../../content/data/compare/targets.json';
import themesData from '../../content/data/compare/themes.json';
import { plansIn } from './content';
import { href, type Lang } from './i18n';
import { blockPlans, planBlocks, type BlockRecord } from './plan-blocks';

// The comparison data (content/data/compare/, written and checked by the converter) joined with the plans.

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

/** The plans of an edition with their blocks, in the site's plan order. */
export async function plansWithBlocks(lang: Lang): Promise<{ entry: PlanEntry; blocks: BlockRecord[]; byEid: Map<string, BlockRecord> }[]> {
  return (await plansIn(lang)).map((entry) => {
    const list = planBlocks(entry.data.slug);
    return { entry, blocks: list, byEid: new Map(list.map((b) => [b.eid, b])) };
  });
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

/** The plans that say anything about an indicator: a target, a directional commitment or a status quo figure. */
export function plansOnIndicator(key: string): Set<string> {
  return new Set([...targets, ...commitments, ...statusFigures].filter((r) => r.key === key).map((r) => r.plan));
}

/** Indicators two or more plans speak to: each has its own page (/…/compare/indicators/<key>/). */
export const sharedIndicators = () => indicators.filter((i) => plansOnIndicator(i.key).size >= 2);

/** The page of an indicator, when it has one. */
export const indicatorHref = (lang: Lang, key: string) => (plansOnIndicator(key).size >= 2 ? href(lang, `compare/indicators/${key}`) : null);

/**
 * A lookup of blocks by plan and eID that reads only the plans asked about, each once: for a page
 * that cites a few blocks of some plans, where reading every plan's blocks would grow with the corpus.
 */
export function blockLookup(): (plan: string, eid: string) => BlockRecord | undefined {
  const byPlan = new Map<string, Map<string, BlockRecord>>();
  return (plan, eid) => {
    let blocks = byPlan.get(plan);
    if (!blocks) byPlan.set(plan, (blocks = new Map(planBlocks(plan).map((b) => [b.eid, b]))));
    return blocks.get(eid);
  };
}

let labels: Map<string, Map<string, { zh: string; en: string }>> | null = null;
/** Every block's citation label by plan and eid, so notes that name a block can show its label instead of its ID. */
export async function blockLabels(): Promise<Map<string, Map<string, { zh: string; en: string }>>> {
  labels ??= new Map(blockPlans().map((plan) => [plan, new Map(planBlocks(plan).map((x) => [x.eid, x.label]))]));
  return labels;
}
