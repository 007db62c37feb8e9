// The goals page's targets table as CSV, in the page's language: the same rows, in the same order.
import type { APIRoute } from 'astro';
import { blockLabels } from '../../../lib/compare';
import { plansIn } from '../../../lib/content';
import { TARGETS_CSV_HEADER, targetCsvRows } from '../../../lib/compare-targets';
import { csv, csvResponse } from '../../../lib/csv';
import { langPaths, type Lang } from '../../../lib/i18n';

export const getStaticPaths = langPaths;
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const plans = await plansIn(lang);
  return csvResponse(csv(TARGETS_CSV_HEADER, targetCsvRows(plans, lang, site!, await blockLabels())));
};
