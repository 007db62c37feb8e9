// Gate 5: every page sets a Content-Security-Policy that allows scripts and styles only from the site
// itself: 'self' plus hashes, no 'unsafe-inline', no 'unsafe-eval', no hosts, schemes or wildcards.
// In the browser, every page is watched for violations by the sweep (tests/site/browser-gates.test.ts).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
import { DIST, serveDist } from '../support/server.ts';
import { checkPageCsp } from './checks/csp.ts';
import { sweep } from './checks/sweep.ts';
import { fileOfPath } from './checks/html.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page recording CSP violation events and console CSP errors from the very start. */
async function openWatched(url: string): Promise<{ page: Page; violations: () => Promise<string[]>; goto: (url: string) => Promise<void>; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleErrors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...consoleErrors],
    // The next page in the same tab: the init script starts a fresh list on every navigation.
    goto: async (next: string) => {
      consoleErrors.length = 0;
      await page.goto(next, { waitUntil: 'load' });
    },
    close: () => context.close(),
  };
}

describe('Content-Security-Policy of the built site', () => {
  it('every page has a CSP meta allowing scripts and styles from the site and hashes only, covering its inline code', () => {
    const pages = builtPages();
    const problems: string[] = [];
    for (const p of pages) {
      const { problems: found } = checkPageCsp(readFileSync(join(DIST, fileOfPath(p)), 'utf8'));
      problems.push(...found.map((f) => `${p}: ${f}`));
    }
    console.log(`csp: ${pages.length} pages checked, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('in a browser, a plan page raises no CSP violation and its inline script runs (the outline follows the reader)', async () => {
    const server = await serveDist();
    const plan = builtPages().find((p) => p.startsWith('/zh/plans/'))!;
    const w = await openWatched(server.url + plan);
    try {
      const { page } = w;
      const hrefs = await page.locator('.toc a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(2);
      const target = hrefs[Math.floor(hrefs.length / 2)]!;
      await page.evaluate((id) => document.getElementById(decodeURIComponent(id.slice(1)))!.scrollIntoView(), target);
      const current = page.locator('.toc a[aria-current="location"]');
      await current.waitFor({ timeout: 5000 });
      expect(await current.count()).toBe(1);
      // The marked entry is the section being read: the target itself, or a heading directly below it
      // that also reached the reading line.
      const marked = (await current.getAttribute('href'))!;
      expect(hrefs.indexOf(marked)).toBeGreaterThanOrEqual(hrefs.indexOf(target));
      expect(await page.evaluate((id) => document.getElementById(decodeURIComponent(id.slice(1)))!.getBoundingClientRect().top, marked)).toBeLessThan(120);
      expect(await w.violations()).toEqual([]);
    } finally {
      await w.close();
      await server.close();
    }
  });
});

describe('the CSP checks themselves (fixtures)', () => {
  const head = (csp: string | null, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>${csp === null ? '' : `<meta http-equiv="content-security-policy" content="${csp}">`}${extra}</head><body><p>x</p></body></html>`;
  const problems = (html: string) => checkPageCsp(html).problems;

  it('accepts self + hashes, and rejects a missing policy, unsafe-inline/eval, hosts and wildcards', () => {
    const code = 'console.log(1)';
    const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(problems(head(`script-src 'self' ${hash}; style-src 'self'`, `<script>${code}</script>`))).toEqual([]);
    expect(problems(head(null))).toEqual(['no <meta http-equiv="content-security-policy">']);
    expect(problems(head("script-src 'self' 'unsafe-inline'; style-src 'self'"))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(problems(head("script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'"))).toEqual(["script-src allows 'unsafe-eval'", "style-src allows 'unsafe-inline'"]);
    expect(problems(head("script-src 'self' https://cdn.example *; style-src 'self' https:"))).toEqual([
      "script-src allows https://cdn.example (only 'self' and hashes are allowed)",
      "script-src allows * (only 'self' and hashes are allowed)",
      "style-src allows https: (only 'self' and hashes are allowed)",
    ]);
    expect(problems(head("script-src 'self'"))).toEqual(['no style-src (nor default-src): anything may load']);
  });

  it('flags inline code the policy would block, and a policy placed after a stylesheet', () => {
    const found = problems(head("script-src 'self'; style-src 'self'", '<script>alert(1)</script><style>p{color:red}</style>').replace('<p>x</p>', '<p style="color:red" onclick="x()">x</p>'));
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^inline <script> .* is not in script-src/);
    expect(found[1]).toMatch(/^inline <style> .* is not in style-src/);
    expect(found[2]).toBe('<p onclick> inline event handler: blocked by the policy');
    expect(found[3]).toBe('<p style="color:red">: style attributes are blocked by the policy');
    const late = '<!doctype html><html><head><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="script-src \'self\'; style-src \'self\'"></head></html>';
    expect(problems(late)).toEqual(['<link> comes before the CSP meta, so the policy does not cover it']);
  });

  it('the browser watcher sees a violation', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-csp-'));
    const html = head("script-src 'self'; style-src 'self'", '<script>document.title = "ran"</script>');
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, '404.html'), html);
    const server = await serveDist(root);
    const w = await openWatched(`${server.url}/`);
    try {
      expect(await w.page.title()).toBe('x');
      expect((await w.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
      // The browser sweep (every page, tests/site/browser-gates.test.ts) sees it too.
      const [report] = await sweep(browser, server.url, ['/']);
      expect(report!.csp.some((v) => v.startsWith('script-src'))).toBe(true);
    } finally {
      await w.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
