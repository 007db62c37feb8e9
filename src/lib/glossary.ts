import { getCollection, type CollectionEntry } from 'astro:content';
import { plansIn } from './content';
import type { Lang } from './i18n';
import { planBlocks } from './plan-blocks';
import { placeName } from './plan';

export type Term = CollectionEntry<'glossary'>['data'];

export interface Occurrence {
  plan: string;
  title: string;
  blocks: { eid: string; label: string }[];
}

// Blocks that hold text of their own: a table is searched by its rows and notes, a heading by itself.
const TEXT_KINDS = new Set(['title', 'heading', 'item', 'para', 'member', 'row', 'note']);

// Terms sort by pinyin of their first character, quotation marks and brackets aside.
const sortKey = (zh: string) => zh.replace(/^[^\u3400-\u9fff]+/u, '');

/** Every glossary term with the plans and blocks whose Chinese contains it, computed from the plan data. */
export async function glossaryWithOccurrences(lang: Lang): Promise<{ term: Term; occurrences: Occurrence[] }[]> {
  const terms = (await getCollection('glossary')).map((t) => t.data);
  const plans = await plansIn(lang);
  terms.sort((a, b) => sortKey(a.zh).localeCompare(sortKey(b.zh), 'zh-Hans-CN-u-co-pinyin'));
  // Plan by plan, so only one plan's blocks are read at a time: occurrences[term][plan].
  const found = terms.map(() => [] as Occurrence[]);
  for (const { data: p } of plans) {
    const blocks = planBlocks(p.slug).filter((b) => TEXT_KINDS.has(b.kind));
    terms.forEach((term, k) => {
      const hits = blocks.filter((b) => b.text.zh.includes(term.zh)).map((b) => ({ eid: b.eid, label: b.label[lang] }));
      // The plan by its place (德化县 / Dehua County): short enough to list several on a line.
      if (hits.length) found[k]!.push({ plan: p.slug, title: placeName(p, lang), blocks: hits });
    });
  }
  return terms.map((term, k) => ({ term, occurrences: found[k]! }));
}
