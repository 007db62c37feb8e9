// Gate 2: axe-core over every page in the sitemap (and the 404 page), light and dark: zero violations.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
import { serveDist } from '../support/server.ts';
import { sitemapPaths } from './checks/sitemap.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;

interface Found {
  page: string;
  scheme: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the loaded page and flattens the violations. */
async function violations(page: Page, label: string, scheme: string): Promise<Found[]> {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => ({
    page: label,
    scheme,
    rule: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

const format = (found: Found[]) =>
  found.map((f) => `${f.page} [${f.scheme}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.targets.slice(0, 10).join('\n    ')}${f.targets.length > 10 ? `\n    … ${f.targets.length - 10} more` : ''}`).join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function audit(origin: string, paths: string[]): Promise<Found[]> {
  const found: Found[] = [];
  for (const colorScheme of SCHEMES) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(origin + path, { waitUntil: 'load' });
      found.push(...(await violations(page, path, colorScheme)));
    }
    await context.close();
  }
  return found;
}

describe('accessibility of the built site', () => {
  it('the sitemap lists every built page (so no page escapes the gates), and nothing else', () => {
    const built = builtPages().filter((p) => p !== '/404.html');
    expect([...sitemapPaths()].sort()).toEqual(built);
  });

  it('axe finds zero violations on every sitemap page and the 404 page, in light and dark mode', async () => {
    const server = await serveDist();
    try {
      const paths = [...sitemapPaths(), '/404.html'];
      const found = await audit(server.url, paths);
      console.log(`a11y: ${paths.length} pages × ${SCHEMES.length} colour schemes, ${found.length} violations`);
      expect(found, `axe violations:\n${format(found)}`).toEqual([]);
    } finally {
      await server.close();
    }
    // ~95 pages × 2 colour schemes at about a second each on a 2-core machine.
  }, 600_000);
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
      const found = await audit(server.url, ['/']);
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
