import { expect, it, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnSite } from '../support/session.ts';

const session = useBrowserOnSite();

/** Scrolls the page so that the top of `#id` sits exactly `y` pixels below the viewport top. */
async function placeAt(page: Page, id: string, y: number): Promise<void> {
  await page.evaluate(
    ([id, y]) => {
      const el = document.getElementById(id as string)!;
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - (y as number), behavior: 'instant' });
    },
    [id, y],
  );
}

describe('the outline follows the reader', () => {
  it('on a wide screen: a sidebar whose current entry is marked and scrolled into view', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/zh/plans/dehua/#chp_3__sec_8__subsec_2`);
    expect(await page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const current = page.locator('.toc a[aria-current="location"]');
    await expect.poll(() => current.getAttribute('href')).toBe('#chp_3__sec_8__subsec_2');
    const [entry, box] = await Promise.all([current.boundingBox(), page.locator('.toc').boundingBox()]);
    expect(entry!.y).toBeGreaterThanOrEqual(box!.y);
    expect(entry!.y + entry!.height).toBeLessThanOrEqual(box!.y + box!.height);
    await page.close();
  });

  it('on a phone: a closed bar naming the current section, so the plan starts on the first screen', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.url}/zh/plans/dehua/`);
    expect(await page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await page.locator('h1').boundingBox())!.y).toBeLessThan(844);
    // The reading line is 120 px below the top (toc-follow.ts). With the section's top placed at
    // 100 px, it has crossed the line and the next section has not (a paragraph is taller than
    // 20 px in any font), so this section is the current one whatever the font's metrics.
    await placeAt(page, 'chp_3__sec_2__subsec_3', 100);
    const next = await page.locator('#chp_3__sec_2__subsec_4').boundingBox();
    expect(next!.y).toBeGreaterThan(120);
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe('#chp_3__sec_2__subsec_3');
    await expect(page.locator('.toc-current').textContent()).resolves.toContain('提升知识产权社会协同共治能力');
    expect((await page.locator('.toc').boundingBox())!.y).toBe(0);
    await page.close();
  });
});
