import type { APIRoute } from 'astro';
import { sharedWordingData } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => new Response(`${JSON.stringify(sharedWordingData(site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
