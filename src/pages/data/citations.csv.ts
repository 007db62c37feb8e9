import type { APIRoute } from 'astro';
import { citationsCsv } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => new Response(citationsCsv(site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
