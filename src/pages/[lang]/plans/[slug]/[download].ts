// A plan's downloads in this edition's language (src/lib/plan-export.ts):
//   /<lang>/plans/<slug>/plan.md   Markdown, every block under an anchor with its permanent ID
//   /<lang>/plans/<slug>/plan.txt  plain text, every block as `[eid] text`
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { planPaths } from '../../../../lib/content';
import { href, type Lang } from '../../../../lib/i18n';
import { planBlocks } from '../../../../lib/plan-blocks';
import { planMarkdown, planText } from '../../../../lib/plan-export';

const FORMATS = {
  'plan.md': { write: planMarkdown, type: 'text/markdown; charset=utf-8' },
  'plan.txt': { write: planText, type: 'text/plain; charset=utf-8' },
} as const;

export const getStaticPaths = async () =>
  (await planPaths()).flatMap((p) => Object.keys(FORMATS).map((download) => ({ params: { ...p.params, download }, props: p.props })));

export const GET: APIRoute = async ({ params, props, site }) => {
  const lang = params.lang as Lang;
  const format = FORMATS[params.download as keyof typeof FORMATS];
  const meta = (props.entry as CollectionEntry<'plans'>).data;
  const [tables] = await getCollection('tables', (t) => t.data.plan === meta.slug);
  const url = new URL(href(lang, `plans/${meta.slug}`), site).href;
  return new Response(format.write({ meta, blocks: planBlocks(meta.slug), tables: tables?.data.tables ?? [], url }, lang), { headers: { 'content-type': format.type } });
};
