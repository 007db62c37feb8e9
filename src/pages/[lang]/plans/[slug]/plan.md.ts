// The plan as Markdown in this edition's language, every block under an anchor with its permanent ID:
// /<lang>/plans/<slug>/plan.md (src/lib/plan-export.ts).
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { planPaths } from '../../../../lib/content';
import { href, type Lang } from '../../../../lib/i18n';
import { planMarkdown } from '../../../../lib/plan-export';

export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const lang = params.lang as Lang;
  const meta = (props.entry as CollectionEntry<'plans'>).data;
  const [blocks] = await getCollection('blocks', (b) => b.data.plan === meta.slug);
  const [tables] = await getCollection('tables', (t) => t.data.plan === meta.slug);
  if (!blocks) throw new Error(`no block data for plan "${meta.slug}" (content/data/blocks/${meta.slug}.json)`);
  const url = new URL(href(lang, `plans/${meta.slug}`), site).href;
  const body = planMarkdown({ meta, blocks: blocks.data.blocks, tables: tables?.data.tables ?? [], url }, lang);
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
