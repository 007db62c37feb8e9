// Plans are data: a sixth plan is added to a copy of the project as its seed, hint file and
// translation units (tests/fixtures/sixth-plan/), with no code changed. The copy builds, the plan
// appears on both edition homes, with its outline, in the sitemap and in search, and every quality
// gate passes on the copy's site.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { copyProject, fullBuild } from '../support/project.ts';
import { serveDist } from '../support/server.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/sixth-plan');
const GATES = ['tests/site/links.test.ts', 'tests/site/html-validate.test.ts', 'tests/site/csp.test.ts', 'tests/site/a11y.test.ts', 'tests/site/no-external.test.ts', 'tests/site/browser-gates.test.ts', 'tests/render/editions.test.ts'];
// The copy's browser gates visit a sample (every page type in both languages, the added plan's pages,
// and a few at random), not a second full sweep of what the main run has just checked.
const SAMPLE = { ATLAS_SWEEP_BOUND: '0', ATLAS_SAMPLE_SIZE: '4', ATLAS_SAMPLE_INCLUDE: '/plans/shili/' };

describe('a sixth plan needs no code change', () => {
  const dir = copyProject();
  cpSync(FIXTURE, dir, { recursive: true });
  const build = fullBuild(dir);
  const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

  it('the copy with the added seed, hints and translation units builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toMatch(/search index: \d+ blocks/);
    // Built without SITE_URL, as a forgotten deployment would be: the output says so loudly.
    expect(build.output).toContain('SITE_URL is not set');
  });

  it('appears on both edition homes, with its outline, and in the sitemap in both languages', () => {
    expect(page('zh/index.html')).toContain('href="/zh/plans/shili/"');
    expect(page('en/index.html')).toContain('href="/en/plans/shili/"');
    for (const lang of ['zh', 'en']) {
      const html = page(`${lang}/plans/shili/index.html`);
      expect(html.match(/<nav class="toc"[\s\S]*?<\/nav>/)![0]).toContain('href="#chp_2__subsec_1"');
      expect(page('sitemap.xml')).toContain(`/${lang}/plans/shili/</loc>`);
    }
    expect(page('en/plans/shili/index.html')).toContain('Cultivating the celadon tea set brand');
  });

  it('is found by search in both languages, down to the block', async () => {
    expect(build.status).toBe(0);
    const site = await serveDist(join(dir, 'dist'));
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      for (const [lang, q] of [['zh', '青瓷茶具'], ['en', 'celadon']] as const) {
        await tab.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(q)}`);
        await tab.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="search-results"]')?.dataset.state === 'done');
        const hrefs = await tab.locator('[data-testid="search-results"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs).toContain(`/${lang}/plans/shili/`);
        expect(hrefs.some((h) => h!.startsWith(`/${lang}/plans/shili/?hl=`) && h!.endsWith('#chp_2__subsec_1'))).toBe(true);
        expect(hrefs.every((h) => h!.includes('/plans/shili/'))).toBe(true);
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('passes every quality gate on the copy’s site', () => {
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'site', ...GATES], {
      cwd: resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, ...(process.env.ATLAS_FULL === '1' ? {} : SAMPLE), ATLAS_DIST: join(dir, 'dist') },
      timeout: 600_000,
    });
    expect(run.status, `${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`).toBe(0);
    console.log(`sixth plan: ${(run.stdout.match(/browser gates: \d+ of \d+ pages[^:]*/) ?? [''])[0]} ${(run.stdout.match(/Tests\s+.*passed.*/) ?? ['gates passed'])[0]}`);
  }, 700_000);
});
