import type { APIRoute } from 'astro';
import { plansIndex } from '../../lib/open-data';

// The index of the plans (format 2): each plan's text is in its own file, /data/plans/<slug>.json.
export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(await plansIndex(site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
