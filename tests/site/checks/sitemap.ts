import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../support/server.ts';

/** The pages listed in dist/sitemap.xml, as absolute URLs (`<loc>` values, entity-decoded). */
export function sitemapUrls(root = DIST): string[] {
  const xml = readFileSync(join(root, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
}

/** The same pages as paths in dist/ (`/zh/plans/dehua/`, the base path taken off), ready to join to a local server origin. */
export function sitemapPaths(root = DIST): string[] {
  const paths = sitemapUrls(root).map((u) => decodeURI(new URL(u).pathname));
  const base = (paths.find((p) => /\/zh\/$/.test(p)) ?? '/zh/').replace(/zh\/$/, '');
  return paths.map((p) => `/${p.slice(base.length)}`);
}
