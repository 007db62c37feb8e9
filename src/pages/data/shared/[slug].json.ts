import type { APIRoute } from 'astro';
import { planPaths } from '../../../lib/content';
import { sharedView } from '../../../lib/shared-view';

// One file per plan, fetched only when a reader opens a "shared with N plans" marker.
export const getStaticPaths = async () => [...new Set((await planPaths()).map(({ params }) => params.slug))].map((slug) => ({ params: { slug } }));

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await sharedView(params.slug!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
