/**
 * The two levels of the search index (src/integrations/search-index.ts builds them, src/lib/search/ui.ts
 * reads them): where each bundle is, relative to the plan level's folder (/pagefind/).
 */

/**
 * Plans per plan-level bundle: the indexer holds one bundle's text at a time (measured ~2.9 MB per
 * plan: 577 MB at 200 plans, so ~3 GB for a full bundle), and a first query fetches the chunks of
 * every bundle, so fewer, larger bundles cost fewer bytes.
 */
export const PLAN_SHARD = 1000;

/** The plan-level bundles a corpus of n plans has. */
export const planShards = (n: number): number => Math.max(1, Math.ceil(n / PLAN_SHARD));

/** The folder of plan-level bundle k (0: the primary, which holds Pagefind's client). */
export const shardDir = (k: number): string => (k ? `shard/${k}/` : '');

/** The folder of a plan's block-level bundle. */
export const planDir = (slug: string): string => `plan/${slug}/`;

/** The folder of the `plan` filter's options for the province listed at k. */
export const provinceFile = (k: number): string => `province/${k}.json`;
