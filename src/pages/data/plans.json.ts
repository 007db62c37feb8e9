import type { APIRoute } from 'astro';
import { plansData } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(await plansData(site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
