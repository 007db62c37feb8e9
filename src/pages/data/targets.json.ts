import type { APIRoute } from 'astro';
import { targetsData } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(await targetsData(site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
