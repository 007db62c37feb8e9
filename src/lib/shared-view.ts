import { getEntry } from 'astro:content';
import { planBlocks, type BlockRecord } from './plan-blocks';
import { placeName } from './plan';
import { sharedBlocks } from './lineage';
import type { SharedView } from '../shared/shared-wording';

/** What the side-by-side view of one plan needs: its shared blocks, their partners, and the texts of both (/data/shared/<slug>.json). */
export async function sharedView(slug: string): Promise<SharedView> {
  // Only this plan and its partners' blocks are read.
  const records = new Map<string, Map<string, BlockRecord>>();
  const recordsOf = (plan: string) => records.get(plan) ?? records.set(plan, new Map(planBlocks(plan).map((r) => [r.eid, r]))).get(plan)!;
  const view: SharedView = { plan: slug, plans: {}, blocks: {}, texts: {}, strings: [] };
  const stringNo = new Map<string, number>();
  const string = (text: string) => {
    let n = stringNo.get(text);
    if (n === undefined) stringNo.set(text, (n = view.strings.push(text) - 1));
    return n;
  };
  const addText = (plan: string, eid: string) => {
    const r = recordsOf(plan).get(eid);
    if (r) view.texts[`${plan}/${eid}`] = { zh: string(r.text.zh), en: string(r.text.en), label: r.label };
  };
  for (const [eid, s] of Object.entries(sharedBlocks(slug))) {
    // The converter lists only the closest partners (at most `maxPartners`), so this stays the same size per plan whatever the corpus.
    const partners = s.partners;
    view.blocks[eid] = { planCount: s.planCount, passageCount: s.passageCount, partners: partners.map(({ plan, eid: e, shared, runs }) => ({ plan, eid: e, shared, runs })) };
    addText(slug, eid);
    for (const p of partners) addText(p.plan, p.eid);
  }
  for (const plan of new Set([slug, ...Object.values(view.blocks).flatMap((b) => b.partners.map((p) => p.plan))])) {
    const [zh, en] = await Promise.all([getEntry('plans', `zh/${plan}`), getEntry('plans', `en/${plan}`)]);
    if (zh && en) view.plans[plan] = { zh: placeName(zh.data, 'zh'), en: placeName(en.data, 'en') };
  }
  return view;
}
