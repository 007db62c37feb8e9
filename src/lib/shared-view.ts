import { getEntry } from 'astro:content';
import { planBlocks, type BlockRecord } from './plan-blocks';
import { placeName } from './plan';
import { sharedBlocks } from './lineage';
import type { SharedView } from '../shared/shared-wording';

/** How many partner passages the side-by-side view shows for one block (the most shared first). */
const SHOWN = 6;

/** What the side-by-side view of one plan needs: its shared blocks, their partners, and the texts of both (/data/shared/<slug>.json). */
export async function sharedView(slug: string): Promise<SharedView> {
  // Only this plan and its partners' blocks are read.
  const records = new Map<string, Map<string, BlockRecord>>();
  const recordsOf = (plan: string) => records.get(plan) ?? records.set(plan, new Map(planBlocks(plan).map((r) => [r.eid, r]))).get(plan)!;
  const view: SharedView = { plan: slug, plans: {}, blocks: {}, texts: {} };
  const addText = (plan: string, eid: string) => {
    const r = recordsOf(plan).get(eid);
    if (r) view.texts[`${plan}/${eid}`] = { zh: r.text.zh, en: r.text.en, label: r.label };
  };
  for (const [eid, s] of Object.entries(sharedBlocks(slug))) {
    const partners = s.partners.slice(0, SHOWN);
    view.blocks[eid] = { planCount: s.planCount, partners: partners.map(({ plan, eid: e, shared, runs }) => ({ plan, eid: e, shared, runs })), more: s.partners.length - partners.length };
    addText(slug, eid);
    for (const p of partners) addText(p.plan, p.eid);
  }
  for (const plan of new Set([slug, ...Object.values(view.blocks).flatMap((b) => b.partners.map((p) => p.plan))])) {
    const [zh, en] = await Promise.all([getEntry('plans', `zh/${plan}`), getEntry('plans', `en/${plan}`)]);
    if (zh && en) view.plans[plan] = { zh: placeName(zh.data, 'zh'), en: placeName(en.data, 'en') };
  }
  return view;
}
