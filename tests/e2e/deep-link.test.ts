import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';

// The 三星堆 task of the Deyang plan: 二、（二）7.
const SANXINGDUI = 'chp_2__sec_2__subsec_7';
const session = useBrowserOnSite();

describe('deep links to a block', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`opens /zh/plans/deyang/#${SANXINGDUI} with the task in view and highlighted (${viewport.width}px)`, async () => {
      const page = await session.browser.newPage({ viewport });
      await page.goto(`${session.url}/zh/plans/deyang/#${SANXINGDUI}`);
      const target = page.locator(`#${SANXINGDUI}`);
      await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await target.textContent()).toContain('强化“三星堆”品牌全方位保护');
      const box = await target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, vh: innerHeight };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeLessThan(box.vh / 2);
      const [targetBg, neighbourBg] = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        return [getComputedStyle(el).backgroundColor, getComputedStyle(el.nextElementSibling!).backgroundColor];
      }, SANXINGDUI);
      expect(targetBg).not.toBe('rgba(0, 0, 0, 0)');
      expect(targetBg).not.toBe(neighbourBg);
      await page.close();
    });
  }

  it('shows the permalink on keyboard focus and copies the URL with its anchor on click', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    const page = await context.newPage();
    await page.goto(`${session.url}/zh/plans/deyang/`);
    // The permalink is the first of the block's tools, in a group at the end of the block.
    const anchor = page.locator(`#${SANXINGDUI} > .block-tools > a.anchor`);
    const group = page.locator(`#${SANXINGDUI} > .block-tools`);
    expect(await group.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await anchor.focus();
    await expect.poll(() => group.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    // Named by the block's citation label, never by its raw ID.
    expect(await anchor.getAttribute('aria-label')).toBe('复制本处链接：二、（二）7.');
    await anchor.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.url}/zh/plans/deyang/#${SANXINGDUI}`);
    expect(await page.locator('#copy-status').textContent()).toContain('已复制链接');
    await context.close();
  });

  it('links a table row of the Huantai task annex', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.url}/zh/plans/huantai/#annex_1__table_1__row_3`);
    const row = page.locator('#annex_1__table_1__row_3');
    await expect.poll(() => row.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await row.textContent()).toContain('健全知识产权管理机构');
    await page.close();
  });
});
