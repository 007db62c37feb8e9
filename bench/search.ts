// Search in the browser, measured: bytes a first (cold) and a later (warm) query fetch, and the
// time from the last keystroke to the results. Bytes are what a server sending the build's
// precompressed files transfers: a file's .br when the build wrote one, else the file itself.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface QueryFigures {
  query: string;
  bytes: number;
  requests: number;
  ms: number;
  passages: number;
}

export interface SearchFigures {
  lang: 'zh' | 'en';
  /** The first query on a fresh visit: the page, its assets, Pagefind and the index it needs. */
  cold: QueryFigures;
  /** The next queries, with the page and Pagefind loaded. */
  warm: QueryFigures[];
}

/** Bytes a server with the build's precompressed files sends for a path of dist/. */
export function transferBytes(dist: string, path: string): number {
  const file = join(dist, decodeURIComponent(path).replace(/\/$/, '/index.html'));
  if (existsSync(`${file}.br`)) return statSync(`${file}.br`).size;
  return existsSync(file) ? statSync(file).size : 0;
}

/** Runs the queries on /<lang>/search/ in a fresh browser context: the first cold, the rest warm. */
export async function measureSearch(browser: Browser, origin: string, dist: string, lang: 'zh' | 'en', queries: string[]): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let fetched: string[] = [];
  page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  const run = async (query: string): Promise<QueryFigures> => {
    // Time from the keystroke that completes the query (fill types it and fires input) to the results.
    await page.evaluate(() => ((window as unknown as { t0: number }).t0 = performance.now()));
    await page.locator('#search-q').fill(query);
    const ms = await page.evaluate(
      (q) =>
        new Promise<number>((done) => {
          const start = (window as unknown as { t0: number }).t0;
          const list = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;
          const check = () => (list.dataset.query === q && list.dataset.state === 'done' ? done(performance.now() - start) : requestAnimationFrame(check));
          check();
        }),
      query,
    );
    const bytes = fetched.reduce((n, p) => n + transferBytes(dist, p), 0);
    const figures = { query, bytes, requests: fetched.length, ms: Math.round(ms), passages: await page.locator('.sub-results > li').count() };
    fetched = [];
    return figures;
  };
  await page.goto(`${origin}/${lang}/search/`);
  const cold = await run(queries[0]!);
  const warm: QueryFigures[] = [];
  for (const q of queries.slice(1)) warm.push(await run(q));
  await context.close();
  return { lang, cold, warm };
}
