import type { APIRoute } from 'astro';
import { citeData } from '../../../../lib/cite-data';
import { planPaths } from '../../../../lib/content';
import type { Lang } from '../../../../lib/i18n';

// One file per plan per language, fetched only when a reader cites or collects a passage.
export const getStaticPaths = async () => (await planPaths()).map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params, site }) => new Response(JSON.stringify(await citeData(params.lang as Lang, params.slug!, site!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
