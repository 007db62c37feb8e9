import type { APIRoute } from 'astro';
import { planData, planFileSlugs } from '../../../lib/open-data';

// One plan's open data: metadata, outline, history, notes and every block (listed in /data/plans.json).
export const getStaticPaths = async () => (await planFileSlugs()).map((slug) => ({ params: { slug } }));

export const GET: APIRoute = async ({ site, params }) => new Response(`${JSON.stringify(await planData(site!, params.slug!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
