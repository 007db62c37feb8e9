// The tasks matrix as CSV, in the page's language: one row per theme and plan, with the count, the
// plan's total task passages and the share the page shades by.
import type { APIRoute } from 'astro';
import { plansWithBlocks } from '../../../lib/compare';
import { csv, csvResponse } from '../../../lib/csv';
import { langPaths, type Lang } from '../../../lib/i18n';
import { placeName } from '../../../lib/plan';
import { showShare, taskMatrix } from '../../../lib/task-matrix';

export const getStaticPaths = langPaths;
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const plans = await plansWithBlocks(lang);
  const name = (slug: string) => placeName(plans.find((p) => p.entry.data.slug === slug)!.entry.data, lang);
  const rows = taskMatrix(plans).flatMap(({ theme, cells }) => cells.map((c) => [theme.id, theme[lang], c.plan, name(c.plan), c.n, c.total, Math.round(c.share * 10000) / 10000, showShare(c.share)]));
  return csvResponse(csv(['theme', 'theme_name', 'plan', 'plan_name', 'passages', 'plan_task_passages', 'share', 'share_shown'], rows));
};
