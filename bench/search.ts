// Search in the browser, measured: bytes a first (cold) and a later (warm) query fetch, and the
// time from the last keystroke to the results. Bytes are what a server sending the build's
// precompressed files transfers: a file's .br when the build wrote one, else the file itself.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

/** The queries measured: the first of each language cold, the rest warm. */
export const SEARCH_QUERIES = { zh: ['质押融资', '高价值专利', '三星堆'], en: ['pledge financing', 'geographical indication', 'Sanxingdui'] };
/** A query in traditional characters, measured cold on its own: it must cost what its simplified form costs, plus the table. */
export const TRADITIONAL_QUERY = '知識產權質押融資';
/** The traditional → simplified table the search page loads with a Chinese query (src/shared/traditional.ts). */
export const T2S_TABLE = '/pagefind/atlas-t2s.json';
const KB = 1000;
const fmtKB = (b: number) => `${(b / KB).toFixed(1)} kB`;

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

/** The Search section of bench/REPORT.md. */
export function searchMarkdown(search: SearchFigures[], traditional?: { cold: QueryFigures; table: number }): string[] {
  if (!search.length) return [];
  const L = ['', '## Search (bench/search.ts)', '', 'Bytes are what a server sending the build\'s precompressed files transfers (a file\'s .br where the build wrote one). Cold: a fresh browser opens the search page and types the first query (page, assets, Pagefind, index, the glossary and indicator data the query is expanded with, and the shown results all counted). Warm: the next queries on the same page. Time: from the keystroke completing the query to the finished result list, including the 120 ms pause the page waits for typing to stop.', ''];
  L.push('| Language | Query | Kind | Bytes | Requests | Time | Passages shown |', '|---|---|---|---:|---:|---:|---:|');
  for (const f of search) for (const [kind, q] of [['cold', f.cold], ...f.warm.map((w) => ['warm', w] as const)] as const) L.push(`| ${f.lang} | ${q.query} | ${kind} | ${fmtKB(q.bytes)} | ${q.requests} | ${q.ms} ms | ${q.passages} |`);
  if (traditional) {
    L.push(`| zh | ${traditional.cold.query} (traditional) | cold | ${fmtKB(traditional.cold.bytes)} | ${traditional.cold.requests} | ${traditional.cold.ms} ms | ${traditional.cold.passages} |`);
    L.push('', `Traditional characters: the table that reads them as the plans' simplified characters (${T2S_TABLE}, built from OpenCC's data for the characters that occur in the plans) is ${fmtKB(traditional.table)}, loaded with the first Chinese query; that is all traditional support adds (target ≤ 10 kB).`);
  }
  return L;
}

/** Verdict rows for the warm times. */
export function searchTimeVerdicts(search: SearchFigures[], warmTarget = 300) {
  return search.map((f) => {
    const slowest = Math.max(...f.warm.map((w) => w.ms));
    return { target: `${f.lang}: warm results ≤ ${warmTarget} ms after the last keystroke`, measured: `max ${slowest} ms (${f.warm.map((w) => `${w.ms} ms`).join(', ')}; includes the 120 ms typing pause)`, pass: slowest <= warmTarget };
  });
}

/** Verdict rows for the cold bytes and the traditional table. */
export function searchByteVerdicts(search: SearchFigures[], traditional: { cold: QueryFigures; table: number }, coldTarget = 250 * KB) {
  return [
    ...search.map((f) => ({ target: `${f.lang}: a cold query fetches ≤ ${coldTarget / KB} kB in all`, measured: `${fmtKB(f.cold.bytes)} in ${f.cold.requests} requests ("${f.cold.query}", page included)`, pass: f.cold.bytes <= coldTarget })),
    { target: `zh: a cold query in traditional characters fetches ≤ ${coldTarget / KB} kB in all`, measured: `${fmtKB(traditional.cold.bytes)} in ${traditional.cold.requests} requests ("${traditional.cold.query}", page included)`, pass: traditional.cold.bytes <= coldTarget },
    { target: 'traditional-character support adds ≤ 10 kB', measured: `${fmtKB(traditional.table)} (${T2S_TABLE}, brotli)`, pass: traditional.table <= 10 * KB },
  ];
}

/**
 * Measures the bytes of search alone (no build, no Lighthouse) and updates the search rows and section
 * of bench/REPORT.md. `--dist <dir>`: measure another build (e.g. a scale corpus's dist/); the report is
 * then left alone.
 */
async function main() {
  const root = resolve(import.meta.dirname, '..');
  const at = process.argv.indexOf('--dist');
  const other = at > 0 ? process.argv[at + 1] : undefined;
  const dist = other ? resolve(other) : join(root, 'dist');
  const { serveDist } = await import('../tests/support/server.ts');
  const { launchBrowser } = await import('../tests/support/browser.ts');
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const search: SearchFigures[] = [];
    for (const [lang, qs] of Object.entries(SEARCH_QUERIES) as ['zh' | 'en', string[]][]) search.push(await measureSearch(browser, server.url, dist, lang, qs));
    const traditional = { cold: (await measureSearch(browser, server.url, dist, 'zh', [TRADITIONAL_QUERY])).cold, table: transferBytes(dist, T2S_TABLE) };
    const verdicts = [...searchByteVerdicts(search, traditional), ...searchTimeVerdicts(search)];
    for (const v of verdicts) console.log(`${v.pass ? 'pass' : 'MISS'} ${v.target}: ${v.measured}`);
    for (const f of search) console.log(`${f.lang}: ${[f.cold, ...f.warm].map((q) => `"${q.query}" ${fmtKB(q.bytes)} ${q.requests} req ${q.ms} ms`).join('; ')}`);
    if (other) return;
    const file = join(root, 'bench/REPORT.md');
    let report = readFileSync(file, 'utf8');
    const section = report.match(/\n## Search \(bench\/search\.ts\)\n[\s\S]*?(?=\n## )/);
    if (section) report = report.replace(section[0], `${searchMarkdown(search, traditional).join('\n')}\n`);
    // The verdict rows for search bytes: replaced where they are, the traditional ones added after them.
    const rows = verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.pass ? 'pass' : '**miss**'} |  |`);
    const at = report.split('\n').findIndex((l) => /^\| (zh|en): (a cold query|warm results)/.test(l));
    const lines = report.split('\n').filter((l) => !/^\| (zh|en): (a cold query|warm results)|^\| traditional-character support/.test(l));
    lines.splice(at >= 0 ? at : lines.findIndex((l) => l.startsWith('| search UI')) + 1, 0, ...rows);
    writeFileSync(file, lines.join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
