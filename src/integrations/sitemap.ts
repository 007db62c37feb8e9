import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes sitemap.xml from the pages the build actually produced, so no page can be missing from it
 * (the quality gates walk the sitemap). A page that exists in both editions lists both as
 * hreflang alternates.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const TAGS: Record<string, string> = { zh: 'zh-Hans', en: 'en' };

/** The sitemap for page paths (`zh/plans/dehua/`), absolute under `base` on `site`. */
export function sitemapXml(pathnames: string[], site: string, base = '/'): string {
  const paths = [...new Set(pathnames.map((p) => p.replace(/^\/+/, '')).filter((p) => !/^(404|500)(\/|\.html)?$/.test(p)))].sort();
  const have = new Set(paths);
  const url = (p: string) => escape(new URL(`${base.replace(/\/?$/, '/')}${p}`, site).href);
  const body = paths.map((p) => {
    const m = /^(zh|en)\/(.*)$/.exec(p);
    const alts = m
      ? Object.keys(TAGS)
          .map((l) => `${l}/${m[2]}`)
          .filter((q) => have.has(q))
      : [];
    const links = alts.length > 1 ? alts.map((q) => `\n    <xhtml:link rel="alternate" hreflang="${TAGS[q.slice(0, 2)]}" href="${url(q)}"/>`).join('') : '';
    return `  <url>\n    <loc>${url(p)}</loc>${links}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body.join('\n')}\n</urlset>\n`;
}

export default function sitemap(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  let base = '/';
  return {
    name: 'atlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        await writeFile(join(fileURLToPath(dir), 'sitemap.xml'), sitemapXml(pages.map((p) => p.pathname), site, base));
        logger.info(`sitemap: ${pages.length} pages`);
      },
    },
  };
}
