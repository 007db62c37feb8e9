import type { APIRoute } from 'astro';
import { sharedWording } from '../../../lib/lineage';
import { planSharedWordingData } from '../../../lib/open-data';

// One plan's shared wording: its closest plans and its blocks' partners (listed in /data/shared-wording.json).
export const getStaticPaths = () => sharedWording().plans.map((slug) => ({ params: { slug } }));

// Indented like the other files, but a run's four offsets stay on one line (on its own line each, they
// were nearly half of the file).
const json = (data: unknown) => JSON.stringify(data, null, 2).replace(/\[\s+(\d+),\s+(\d+),\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2, $3, $4]');

export const GET: APIRoute = ({ site, params }) => new Response(`${json(planSharedWordingData(site!, params.slug!))}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
