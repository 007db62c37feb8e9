import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';

// Filters that live in the URL: the goals page's targets table (field, indicator) and an indicator
// page's plan chooser. A choice made on the page is written to the URL, and the same URL opened
// afresh shows the same rows.
const session = useBrowserOnSite();

const visibleRows = (page: Page, selector: string, attr: string) =>
  page.locator(selector).evaluateAll((els, a) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute(a)!), attr);

describe('the targets table on /en/compare/goals/', () => {
  it('filters by field and indicator, keeps the choice in the URL and restores it from there', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/en/compare/goals/`);
    const rows = '.targets-table tbody tr[data-key]';
    const all = await page.locator(rows).evaluateAll((els) => els.map((e) => ({ field: e.getAttribute('data-field')!, key: e.getAttribute('data-key')! })));
    const field = all.find((r) => r.field !== all[0]!.field)!.field;
    await page.locator('[data-targets-filter] select[name="field"]').selectOption(field);
    await expect.poll(() => visibleRows(page, rows, 'data-field')).toEqual(all.filter((r) => r.field === field).map((r) => r.field));
    expect(new URL(page.url()).searchParams.get('field')).toBe(field);
    // Only the field's indicators are offered; choose one.
    const key = all.find((r) => r.field === field)!.key;
    await page.locator('[data-targets-filter] select[name="indicator"]').selectOption(key);
    await expect.poll(() => visibleRows(page, rows, 'data-key')).toEqual(all.filter((r) => r.key === key).map((r) => r.key));
    const url = new URL(page.url());
    expect([url.searchParams.get('field'), url.searchParams.get('indicator')]).toEqual([field, key]);

    const again = await session.browser.newPage();
    await again.goto(url.href);
    await expect.poll(() => visibleRows(again, rows, 'data-key')).toEqual(all.filter((r) => r.key === key).map((r) => r.key));
    expect(await again.locator('[data-targets-filter] select[name="field"]').inputValue()).toBe(field);
    expect(await again.locator('[data-targets-filter] select[name="indicator"]').inputValue()).toBe(key);
    // Back to all fields: every row shows and the URL has no filter.
    await again.locator('[data-targets-filter] select[name="indicator"]').selectOption('');
    await again.locator('[data-targets-filter] select[name="field"]').selectOption('');
    await expect.poll(async () => (await visibleRows(again, rows, 'data-key')).length).toBe(all.length);
    expect(new URL(again.url()).search).toBe('');
    await again.close();
    await page.close();
  });
});

describe('an indicator page', () => {
  it('round-trips its plan filter through the URL', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/en/compare/indicators/pledge-financing/`);
    const items = '.plan-item[data-plan]';
    const plans = await page.locator('[data-plan-picker] input[type="checkbox"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const before = await visibleRows(page, items, 'data-plan');
    expect(new Set(before).size).toBeGreaterThan(2);
    const keep = [...new Set(before)].slice(0, 2);
    for (const p of plans) if (!keep.includes(p)) await page.locator(`[data-plan-picker] input[value="${p}"]`).uncheck();
    await expect.poll(async () => [...new Set(await visibleRows(page, items, 'data-plan'))].sort()).toEqual([...keep].sort());
    expect(new URL(page.url()).searchParams.getAll('plan').sort()).toEqual([...keep].sort());

    const again = await session.browser.newPage();
    await again.goto(page.url());
    await expect.poll(async () => [...new Set(await visibleRows(again, items, 'data-plan'))].sort()).toEqual([...keep].sort());
    const ticked = await again.locator('[data-plan-picker] input[type="checkbox"]').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => (e as HTMLInputElement).value));
    expect(ticked.sort()).toEqual([...keep].sort());
    await again.close();
    await page.close();
  });
});
