import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';

const session = useBrowserOnSite();
const TASK = 'chp_2__sec_2__subsec_7'; // Deyang 二、（二）7., the Sanxingdui brand task

describe('the language switch keeps the reader’s place', () => {
  it('from a deep link, it opens the other edition at the same block', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/zh/plans/deyang/#${TASK}`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**/en/plans/deyang/#${TASK}`);
    const box = await page.locator(`#${TASK}`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    await page.close();
  });

  it('after scrolling, it opens the other edition at the block that was being read', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/en/plans/dehua/`);
    const target = 'chp_3__sec_4__subsec_2';
    await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' });
    }, target);
    // The block at the reading line is the first whose bottom is below it: the one placed at 100 px.
    await page.locator('.site-header nav a[hreflang="zh-Hans"]').click();
    await page.waitForURL(`**/zh/plans/dehua/#${target}`);
    await page.close();
  });
});

describe('the parallel view', () => {
  it('side by side at 1280 px: the Chinese and English of each block start at the same height', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/en/plans/chaozhou/parallel/`);
    const offsets = await page.locator('.pair').evaluateAll((pairs) =>
      pairs.map((p) => {
        const [zh, en] = [p.querySelector('.side.zh')!, p.querySelector('.side.en')!].map((s) => s.getBoundingClientRect());
        return { id: p.id, dy: Math.abs(zh!.top - en!.top), dx: en!.left - zh!.left };
      }),
    );
    expect(offsets.length).toBeGreaterThan(80);
    expect(offsets.filter((o) => o.dy > 0.5)).toEqual([]);
    expect(offsets.every((o) => o.dx > 300)).toBe(true);
    await page.close();
  });

  it('on a phone the two languages are stacked', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.url}/zh/plans/deyang/parallel/`);
    const pair = page.locator(`#${TASK}`);
    const [zh, en] = await Promise.all([pair.locator('.side.zh').boundingBox(), pair.locator('.side.en').boundingBox()]);
    expect(en!.y).toBeGreaterThanOrEqual(zh!.y + zh!.height - 1);
    await page.close();
  });

  it('the mode is kept in the URL, survives a reload, and every block keeps its anchor', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/zh/plans/deyang/parallel/`);
    await page.locator('.modes a[data-mode="en"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('en');
    await page.reload();
    expect(await page.locator('.parallel').getAttribute('data-mode')).toBe('en');
    expect(await page.locator(`#${TASK} .side.zh`).isVisible()).toBe(false);
    expect(await page.locator(`#${TASK} .side.en`).isVisible()).toBe(true);
    for (const mode of ['zh', 'interleaved', 'side', 'en']) {
      await page.goto(`${session.url}/zh/plans/deyang/parallel/?mode=${mode}#${TASK}`);
      const box = await page.locator(`#${TASK}`).boundingBox();
      expect(box!.height, mode).toBeGreaterThan(0);
      expect(box!.y, mode).toBeLessThan(800);
    }
    await page.close();
  });
});
