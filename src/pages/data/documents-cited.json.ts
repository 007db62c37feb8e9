import type { APIRoute } from 'astro';
import { documentsCitedData } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => new Response(`${JSON.stringify(documentsCitedData(site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
