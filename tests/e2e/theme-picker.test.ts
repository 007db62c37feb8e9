import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';

// The plan picker of a theme page: the plans ticked are the columns shown, and the choice is kept in
// the URL (?plan=a&plan=b) so that the same link opens the same comparison.
const PATH = '/en/compare/themes/ip-finance/';
const session = useBrowserOnSite();

/** What the page shows: the ticked boxes, the hidden and the visible columns, and the URL's plans. */
async function state(page: Page) {
  const boxes = page.locator('[data-plan-picker] input[type="checkbox"]');
  const all = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const ticked = await boxes.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => (e as HTMLInputElement).value));
  const columns = page.locator('.plan-column[data-plan]');
  const hidden: string[] = [];
  const visible: string[] = [];
  for (let k = 0; k < (await columns.count()); k++) {
    const c = columns.nth(k);
    ((await c.isVisible()) ? visible : hidden).push((await c.getAttribute('data-plan'))!);
  }
  return { all, ticked, hidden, visible, url: new URL(page.url()).searchParams.getAll('plan') };
}

describe(`the plan picker on ${PATH}`, () => {
  it('keeps the chosen plans in the URL, restores them from it, and drops the parameter when all are shown', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}${PATH}`);
    const start = await state(page);
    expect(start.all.length).toBe(5);
    expect(start.ticked).toEqual(start.all);
    expect(start.visible).toEqual(start.all);
    expect(start.url).toEqual([]);

    // Untick the second and the fourth plan.
    const off = [start.all[1]!, start.all[3]!];
    const kept = start.all.filter((p) => !off.includes(p));
    for (const plan of off) await page.locator(`[data-plan-picker] input[type="checkbox"][value="${plan}"]`).uncheck();
    await expect.poll(async () => (await state(page)).url).toEqual(kept);
    const after = await state(page);
    expect(after.ticked).toEqual(kept);
    expect(after.hidden.sort()).toEqual([...off].sort());
    expect(after.visible).toEqual(kept);
    for (const plan of off) expect(await page.locator(`.plan-column[data-plan="${plan}"]`).getAttribute('hidden')).not.toBeNull();
    expect(await page.locator('.picker-status').textContent()).toContain(String(kept.length));

    // The same URL in a new page: the same boxes ticked, the same columns hidden.
    const shared = page.url();
    expect(shared).toContain(kept.map((p) => `plan=${p}`).join('&'));
    const again = await session.browser.newPage();
    await again.goto(shared);
    await expect.poll(async () => (await state(again)).hidden.sort()).toEqual([...off].sort());
    const restored = await state(again);
    expect(restored.ticked).toEqual(kept);
    expect(restored.visible).toEqual(kept);
    expect(restored.url).toEqual(kept);

    // Tick all again: every column shows and the URL has no plan parameter.
    for (const plan of off) await again.locator(`[data-plan-picker] input[type="checkbox"][value="${plan}"]`).check();
    await expect.poll(async () => (await state(again)).visible).toEqual(start.all);
    const reset = await state(again);
    expect(reset.ticked).toEqual(start.all);
    expect(reset.hidden).toEqual([]);
    expect(new URL(again.url()).searchParams.has('plan')).toBe(false);
    expect(new URL(again.url()).pathname).toBe(PATH);

    await again.close();
    await page.close();
  });

  it('on a 390 px phone shows one plan at a time, chosen with the switcher and kept in the URL, and never slides sideways', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.url}${PATH}`);
    const switcher = page.locator('[data-plan-picker] select');
    await expect.poll(() => switcher.isVisible()).toBe(true);
    expect(await page.locator('[data-plan-picker] fieldset').isVisible()).toBe(false);
    const all = await switcher.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const first = await state(page);
    expect(first.visible).toEqual([all[0]]);

    const last = all.at(-1)!;
    await switcher.selectOption(last);
    await expect.poll(async () => (await state(page)).visible).toEqual([last]);
    expect((await state(page)).url).toEqual([last]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    // The shared link opens on the same plan; on a wide screen it shows that plan alone, ticked.
    const again = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await again.goto(page.url());
    await expect.poll(async () => (await state(again)).visible).toEqual([last]);
    expect(await again.locator('[data-plan-picker] select').inputValue()).toBe(last);
    await again.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await state(again)).visible).toEqual([last]);
    expect((await state(again)).ticked).toEqual([last]);
    await again.close();
    await page.close();
  });
});
