import type { APIRoute } from 'astro';
import { sharedWording } from '../../../lib/lineage';
import { planSharedWordingData } from '../../../lib/open-data';

// One plan's shared wording: its row of the matrix and its blocks' partners (listed in /data/shared-wording.json).
export const getStaticPaths = () => sharedWording().plans.map((slug) => ({ params: { slug } }));

export const GET: APIRoute = ({ site, params }) => new Response(`${JSON.stringify(planSharedWordingData(site!, params.slug!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
