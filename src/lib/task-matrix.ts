import { taggedBlocks, themes, type BlockRecord, type PlanEntry } from './compare';

// The tasks matrix: for each theme and plan, how many of the plan's task passages address the theme,
// and what share of all its task passages that is. Plans have from 16 to 37 task passages, so only
// the share compares across plans; the count stays beside it.

export interface MatrixCell { plan: string; n: number; total: number; share: number; heat: number }

/** Shading steps by share: 0, under 5%, under 10%, under 20%, under 30%, 30% or more. */
export const heatStep = (share: number) => (share === 0 ? 0 : share < 0.05 ? 1 : share < 0.1 ? 2 : share < 0.2 ? 3 : share < 0.3 ? 4 : 5);

/** A share as shown: whole percent (a share above 0 but under 1% shows as <1%). */
export const showShare = (share: number) => (share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`);

const isTask = (b: BlockRecord) => b.part === 'tasks' && b.kind !== 'heading';

/** Themes × plans, each cell with its count, the plan's total task passages, and the share. */
export function taskMatrix(plans: { entry: PlanEntry; blocks: BlockRecord[] }[]) {
  const totals = new Map(plans.map((p) => [p.entry.data.slug, p.blocks.filter(isTask).length]));
  return themes.map((theme) => ({
    theme,
    cells: plans.map((p): MatrixCell => {
      const plan = p.entry.data.slug;
      const n = taggedBlocks(p.blocks, plan, 'tasks', theme.id).length;
      const total = totals.get(plan)!;
      const share = total ? n / total : 0;
      return { plan, n, total, share, heat: heatStep(share) };
    }),
  }));
}
