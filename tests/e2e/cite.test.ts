import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';

// Citing, collecting and printing in a real browser: the clipboard, the dialog by keyboard alone,
// the basket across plans, languages and a reload, and the print stylesheet.
const session = useBrowserOnSite();
const SANXINGDUI = 'chp_2__sec_2__subsec_7'; // 德阳 二、（二）7. 强化“三星堆”品牌全方位保护
const FINANCE = 'chp_4__sec_3__subsec_5'; // 南安 四、（三）5. 创新知识产权投融资机制
const today = () => new Date().toLocaleDateString('sv'); // YYYY-MM-DD in the browser's (same) time zone

async function page(path: string, opts: { storage?: boolean } = {}): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
  if (opts.storage === false) {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
    });
  }
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  (tab as Page & { errors: string[] }).errors = errors;
  await tab.goto(`${session.url}${path}`);
  return tab;
}
const clipboard = (tab: Page) => tab.evaluate(() => navigator.clipboard.readText());

describe('copy link and cite', () => {
  it('the permalink copies the block’s address', async () => {
    const tab = await page('/zh/plans/deyang/');
    await tab.locator(`#${SANXINGDUI}`).hover();
    await tab.locator(`#${SANXINGDUI} a.anchor`).click();
    expect(await clipboard(tab)).toBe(`${session.url}/zh/plans/deyang/#${SANXINGDUI}`);
    await tab.context().close();
  });

  it('the cite dialog copies GB/T 7714 in Chinese, with section number and title, 未注明日期 and the access date', async () => {
    const tab = await page('/zh/plans/deyang/');
    await tab.locator(`#${SANXINGDUI}`).hover();
    await tab.locator(`.cite-button[data-eid="${SANXINGDUI}"]`).click();
    const dialog = tab.locator('dialog.cite-dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.locator('.cite-copy[data-style="gbt"]').click();
    const text = await clipboard(tab);
    expect(text).toMatch(/^德阳市推进国家知识产权强市建设试点城市工作方案: 二、（二）7\. 强化“三星堆”品牌全方位保护\[EB\/OL\]\. \(未注明日期\)\[(\d{4}-\d{2}-\d{2})\]\. http.*\/zh\/plans\/deyang\/#chp_2__sec_2__subsec_7\.$/);
    expect(text).toContain(`[${today()}]`);
    // Built without SITE_URL: the citation names the address the page is served from, not the build's default.
    expect(text).toContain(` ${session.url}/zh/plans/deyang/#${SANXINGDUI}.`);
    await tab.context().close();
  });

  it('an English citation says it cites the reference translation', async () => {
    const tab = await page('/en/plans/nanan/');
    await tab.locator(`#${FINANCE}`).hover();
    await tab.locator(`.cite-button[data-eid="${FINANCE}"]`).click();
    await tab.locator('dialog.cite-dialog[open] .cite-copy[data-style="chicago"]').click();
    const text = await clipboard(tab);
    expect(text).toMatch(/^General Office of the Nan’an Municipal People’s Government\. /);
    expect(text).toContain('Nan Zheng Ban [2022] No. 8. January 25, 2022. Part 4, Section (3), Item 5, “');
    expect(text).toContain('Reference translation by IP Plan Atlas of the Chinese original, 南安市国家知识产权强县建设示范县工作方案 (南政办〔2022〕8号).');
    expect(text).toMatch(/\/en\/plans\/nanan\/#chp_4__sec_3__subsec_5\.$/);
    await tab.context().close();
  });

  it('the dialog works by keyboard alone: opens from the button, keeps focus inside, closes with Esc and returns focus', async () => {
    const tab = await page(`/en/plans/deyang/`);
    const opener = tab.locator(`.cite-button[data-eid="${SANXINGDUI}"]`);
    await opener.focus();
    await tab.keyboard.press('Enter');
    const dialog = tab.locator('dialog.cite-dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getAttribute('aria-labelledby')).toBe('cite-title');
    expect(await tab.locator('#cite-title').textContent()).toBe('Cite Part 2, Section (2), Item 7');
    for (let k = 0; k < 12; k++) {
      await tab.keyboard.press(k % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await tab.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    }
    await tab.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await tab.evaluate(() => (document.activeElement as HTMLElement).dataset.eid)).toBe(SANXINGDUI);
    expect(await tab.evaluate(() => document.activeElement!.className)).toBe('cite-button');
    await tab.context().close();
  });

  it('selecting text inside a block offers the quotation with its citation', async () => {
    const tab = await page('/zh/plans/deyang/');
    await tab.evaluate((id) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode()!;
      while (!text.textContent!.includes('强化“三星堆”')) text = walker.nextNode()!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('强化“三星堆”');
      range.setStart(text, at);
      range.setEnd(text, at + 14);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, SANXINGDUI);
    const button = tab.locator('.quote-copy');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => clipboard(tab)).toMatch(/^“强化“三星堆”品牌全方位保护”\n德阳市推进国家知识产权强市建设试点城市工作方案: 二、（二）7\. /);
    await tab.context().close();
  });
});

describe('the passage basket', () => {
  it('round-trips: add from two plans in two languages, reload, reorder, export Markdown with the citations', async () => {
    const tab = await page('/zh/plans/deyang/');
    await tab.locator(`.collect-button[data-eid="${SANXINGDUI}"]`).click({ force: true });
    await tab.goto(`${session.url}/en/plans/nanan/`);
    await tab.locator(`.collect-button[data-eid="${FINANCE}"]`).click({ force: true });
    await tab.goto(`${session.url}/en/basket/`);
    await tab.reload();
    await tab.waitForSelector('[data-testid="basket"][data-state="ready"]');
    const items = tab.locator('[data-testid="basket-list"] > li');
    expect(await items.evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.item))).toEqual([`zh:deyang:${SANXINGDUI}`, `en:nanan:${FINANCE}`]);
    await items.nth(1).locator('button[data-action="up"]').click();
    await expect.poll(() => items.first().getAttribute('data-item')).toBe(`en:nanan:${FINANCE}`);
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator('button[data-action="markdown"]').click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    if (process.env.SHOW_MD) console.log(md);
    expect(md).toMatch(/^# Passages from Chinese local IP plans\n/);
    // Nan’an first (moved up), each quotation with a footnote, the notes in Chicago (the English page's default style).
    expect(md.indexOf('[^1]: General Office of the Nan’an Municipal People’s Government.')).toBeGreaterThan(0);
    expect(md).toContain('[^2]: 德阳市推进国家知识产权强市建设试点城市工作方案. n.d. 二、（二）7. “强化‘三星堆’品牌全方位保护.”');
    expect(md).toMatch(/\/zh\/plans\/deyang\/#chp_2__sec_2__subsec_7\.\n$/);
    expect(md).toMatch(/> 5\\\. Innovating IP investment and financing mechanisms\.[^\n]*\[\^1\]/);
    const share = await tab.locator('.share-url').inputValue();
    expect(share).toContain(`?items=en:nanan:${FINANCE},zh:deyang:${SANXINGDUI}`);
    await tab.context().close();
  });

  it('a shared link shows its set without touching the reader’s basket', async () => {
    const tab = await page(`/zh/basket/?items=zh:deyang:${SANXINGDUI}`);
    await tab.waitForSelector('[data-testid="basket"][data-state="ready"]');
    expect(await tab.locator('[data-testid="basket-list"] > li').count()).toBe(1);
    expect(await tab.locator('.basket-shared').isVisible()).toBe(true);
    expect(await tab.evaluate(() => localStorage.getItem('ip-plan-atlas:basket'))).toBeNull();
    await tab.context().close();
  });

  it('without storage it still works for the page, says the basket cannot be kept, and throws nothing', async () => {
    const tab = await page('/en/plans/deyang/', { storage: false });
    await tab.locator(`.collect-button[data-eid="${SANXINGDUI}"]`).click({ force: true });
    await tab.goto(`${session.url}/en/basket/`);
    await tab.waitForSelector('[data-testid="basket"][data-state="ready"]');
    expect(await tab.locator('.basket-storage').isVisible()).toBe(true);
    expect((tab as Page & { errors: string[] }).errors).toEqual([]);
    await tab.context().close();
  });
});

describe('print', () => {
  it('the print stylesheet hides navigation and block tools and shows each block’s ID', async () => {
    const tab = await page('/en/plans/deyang/');
    await tab.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header nav', '.toc', '.site-search', `.block-tools`, '.site-footer']) {
      expect(await tab.locator(sel).first().evaluate((e) => getComputedStyle(e).display), sel).toBe('none');
    }
    expect(await tab.locator(`#${SANXINGDUI}`).evaluate((e) => getComputedStyle(e, '::before').content)).toBe(`"${SANXINGDUI}"`);
    expect(await tab.locator('#chp_2').evaluate((e) => getComputedStyle(e, '::after').content)).toContain('/en/plans/deyang/');
    await tab.emulateMedia({ media: 'screen' });
    expect(await tab.locator('.site-header nav').evaluate((e) => getComputedStyle(e).display)).not.toBe('none');
    await tab.context().close();
  });

  it('printing one section hides the rest of the plan', async () => {
    const tab = await page('/en/plans/deyang/');
    await tab.evaluate(() => { window.print = () => {}; });
    await tab.locator('.print-button[data-eid="chp_2__sec_2"]').click({ force: true });
    await tab.emulateMedia({ media: 'print' });
    const shown = (id: string) => tab.locator(`#${id}`).evaluate((e) => e.getClientRects().length > 0);
    expect(await shown(SANXINGDUI)).toBe(true);
    expect(await shown('chp_2__sec_3__subsec_1')).toBe(false);
    expect(await shown('chp_1')).toBe(false);
    await tab.context().close();
  });
});
