// Layout and wording as a reader sees them on a 390 × 844 phone: no page scrolls sideways, no raw block
// ID shows, no English count takes the wrong plural, and chart labels are 12 px or more. The browser
// sweep (tests/site/browser-gates.test.ts) runs these checks on every page; this file proves them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';
import { layoutChecks } from './checks/layout.ts';

const session = useBrowserOnSite();

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
