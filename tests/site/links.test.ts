// Gate 1: every internal link and every #fragment on every built page resolves.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/server.ts';
import { checkLinks, formatProblems } from './checks/links.ts';
import { sitemapUrls } from './checks/sitemap.ts';

/** The configured `site` origin, read from the built sitemap: absolute links to it are internal. */
const siteOrigins = () => [...new Set(sitemapUrls().map((u) => new URL(u).origin))];
/** The base path the site was built for, read from the sitemap (the Chinese home is `<base>zh/`). */
export const basePath = () => new URL(sitemapUrls().find((u) => /\/zh\/$/.test(u))!).pathname.replace(/zh\/$/, '');

describe('links and anchors of the built site', () => {
  it('every internal href/src names a file in dist/ and every #fragment an id on its target page', () => {
    const r = checkLinks(DIST, siteOrigins(), basePath());
    console.log(`links: ${r.pages} pages, ${r.links} URLs (${r.internal} internal, ${r.fragments} with a fragment, ${r.external} external), ${r.problems.length} broken`);
    expect(r.pages).toBeGreaterThan(0);
    expect(r.problems, `broken links:\n${formatProblems(r.problems)}`).toEqual([]);
  });
});

describe('the link checker itself (fixture site)', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (path: string, body: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `<!doctype html><html lang="zh"><head><title>t</title></head><body>${body}</body></html>`);
  };
  page('a/index.html', '<h2 id="目录">目录</h2><p id="chp_1__sec_2">x</p><a name="legacy">x</a>');
  page('style.css', '');
  page(
    'index.html',
    [
      '<a href="/a/#目录">raw Chinese fragment</a>',
      '<a href="/a/#%E7%9B%AE%E5%BD%95">percent-encoded fragment that exists</a>',
      '<a href="a/#&#30446;&#24405;">entity-encoded fragment that exists</a>',
      '<a href="/a/?q=1&amp;r=2#chp_1__sec_2">query and fragment</a>',
      '<a href="/a/#legacy">a name</a>',
      '<a href="#top">top</a>',
      '<a href="https://example.org/#nowhere">external, not checked</a>',
      '<a href="mailto:x@example.org">mail</a>',
      '<link rel="stylesheet" href="/style.css">',
      '<!-- <a href="/commented-out/">not a link</a> -->',
      '<script>const s = \'<a href="/inside-script/">\';</script>',
      // the broken ones
      '<a href="/a/#chp_1__sec_3">broken anchor</a>',
      '<a href="/a/#%E7%9B%AE">broken encoded anchor</a>',
      '<a href="#nowhere">broken same-page anchor</a>',
      '<a href="/b/">broken page link</a>',
      '<a href="/a">folder without trailing slash</a>',
      '<img src="/missing.png" alt="">',
    ].join('\n'),
  );

  it('flags the broken anchors and page links, and only those', () => {
    const r = checkLinks(root, ['http://127.0.0.1:4321']);
    const broken = r.problems.map((p) => `${p.page} ${p.value}`).sort();
    expect(broken).toEqual(
      ['/ #nowhere', '/ /a', '/ /a/#%E7%9B%AE', '/ /a/#chp_1__sec_3', '/ /b/', '/ /missing.png'].sort(),
    );
    expect(r.problems.find((p) => p.value === '/a/#chp_1__sec_3')!.problem).toBe('no element with id="chp_1__sec_3" on /a/');
    expect(r.problems.find((p) => p.value === '/a/#%E7%9B%AE')!.problem).toBe('no element with id="目" on /a/');
    expect(r.external).toBe(1);
  });

  it('treats absolute URLs to the configured site as internal', () => {
    page('c/index.html', '<a href="http://127.0.0.1:4321/a/#nope">absolute, own site</a>');
    const r = checkLinks(root, ['http://127.0.0.1:4321']);
    expect(r.problems.map((p) => `${p.page} ${p.value}`)).toContain('/c/ http://127.0.0.1:4321/a/#nope');
  });
});
