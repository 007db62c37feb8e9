// The responsibilities as CSV, in the page's language: one row per task and agency, with the role,
// the task's number and title as the page shows them, and the task's URL.
import type { APIRoute } from 'astro';
import { blockHref, plansWithBlocks } from '../../../lib/compare';
import { csv, csvResponse } from '../../../lib/csv';
import { langPaths, type Lang } from '../../../lib/i18n';
import { placeName } from '../../../lib/plan';
import { responsibilities, taskName } from '../../../lib/responsibilities';

export const getStaticPaths = langPaths;
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const rows: unknown[][] = [];
  for (const { entry, blocks, byEid } of await plansWithBlocks(lang)) {
    const slug = entry.data.slug;
    const r = responsibilities[slug];
    if (!r) continue;
    for (const task of r.tasks) {
      const n = taskName(byEid.get(task.eid)!, blocks, task.text, lang);
      const url = new URL(blockHref(lang, slug, task.eid), site).href;
      for (const [role, list] of [['lead', task.lead], ['participant', task.participants]] as const) {
        for (const zh of list) {
          const a = r.agencies.find((x) => x.zh === zh);
          rows.push([slug, placeName(entry.data, lang), n.number, n.title, n.action ?? '', role, a ? a[lang] : zh, zh, url]);
        }
      }
    }
  }
  return csvResponse(csv(['plan', 'plan_name', 'task_number', 'task_title', 'task_action', 'role', 'agency', 'agency_zh', 'url'], rows));
};
