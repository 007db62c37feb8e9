// One browser pass over the site that serves every page-visiting gate: each page is loaded once, and
// on that load we record requests to other origins (aborted, so nothing is sent), CSP violations,
// axe-core's findings in the light and then the dark colour scheme, and, resized to a phone, the
// layout and wording checks (no sideways scroll, no raw block ID, no wrong plural, readable charts). Loading a page once instead
// of once per gate and scheme, and waiting for the page's own requests rather than for network idle
// (a fixed 500 ms of silence per load), is what keeps the gates inside their time limits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Browser, Page, Request } from 'playwright-core';
import { layoutChecks } from './layout.ts';

/** The widths every page is checked at: axe on a desktop, layout and wording on a phone. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** axe-core tags every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

export interface AxeFinding {
  page: string;
  scheme: Scheme;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface PageReport {
  path: string;
  /** Requests to another origin, with the scheme they were made in (all aborted). */
  foreign: string[];
  /** securitypolicyviolation events and console CSP errors. */
  csp: string[];
  axe: AxeFinding[];
  /** Layout and wording problems at 390 × 844 (checks/layout.ts), as "check: problem". */
  phone: string[];
  /** Milliseconds spent on this page. */
  ms: number;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until the page has no request of its own in flight (the static site's equivalent of idle). */
async function settled(page: Page, inflight: () => number): Promise<void> {
  const deadline = Date.now() + 5_000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    if (inflight() === 0) {
      if (!quietSince) quietSince = Date.now();
      else if (Date.now() - quietSince >= 50) return;
    } else quietSince = 0;
    await page.waitForTimeout(10);
  }
}

async function runAxe(page: Page, path: string, scheme: Scheme): Promise<AxeFinding[]> {
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
  return result.map((v) => ({ page: path, scheme, rule: v.id, impact: v.impact, help: v.help, targets: v.targets }));
}

/**
 * Loads each path once and runs every page-visiting check on it. Pages are shared out to `workers`
 * tabs of one context (default: one per core, at most two), since axe's contrast rule keeps a core busy.
 */
export async function sweep(browser: Browser, origin: string, paths: string[], workers = Math.min(2, availableParallelism())): Promise<PageReport[]> {
  const context = await browser.newContext({ colorScheme: 'light' });
  const reports = new Map<string, PageReport>();
  const queue = [...paths];
  try {
    await context.addInitScript(AXE_SOURCE);
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
    const tab = async () => {
      const page = await context.newPage();
      await page.setViewportSize(DESKTOP);
      let current: PageReport | undefined;
      let scheme: Scheme = 'light';
      let inflight = 0;
      // Requests to another origin are recorded and aborted, so nothing is ever sent.
      await page.route(
        (url) => url.origin !== origin && url.protocol !== 'data:',
        (route) => {
          current?.foreign.push(`${route.request().url()} (${scheme})`);
          return route.abort('blockedbyclient');
        },
      );
      const own = (r: Request) => r.url().startsWith(origin);
      page.on('request', (r) => { if (own(r)) inflight++; });
      page.on('requestfinished', (r) => { if (own(r)) inflight--; });
      page.on('requestfailed', (r) => { if (own(r)) inflight--; });
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) current?.csp.push(`console: ${m.text()}`);
      });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const started = Date.now();
        current = { path, foreign: [], csp: [], axe: [], phone: [], ms: 0 };
        reports.set(path, current);
        inflight = 0;
        scheme = 'light';
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(origin + path, { waitUntil: 'load' });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await settled(page, () => inflight);
        current.axe.push(...(await runAxe(page, path, 'light')));
        // The dark theme is a media query: switching it restyles the same page (and would fetch
        // anything its rules name), so both schemes are checked on one load.
        scheme = 'dark';
        await page.emulateMedia({ colorScheme: 'dark' });
        await settled(page, () => inflight);
        current.axe.push(...(await runAxe(page, path, 'dark')));
        current.csp.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
        // The same page as a phone shows it: resizing reflows it, so no second load is needed.
        await page.setViewportSize(PHONE);
        for (const [name, check] of Object.entries(layoutChecks)) for (const problem of await check(page)) current.phone.push(`${name}: ${problem}`);
        await page.setViewportSize(DESKTOP);
        current.ms = Date.now() - started;
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, workers) }, tab));
  } finally {
    await context.close();
  }
  return paths.map((p) => reports.get(p)!);
}

/** axe findings as readable lines for a failure message. */
export function formatAxe(found: AxeFinding[]): string {
  return found
    .map((f) => `${f.page} [${f.scheme}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.targets.slice(0, 10).join('\n    ')}${f.targets.length > 10 ? `\n    … ${f.targets.length - 10} more` : ''}`)
    .join('\n');
}
