import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/session.ts';

// What a reader meets in the first hour: block tools on a phone, the skip link, collecting tables
// and rows with a visible count, emptying the basket, the 404 page and the language switch on the
// comparison pages. One browser for the file; one phone page and one desktop page, reused.
const session = useBrowserOnSite();
const ROOT = resolve(import.meta.dirname, '../..');
const chaozhouTables = JSON.parse(readFileSync(join(ROOT, 'content/data/tables/chaozhou.json'), 'utf8')).tables as { eid: string; caption: string; columns: string[]; rows: { eid: string; cells: string[] }[] }[];
const TABLE = chaozhouTables[0]!;
const ROW = TABLE.rows.find((r) => r.cells.some((c) => c.includes('质押融资')))!; // the pledge-financing row

let phone: Page;
let desktop: Page;
beforeAll(async () => {
  const touch = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  phone = await touch.newPage();
  const wide = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await wide.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
  desktop = await wide.newPage();
});
afterAll(async () => {
  await phone?.context().close();
  await desktop?.context().close();
});

/** Every block tool of the page (and the shared-wording marker beside them): its block, its box in page coordinates, and whether it is shown. */
const toolBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.block-tools > :is(a, button), .plan-body .shared-marker')].map((t) => {
      const r = t.getBoundingClientRect();
      const group = t.parentElement!;
      return { block: (t as HTMLElement).dataset.eid ?? t.getAttribute('href')!.slice(1), kind: t.className, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height, opacity: getComputedStyle(group).opacity, shown: r.width > 0 && group.checkVisibility() };
    }),
  );

describe('block tools on a phone (390 px, touch)', () => {
  for (const path of ['/zh/plans/chaozhou/', '/en/plans/huantai/', '/zh/plans/deyang/parallel/']) {
    it(`${path}: every tool is shown without hover, at least 24 × 24 px, and no two tools overlap anywhere on the page`, async () => {
      await phone.goto(`${session.url}${path}`);
      await phone.waitForSelector('.block-tools');
      const boxes = (await toolBoxes(phone)).filter((b) => b.shown);
      expect(boxes.length).toBeGreaterThan(100);
      for (const b of boxes) {
        expect(b.opacity, `${b.block} ${b.kind}`).toBe('1');
        expect(Math.min(b.w, b.h), `${b.block} ${b.kind}`).toBeGreaterThanOrEqual(24);
      }
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.block} ${a.kind} × ${b.block} ${b.kind}`);
        }
      }
      console.log(`block tools at 390 px, ${path}: ${boxes.length} tools, ${overlaps.length} overlapping pairs`);
      expect(overlaps).toEqual([]);
    });
  }

  it('their names are citation labels, never IDs; the print icon is drawn (an SVG), not a glyph', async () => {
    await phone.goto(`${session.url}/zh/plans/deyang/`);
    await phone.waitForSelector('.block-tools');
    const names = await phone.locator('.block-tools > :is(a, button)').evaluateAll((ts) => ts.map((t) => t.getAttribute('aria-label')!));
    expect(names.filter((n) => /[a-z]+_\d/.test(n))).toEqual([]);
    expect(names).toContain('引用：二、（二）7.');
    expect(await phone.locator('.print-button svg path').count()).toBeGreaterThan(5);
  });
});

describe('keyboard', () => {
  it('one Tab after the skip link lands in the plan text; the contents are one skip link further', async () => {
    await desktop.goto(`${session.url}/en/plans/deyang/`);
    await desktop.waitForSelector('.block-tools');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement!.getAttribute('href'))).toBe('#plan-text');
    await desktop.keyboard.press('Enter');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => !!document.activeElement!.closest('.plan-body'))).toBe(true);
    await desktop.goto(`${session.url}/en/plans/deyang/`);
    await desktop.keyboard.press('Tab');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement!.getAttribute('href'))).toBe('#toc');
    await desktop.keyboard.press('Enter');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => !!document.activeElement!.closest('.toc'))).toBe(true);
  });
});

describe('collecting tables and rows', () => {
  it('a table goes into the basket with all its rows, and a single row as a passage; the header count follows; out as GFM and as a real table', async () => {
    await desktop.goto(`${session.url}/zh/plans/chaozhou/`);
    await desktop.waitForSelector('.block-tools');
    await desktop.evaluate(() => localStorage.clear());
    const badge = desktop.locator('.basket-badge');
    expect(await badge.isHidden()).toBe(true);
    await desktop.locator(`caption .collect-button[data-eid="${TABLE.eid}"]`).click({ force: true });
    // A visible sign beside the button, and the count on the header's Basket link.
    await desktop.waitForSelector(`caption .block-tools[data-added]`);
    await expect.poll(() => badge.getAttribute('data-count')).toBe('1');
    expect(await badge.isVisible()).toBe(true);
    await desktop.locator(`#${ROW.eid} .collect-button`).click({ force: true });
    await expect.poll(() => badge.getAttribute('data-count')).toBe('2');
    expect(await desktop.locator(`#${ROW.eid} .collect-button`).getAttribute('aria-label')).toMatch(/^将此行加入摘录篮：.*表1 第\d+行$/);

    await desktop.goto(`${session.url}/zh/basket/`);
    await desktop.waitForSelector('[data-testid="basket"][data-state="ready"]');
    const items = desktop.locator('[data-testid="basket-list"] > li');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).locator('tbody tr').count()).toBe(TABLE.rows.length);
    expect(await items.nth(1).locator('tbody tr').count()).toBe(1);
    expect(await items.nth(1).locator('tbody td').allTextContents()).toEqual(ROW.cells);

    const [download] = await Promise.all([desktop.waitForEvent('download'), desktop.locator('button[data-action="markdown"]').click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    const tableLines = md.split('\n').filter((l) => l.startsWith('| '));
    // Header, delimiter and every row of the table; then header, delimiter and row of the single-row passage.
    expect(tableLines).toHaveLength(TABLE.rows.length + 2 + 3);
    expect(md).toContain(`| ${TABLE.columns.join(' | ')} |\n|${' --- |'.repeat(TABLE.columns.length)}\n| ${TABLE.rows[0]!.cells.join(' | ')} |`);
    expect(md).toContain(`| ${ROW.cells.join(' | ')} |`);

    await desktop.locator('button[data-action="rich"]').click();
    await expect.poll(() => desktop.locator('.basket-status').textContent()).toBe('已复制');
    const html = await desktop.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html.match(/<tr><td>/g)).toHaveLength(TABLE.rows.length + 1);
  });

  it('emptying the basket is styled apart and can be undone', async () => {
    const items = desktop.locator('[data-testid="basket-list"] > li');
    const clear = desktop.locator('button[data-action="clear"]');
    expect(await clear.evaluate((b) => b.classList.contains('danger') && getComputedStyle(b).color !== getComputedStyle(b.previousElementSibling!).color)).toBe(true);
    await clear.click();
    await expect.poll(() => items.count()).toBe(0);
    await expect.poll(() => desktop.locator('.basket-badge').isHidden()).toBe(true);
    const undo = desktop.locator('.basket-status button[data-action="undo"]');
    expect(await undo.evaluate((b) => b === document.activeElement)).toBe(true);
    await undo.click();
    await expect.poll(() => items.count()).toBe(2);
    expect(await desktop.evaluate(() => JSON.parse(localStorage.getItem('ip-plan-atlas:basket')!).length)).toBe(2);
    await expect.poll(() => desktop.locator('.basket-badge').getAttribute('data-count')).toBe('2');
  });
});

describe('small slips', () => {
  it('the 404 page of an English address shows English first; of a Chinese one, Chinese', async () => {
    await desktop.goto(`${session.url}/en/plans/nowhere/`);
    await desktop.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await desktop.locator('h1').textContent()).toBe('Page not found');
    await desktop.goto(`${session.url}/zh/plans/nowhere/`);
    expect(await desktop.locator('h1').textContent()).toBe('未找到页面');
  });

  it('the language switch on a comparison page opens the other edition at the section being read', async () => {
    await desktop.goto(`${session.url}/en/compare/goals/`);
    await desktop.evaluate(() => document.getElementById('targets')!.scrollIntoView());
    // The place is read once per frame while scrolling: let two frames pass.
    await desktop.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const link = desktop.locator('header a[data-keep-place]');
    await link.focus();
    expect(await link.getAttribute('href')).toMatch(/\/zh\/compare\/goals\/#targets$/);
    await link.click();
    await desktop.waitForURL(/\/zh\/compare\/goals\/#/);
    const id = new URL(desktop.url()).hash.slice(1);
    expect(await desktop.locator(`[id="${id}"]`).count()).toBe(1);
    const top = await desktop.locator(`[id="${id}"]`).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
  });
});
