// Gate 4: no request leaves the site.
// (a) In a browser, every page is loaded, scrolled to the end, in light and dark mode, by the browser
//     sweep (tests/site/browser-gates.test.ts); any request to another origin is recorded and aborted
//     (so nothing is actually sent) and fails that test. The fixture below proves the sweep sees one.
// (b) Statically, no HTML/SVG/CSS/JS file in dist/ references an absolute http(s) URL where the
//     browser would fetch it (see checks/external.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { DIST, serveDist } from '../support/server.ts';
import { cssExternalUrls, htmlExternalUrls, jsExternalUrls, scanExternalAssets } from './checks/external.ts';
import { sweep } from './checks/sweep.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('no request leaves the site', () => {
  it('no HTML, SVG, CSS or JS file in dist/ loads an asset by absolute URL', () => {
    const { files, found } = scanExternalAssets(DIST);
    console.log(`no-external (static): ${files} files scanned, ${found.length} external asset URLs`);
    expect(files).toBeGreaterThan(0);
    expect(found.map((f) => `${f.file}: ${f.where} ${f.url}`)).toEqual([]);
  });
});

describe('the checks themselves (fixtures)', () => {
  it('the static scan flags CDN scripts, styles, images and fonts, but not links or namespaces', () => {
    const html = [
      '<!doctype html><html><head>',
      '<script src="https://cdn.example/x.js"></script>',
      '<link rel="stylesheet" href="//cdn.example/s.css">',
      '<link rel="preload" as="font" href="https://fonts.example/f.woff2" crossorigin>',
      '<link rel="alternate" hreflang="en" href="https://atlas.example/en/">',
      '<link rel="canonical" href="https://atlas.example/zh/">',
      '<style>@font-face { font-family: X; src: url(https://fonts.example/a.woff2) format("woff2"); }</style>',
      '</head><body>',
      '<a href="https://www.gov.cn/">a link is not a request</a>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="#i"/></svg>',
      '<img src="https://img.example/p.png" srcset="/a.png 1x, https://img.example/p2.png 2x" alt="">',
      '<div style="background: url(&quot;https://img.example/bg.png&quot;)"></div>',
      '<p>Text mentioning https://example.org/ is text.</p>',
      '<script>const el = document.createElement("script"); el.src = "https://cdn.example/late.js";</script>',
      '</body></html>',
    ].join('\n');
    expect(htmlExternalUrls(html).map((h) => h.url)).toEqual([
      'https://cdn.example/x.js',
      '//cdn.example/s.css',
      'https://fonts.example/f.woff2',
      'https://img.example/p.png',
      'https://img.example/p2.png',
      'https://img.example/bg.png',
      'https://fonts.example/a.woff2',
      'https://cdn.example/late.js',
    ]);
    expect(cssExternalUrls('@import "https://fonts.example/css2?family=X"; @import url(/local.css); a { background: url(data:image/png;base64,AAAA) } /* url(https://in.comment/x) */ b { src: url(\'https://fonts.example/b.woff\') }'))
      .toEqual(['https://fonts.example/b.woff', 'https://fonts.example/css2?family=X']);
    // A dummy base for parsing a path (Pagefind's URL normalising) fetches nothing; a real fetch is flagged.
    expect(jsExternalUrls('const u = new URL(`https://example.com${path}`); fetch("https://api.example/x"); new URL(`https://example.com/${x}`)'))
      .toEqual(['https://api.example/x', 'https://example.com/${x}']);
    expect(jsExternalUrls('import x from "https://esm.example/x.js"; await import(\'https://esm.example/y.js\'); fetch(`https://api.example/z`); const ns = "http://www.w3.org/2000/svg"; const doc = "see https://example.org";'))
      .toEqual(['https://esm.example/y.js', 'https://esm.example/x.js', 'https://api.example/z']);
  });

  it('the static scan reads a whole folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-ext-'));
    try {
      writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><script src="https://cdn.example/x.js"></script></head><body><a href="https://example.org/">ok</a></body></html>');
      writeFileSync(join(root, 'a.css'), 'body { font-family: F } @font-face { src: url(https://fonts.example/a.woff2) }');
      writeFileSync(join(root, 'b.js'), 'const a = 1;');
      const { files, found } = scanExternalAssets(root);
      expect(files).toBe(3);
      expect(found.map((f) => `${f.file} ${f.url}`)).toEqual(['a.css https://fonts.example/a.woff2', 'index.html https://cdn.example/x.js']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the browser check records (and blocks) a request to another origin', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-ext-'));
    // 192.0.2.0/24 is TEST-NET-1: never routed; the request is aborted before it is sent anyway.
    const html = '<!doctype html><html lang="en"><head><title>x</title><link rel="stylesheet" href="http://192.0.2.1/s.css"></head><body><img src="http://192.0.2.1/p.png" alt=""></body></html>';
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, '404.html'), html);
    const server = await serveDist(root);
    try {
      const foreign = (await sweep(browser, server.url, ['/'])).flatMap((r) => r.foreign);
      expect(foreign.some((f) => f.startsWith('http://192.0.2.1/s.css'))).toBe(true);
      expect(foreign.some((f) => f.startsWith('http://192.0.2.1/p.png'))).toBe(true);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
