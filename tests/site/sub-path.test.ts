// The site's address is one setting (SITE_URL: origin and base path). Built to be served under a
// sub-path, every link of every page still resolves, and none leaves the sub-path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/project.ts';
import { checkLinks, formatProblems } from './checks/links.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'atlas-subpath-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('served under a sub-path', () => {
  const site = 'https://atlas.example.org/ip-plans/';
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv(), SITE_URL: site, ATLAS_OUT_DIR: out } });

  it('builds, and every link and fragment resolves inside the sub-path (the link gate)', () => {
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const r = checkLinks(out, [new URL(site).origin], '/ip-plans/');
    console.log(`sub-path ${site}: ${r.pages} pages, ${r.internal} internal URLs, ${r.problems.length} broken`);
    expect(r.pages).toBeGreaterThan(20);
    expect(r.problems, formatProblems(r.problems)).toEqual([]);
  });

  it('absolute URLs (sitemap, hreflang) and the search index carry the sub-path', () => {
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(`<loc>${site}zh/plans/dehua/</loc>`);
    expect(readFileSync(join(out, 'zh/plans/dehua/index.html'), 'utf8')).toContain(`hreflang="en" href="${site}en/plans/dehua/"`);
    expect(readFileSync(join(out, 'zh/search/index.html'), 'utf8')).toContain('data-pagefind="/ip-plans/pagefind/pagefind.js"');
  });

  it('the checker itself reports a link that escapes the sub-path', () => {
    const r = checkLinks(out, [], '/elsewhere/');
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]!.problem).toMatch(/outside the site's base path \/elsewhere\//);
  });
});
