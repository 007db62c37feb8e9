// The reference deployment: Debian's nginx with deploy/nginx.conf as written (only the port and the
// path of dist/ substituted), serving a build made for the sub-path /atlas/. Checks the headers,
// precompressed responses, caching and the 404 page, then runs the deep-link and no-outside-request
// browser checks through it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { cleanEnv } from '../support/project.ts';
import { sitemapPaths } from '../site/checks/sitemap.ts';
import { pagesToVisit } from '../support/sample.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const work = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
// nginx's workers run as an unprivileged user: the folder must be readable as a web root would be.
chmodSync(work, 0o755);
const dist = join(work, 'dist');
let nginx: ChildProcess | undefined;
let origin = '';

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv(), SITE_URL: `${origin}/atlas/`, ATLAS_OUT_DIR: dist } });
  if (build.status !== 0) throw new Error(`build for /atlas/ failed:\n${build.stderr.slice(-2000)}`);
  // With SITE_URL set, the build has nothing to warn about.
  if (`${build.stdout}${build.stderr}`.includes('SITE_URL is not set')) throw new Error('a build with SITE_URL set warned that it was not set');
  const site = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8').replace('listen 8080;', `listen 127.0.0.1:${port};`).replace('/srv/ip-plan-atlas/dist/', `${dist}/`);
  writeFileSync(join(work, 'site.conf'), site);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, d));
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'daemon off;',
      'worker_processes 1;',
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${work}/${d};`),
      `  include ${work}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${test.stderr}`);
  nginx = spawn(NGINX, ['-c', join(work, 'nginx.conf')], { stdio: 'ignore' });
  for (let k = 0; k < 50; k++) {
    if (await fetch(`${origin}/atlas/`).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer:\n${readFileSync(join(work, 'error.log'), 'utf8')}`);
}, 180_000);

afterAll(() => {
  nginx?.kill('SIGQUIT');
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

describe('deploy/nginx.conf serving the build under /atlas/', () => {
  it('pages: security headers as HTTP headers, at least as strict as each page’s own policy, and revalidated', async () => {
    const r = await get('/atlas/zh/plans/deyang/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-cache');
    const csp = r.headers.get('content-security-policy')!;
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(await r.text())![1]!;
    // Every directive of the page's policy is in the header with no more sources than the page allows.
    for (const directive of meta.split(';').map((d) => d.trim())) expect(csp).toContain(directive);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect((await get('/atlas/en/search/')).headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('wasm');
  });

  it('assets: hashed names cached for a year as immutable; precompressed brotli and gzip sent as built', async () => {
    const html = await (await get('/atlas/zh/')).text();
    const css = /href="(\/atlas\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const br = await get(css, { 'accept-encoding': 'br' });
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(Number(br.headers.get('content-length'))).toBe(readFileSync(join(dist, `${css.slice('/atlas/'.length)}.br`)).length);
    const gz = await get('/atlas/zh/', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect((await get('/atlas/pagefind/pagefind.js')).headers.get('cache-control')).toBe('no-cache');
    // Every Pagefind bundle's index is hashed; the plan level's fragments are rewritten after naming, so revalidated.
    const file = (d: string, ext: string) => readdirSync(join(dist, d)).find((f) => f.endsWith(ext))!;
    const plan = readdirSync(join(dist, 'pagefind/plan'))[0]!;
    for (const path of [`pagefind/index/${file('pagefind/index', '.pf_index')}`, `pagefind/plan/${plan}/index/${file(`pagefind/plan/${plan}/index`, '.pf_index')}`, `pagefind/plan/${plan}/fragment/${file(`pagefind/plan/${plan}/fragment`, '.pf_fragment')}`, `pagefind/plan/${plan}/${file(`pagefind/plan/${plan}`, '.pf_meta')}`])
      expect((await get(`/atlas/${path}`)).headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    expect((await get(`/atlas/pagefind/fragment/${file('pagefind/fragment', '.pf_fragment')}`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('downloads and open data with their types and charset: Markdown, plain text, CSV, JSON', async () => {
    expect((await get('/atlas/zh/plans/deyang/plan.md')).headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect((await get('/atlas/zh/plans/deyang/plan.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await get('/atlas/data/targets.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get('/atlas/data/plans.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await get('/atlas/zh/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('the 404 page, with its status, and redirects that keep the reader’s host', async () => {
    const r = await get('/atlas/zh/plans/nowhere/');
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('未找到页面');
    const redirect = await get('/atlas/zh');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/atlas/zh/');
  });

  it('every page answers without its trailing slash: a 301 to the page, query kept', async () => {
    const paths = sitemapPaths(dist).filter((p) => p !== '/');
    for (const path of paths) {
      const r = await get(`/atlas${path.replace(/\/$/, '')}`);
      expect(r.status, path).toBe(301);
      expect(r.headers.get('location'), path).toBe(`/atlas${path}`);
    }
    expect((await get('/atlas/en/search?q=IP')).headers.get('location')).toBe('/atlas/en/search/?q=IP');
    expect((await get('/atlas')).headers.get('location')).toBe('/atlas/');
  });

  it('in a browser: a deep link lands on its block, and no page requests anything from elsewhere or breaks the CSP', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const foreign: string[] = [];
      const violations: string[] = [];
      await page.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('data:') ? route.continue() : (foreign.push(route.request().url()), route.abort())));
      page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
      page.on('console', (m) => process.env.DEBUG_NGINX && console.log('console', m.type(), m.text()));
      page.on('pageerror', (e) => process.env.DEBUG_NGINX && console.log('pageerror', e.message));
      // An address without its slash, typed as people do, lands on the page.
      await page.goto(`${origin}/atlas/en/plans/deyang`);
      expect(page.url()).toBe(`${origin}/atlas/en/plans/deyang/`);
      await page.goto(`${origin}/atlas/zh/plans/deyang/#chp_2__sec_2__subsec_7`);
      const box = await page.locator('#chp_2__sec_2__subsec_7').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(800);
      const visit = pagesToVisit(sitemapPaths(dist), { gate: 'nginx' });
      console.log(visit.summary);
      const paths = visit.pages;
      for (const path of paths) await page.goto(`${origin}/atlas${path}`, { waitUntil: 'load' });
      await page.goto(`${origin}/atlas/en/search/?q=${encodeURIComponent('质押融资')}`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="search-results"]')?.dataset.state === 'done');
      expect(await page.locator('[data-testid="search-results"] a').count()).toBeGreaterThan(5);
      console.log(`nginx: ${paths.length} pages and a search under /atlas/, ${foreign.length} outside requests, ${violations.length} CSP violations`);
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
