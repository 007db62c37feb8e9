// Gate 2: accessibility. axe-core runs on every page in both colour schemes inside the browser sweep
// (tests/site/browser-gates.test.ts, tests/site/checks/sweep.ts); this file proves that the sitemap
// the sweep reads lists every built page, and that the sweep's axe harness catches what it should.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
import { serveDist } from '../support/server.ts';
import { sitemapPaths } from './checks/sitemap.ts';
import { sweep } from './checks/sweep.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility of the built site', () => {
  it('the sitemap lists every built page (so no page escapes the gates), and nothing else', () => {
    const built = builtPages().filter((p) => p !== '/404.html');
    expect([...sitemapPaths()].sort()).toEqual(built);
  });
});

describe('the axe harness itself (fixture page)', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-a11y-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports an <img> without alt and unreadable contrast in dark mode', async () => {
    const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture</title><meta name="color-scheme" content="light dark"><style>@media (prefers-color-scheme: dark) { p { color: #333; background: #111; } }</style></head>';
    writeFileSync(join(root, 'index.html'), `${head}<body><main><h1>Fixture</h1><img src="/x.svg"><p>Text that is only readable in light mode.</p></main></body></html>`);
    writeFileSync(join(root, '404.html'), `${head}<body><main><h1>404</h1></main></body></html>`);
    const server = await serveDist(root);
    try {
      const found = (await sweep(browser, server.url, ['/'])).flatMap((r) => r.axe);
      const rules = found.map((f) => `${f.scheme} ${f.rule}`);
      expect(rules).toContain('light image-alt');
      expect(rules).toContain('dark image-alt');
      expect(rules).toContain('dark color-contrast');
      expect(rules).not.toContain('light color-contrast');
      expect(found.find((f) => f.rule === 'image-alt')!.targets).toEqual(['img']);
    } finally {
      await server.close();
    }
  });
});
