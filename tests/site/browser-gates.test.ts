// The browser gates: accessibility (axe, light and dark), no request to another origin, no CSP
// violation, and at phone width no sideways scroll, raw block ID, wrong plural or tiny chart label. One sweep loads each page once and runs all three (tests/site/checks/sweep.ts); the
// pages are every page of the sitemap, the 404 page and an unknown URL, or, once the site is larger
// than the bound, every page type in both languages plus a seeded sample (tests/support/sample.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { pagesToVisit } from '../support/sample.ts';
import { serveDist } from '../support/server.ts';
import { sitemapPaths } from './checks/sitemap.ts';
import { formatAxe, SCHEMES, sweep, type PageReport } from './checks/sweep.ts';

let browser: Browser;
let reports: PageReport[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('browser gates over the built site', () => {
  // Measured: about 0.5–1.2 s a page on 2 cores (the glossary ~8 s: axe's contrast rule over 3,800
  // elements in two schemes); the limit leaves four times that for a busy machine.
  it('a browser loads every page to visit once, in light and dark mode', async () => {
    const server = await serveDist();
    try {
      const visit = pagesToVisit([...sitemapPaths(), '/404.html', '/no-such-page/'], { gate: 'browser gates' });
      for (const type of ['/', '/zh/', '/en/', '/404.html']) expect(visit.pages).toContain(type);
      console.log(visit.summary);
      const started = Date.now();
      reports = await sweep(browser, server.url, visit.pages);
      const slowest = [...reports].sort((a, b) => b.ms - a.ms).slice(0, 3).map((r) => `${r.path} ${r.ms} ms`);
      console.log(`browser gates: ${reports.length} pages × ${SCHEMES.length} colour schemes in ${((Date.now() - started) / 1000).toFixed(1)} s (slowest: ${slowest.join(', ')})`);
      expect(reports.map((r) => r.path)).toEqual(visit.pages);
    } finally {
      await server.close();
    }
  }, 600_000);

  it('axe finds zero violations, in light and dark mode', () => {
    const found = reports.flatMap((r) => r.axe);
    console.log(`a11y: ${reports.length} pages × ${SCHEMES.length} colour schemes, ${found.length} violations`);
    expect(reports.length).toBeGreaterThan(0);
    expect(found, `axe violations:\n${formatAxe(found)}`).toEqual([]);
  });

  it('no page requests anything from another origin', () => {
    const foreign = reports.flatMap((r) => r.foreign.map((f) => `${r.path}: ${f}`));
    console.log(`no-external (browser): ${reports.length} pages × ${SCHEMES.length} colour schemes, ${foreign.length} foreign requests`);
    expect(reports.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  it('at 390 px no page scrolls sideways, shows a raw block ID, a wrong English plural or a chart label under 12 px', () => {
    const found = reports.flatMap((r) => r.phone.map((p) => `${r.path} ${p}`));
    console.log(`layout (390 px): ${reports.length} pages, ${found.length} problems`);
    expect(reports.length).toBeGreaterThan(0);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('no page raises a CSP violation', () => {
    const found = reports.flatMap((r) => r.csp.map((v) => `${r.path}: ${v}`));
    console.log(`csp (browser): ${reports.length} pages, ${found.length} violations`);
    expect(reports.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
