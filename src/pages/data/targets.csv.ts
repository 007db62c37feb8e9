import type { APIRoute } from 'astro';
import { targetsCsv } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => new Response(targetsCsv(site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
