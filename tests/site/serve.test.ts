// `npm start` serves the build with scripts/serve.ts: an address typed or pasted without its trailing
// slash (/en, /en/plans/deyang, /en/search?q=IP) redirects to the page instead of a dead end.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/project.ts';
import { DIST } from '../support/server.ts';
import { sitemapPaths } from './checks/sitemap.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  const port = await new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
  origin = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), '--port', String(port)], { cwd: ROOT, env: { ...cleanEnv(), ATLAS_OUT_DIR: DIST }, stdio: 'ignore' });
  for (let k = 0; k < 100; k++) {
    if (await fetch(`${origin}/`).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('scripts/serve.ts did not answer');
});
afterAll(() => {
  child?.kill();
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

describe('npm start (scripts/serve.ts)', () => {
  it('every page answers without its trailing slash: a 301 to the page, query kept', async () => {
    const paths = sitemapPaths(DIST).filter((p) => p !== '/');
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const r = await get(path.replace(/\/$/, ''));
      expect(r.status, path).toBe(301);
      expect(r.headers.get('location'), path).toBe(path);
    }
    const search = await get('/en/search?q=IP');
    expect(search.headers.get('location')).toBe('/en/search/?q=IP');
    console.log(`npm start: ${paths.length} pages redirect from their address without the slash`);
  });

  it('followed as a browser does, /en and /en/plans/deyang land on the pages; an unknown address gets the 404 page', async () => {
    for (const [path, text] of [['/en', 'lang="en"'], ['/en/plans/deyang', 'Deyang']] as const) {
      const r = await fetch(`${origin}${path}`);
      expect(r.status).toBe(200);
      expect(r.url).toBe(`${origin}${path}/`);
      expect(await r.text()).toContain(text);
    }
    const missing = await get('/en/plans/nowhere');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });
});
