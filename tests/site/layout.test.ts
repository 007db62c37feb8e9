// Gates over every page in the sitemap, as a reader sees it on a 390 × 844 phone: no page scrolls
// sideways, no raw block ID shows, no English count takes the wrong plural, and chart labels are 12 px or more.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';
import { layoutChecks } from './checks/layout.ts';
import { sitemapPaths } from './checks/sitemap.ts';

const session = useBrowserOnSite();
const PATHS = sitemapPaths();

describe('every page at 390 px', () => {
  it('lists pages of every kind', () => {
    expect(PATHS.some((p) => p.includes('/compare/indicators/'))).toBe(true);
    expect(PATHS.length).toBeGreaterThan(50);
  });

  it('scrolls no page sideways, shows no raw block ID, no wrong English plural and no chart label under 12 px', async () => {
    const page: Page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    for (const path of PATHS) {
      await page.goto(`${session.url}${path}`, { waitUntil: 'load' });
      for (const [name, check] of Object.entries(layoutChecks)) for (const p of await check(page)) problems.push(`${path} ${name}: ${p}`);
    }
    await page.close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, 300_000);
});

describe('the checks themselves', () => {
  it('find a page that scrolls sideways, a raw ID and a wrong plural, and pass a clean page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent('<html lang="en"><body><p style="width:600px">Note: chp_2__sec_3__subsec_4 sets 1 units and 1 passages in 1 plans.</p><code>annex_1__table_1__row_3</code></body></html>');
    expect((await layoutChecks.noSidewaysScroll(page)).length).toBe(1);
    expect((await layoutChecks.noRawBlockIds(page)).join()).toContain('chp_2__sec_3__subsec_4');
    expect((await layoutChecks.noRawBlockIds(page)).join()).not.toContain('annex_1');
    const plurals = (await layoutChecks.noWrongPlurals(page)).join();
    expect(plurals).toContain('"1 units"');
    expect(plurals).toContain('"1 passages"');
    expect(plurals).toContain('"1 plans"');
    await page.setContent('<html lang="en"><body><figure id="f"><svg viewBox="0 0 700 40" style="width:350px;font-size:12px"><text x="0" y="20">Dehua</text></svg></figure></body></html>');
    expect((await layoutChecks.chartLabelsReadable(page)).join()).toContain('6.0 px');
    await page.setContent('<html lang="en"><body><p>1 unit, 2 units, 1 passage in 1 plan, RMB 1 billion, 11 items, 0.1 items.</p></body></html>');
    for (const check of Object.values(layoutChecks)) expect(await check(page)).toEqual([]);
    await page.close();
  });
});
