// Links that carry: every page names itself (canonical), previews with its own title and
// description (Open Graph, Twitter card), and points to its other-language version both ways.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tags } from '../site/checks/html.ts';
import { sitemapUrls } from '../site/checks/sitemap.ts';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/server.ts';

const head = (page: string) => {
  const all = tags(readFileSync(join(DIST, page.endsWith('/') ? `${page}index.html` : page), 'utf8'));
  const meta = (k: string) => all.filter((t) => t.name === 'meta' && (t.attrs.get('property') ?? t.attrs.get('name')) === k).map((t) => t.attrs.get('content') ?? '');
  const links = (rel: string) => all.filter((t) => t.name === 'link' && t.attrs.get('rel') === rel);
  return { meta, links };
};

describe('link previews and alternates', () => {
  const site = new URL(sitemapUrls()[0]!).origin;
  const base = new URL(sitemapUrls().find((u) => /\/zh\/$/.test(u))!).pathname.replace(/zh\/$/, '');
  const pages = builtPages().filter((p) => p !== '/404.html');

  it('every page has one canonical URL (itself), and a title, description and URL for link previews', () => {
    for (const p of pages) {
      const h = head(p);
      const canonical = h.links('canonical').map((l) => l.attrs.get('href'));
      expect(canonical, p).toEqual([`${site}${base}${p.slice(1)}`]);
      expect(h.meta('og:url'), p).toEqual(canonical);
      for (const k of ['og:title', 'og:description', 'twitter:title', 'twitter:description', 'description']) expect(h.meta(k)[0], `${p} ${k}`).toBeTruthy();
      expect(h.meta('twitter:card'), p).toEqual(['summary']);
    }
    console.log(`link previews: ${pages.length} pages with canonical, Open Graph and Twitter card`);
  });

  it('a plan page previews with the plan’s name', () => {
    expect(head('/zh/plans/deyang/').meta('og:title')[0]).toBe('德阳市推进国家知识产权强市建设试点城市工作方案');
    expect(head('/en/plans/deyang/').meta('og:title')[0]).toMatch(/^Work Plan of Deyang City/);
  });

  it('every page of an edition names its other-language version, and that page names it back', () => {
    let pairs = 0;
    for (const p of pages.filter((x) => /^\/(zh|en)\//.test(x))) {
      const other = p.replace(/^\/(zh|en)\//, (_, l: string) => `/${l === 'zh' ? 'en' : 'zh'}/`);
      const alt = head(p).links('alternate').map((l) => [l.attrs.get('hreflang'), l.attrs.get('href')]);
      expect(alt, p).toContainEqual([p.startsWith('/zh/') ? 'en' : 'zh-Hans', `${site}${base}${other.slice(1)}`]);
      expect(head(other).links('alternate').map((l) => l.attrs.get('href')), other).toContain(`${site}${base}${p.slice(1)}`);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(20);
  });
});
