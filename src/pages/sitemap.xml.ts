// sitemap.xml: every page of the site, so the quality gates (tests/site/) and search engines see them all.
// Fixed pages are the non-dynamic page files beside this one; plan pages come from the content collection.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

const fixed = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'))
  .filter((f) => !f.includes('[') && !/^\.\/(404|500)\./.test(f))
  .map((f) => `/${f.slice(2).replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+$/, '/'));

export const GET: APIRoute = async ({ site }) => {
  const plans = (await getCollection('plans')).map((p) => `/${p.data.lang}/plans/${p.data.slug}/`);
  const urls = [...new Set([...fixed, ...plans])].sort().map((path) => new URL(path, site).href);
  const body = urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
