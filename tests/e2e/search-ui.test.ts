import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnSite } from '../support/session.ts';

const root = resolve(import.meta.dirname, '../..');
const compare = JSON.parse(readFileSync(join(root, 'content/data/compare/targets.json'), 'utf8')) as { targets: { key: string; plan: string; eid: string }[] };
const blocksOf = (plan: string) => (JSON.parse(readFileSync(join(root, 'content/data/blocks', `${plan}.json`), 'utf8')) as { blocks: { eid: string; kind: string; text: { zh: string; en: string } }[] }).blocks;
const slugs = readdirSync(join(root, 'content/data/blocks')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const frontOf = (lang: string, slug: string) => load(readFileSync(join(root, `content/plans/${lang}/${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as { shortTitle: string; region: { province: string } };
const glossaryZh = new Set((load(readFileSync(join(root, 'content/glossary/terms.yaml'), 'utf8')) as { zh: string }[]).map((g) => g.zh));
const zhStrings = JSON.parse(readFileSync(join(root, 'src/i18n/zh.json'), 'utf8')) as Record<string, string>;

/**
 * Two Chinese terms that one plan holds, each somewhere, but no block holds together: the first a
 * stretch of the plan's rarest text, the second a run from another block of the same plan. Neither is
 * a glossary term (which would widen the query). Computed from the block data.
 */
function apartPair(): { a: string; b: string; plan: string } {
  const all = slugs.flatMap((plan) => blocksOf(plan).map((b) => ({ plan, zh: b.text.zh })));
  const runs = (t: string) => t.match(/\p{Script=Han}{3,}/gu) ?? [];
  for (const plan of slugs) {
    const own = all.filter((x) => x.plan === plan);
    for (const x of own) for (const run of runs(x.zh)) {
      const a = run.slice(0, 3);
      if (glossaryZh.has(a) || all.some((y) => y.plan !== plan && y.zh.includes(a))) continue;
      for (const y of own) for (const r of runs(y.zh)) {
        const b = r.slice(0, 3);
        if (glossaryZh.has(b) || b === a || all.some((z) => z.zh.includes(a) && z.zh.includes(b))) continue;
        return { a, b, plan };
      }
    }
  }
  throw new Error('no two terms of one plan that no block holds together');
}

const session = useBrowserOnSite();

const settled = (page: Page, q: string) =>
  page.waitForFunction((q) => {
    const l = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;
    return l.dataset.query === q && l.dataset.state === 'done';
  }, q);

describe('the search page', () => {
  it('is opened from any page with / or Ctrl-K, and the header box submits to it with the query in the URL', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/zh/plans/deyang/`);
    // A keyboard and a fine pointer: the box says "press /".
    expect(await page.locator('#site-q').getAttribute('placeholder')).toContain('/');
    // The reading page loads no search code until search is opened.
    const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((x) => (x as HTMLScriptElement).src));
    expect(scripts.join(' ')).not.toMatch(/pagefind|search\./);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('三星堆');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    await settled(page, '三星堆');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=三星堆');
    const first = page.locator('[data-testid="search-results"] .sub-results a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/zh\/plans\/deyang\/\?hl=.+#chp_2__sec_2__subsec_7$/);
    await page.close();
  });

  it('keeps filters in the URL, restores them on load, and applies them', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/en/search/?q=${encodeURIComponent('pledge financing')}&province=${encodeURIComponent('福建省')}&part=tasks`);
    await settled(page, 'pledge financing');
    expect(await page.locator('select[name="province"]').inputValue()).toBe('福建省');
    expect(await page.locator('select[name="part"]').inputValue()).toBe('tasks');
    const plans = await page.locator('.result-plan h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((h) => /\/(dehua|nanan)\//.test(h!))).toBe(true);
    await page.locator('select[name="plan"]').selectOption('dehua');
    await settled(page, 'pledge financing');
    expect(new URL(page.url()).searchParams.get('plan')).toBe('dehua');
    expect(await page.locator('.result-plan').count()).toBe(1);
    await page.close();
  });

  it('a single character gives results, not an error; a term found nowhere says so', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.url}/zh/search/?q=${encodeURIComponent('瓷')}`);
    await settled(page, '瓷');
    expect(await page.locator('.result-plan').count()).toBeGreaterThan(0);
    await page.goto(`${session.url}/zh/search/?q=${encodeURIComponent('专利权质押')}`);
    await settled(page, '专利权质押');
    expect(await page.locator('.result-plan').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toContain('专利权质押');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a result opens its block with the term highlighted there; excerpts have no spaces between characters', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/en/search/?q=${encodeURIComponent('质押融资')}`);
    await settled(page, '质押融资');
    const excerpt = await page.locator('.excerpt[lang="zh-Hans"]').first().textContent();
    expect(excerpt).toContain('质押融资');
    expect(excerpt).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    // Through the Chinese search page, to the Chinese text, where the term itself is marked.
    await page.goto(`${session.url}/zh/search/?q=${encodeURIComponent('质押融资')}`);
    await settled(page, '质押融资');
    const link = page.locator('[data-testid="search-results"] .sub-results a').first();
    await link.click();
    await page.waitForURL(/\?hl=.+#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const block = page.locator(`[id="${id}"]`);
    const box = await block.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(await page.locator(`[id="${id}"]:target`).count()).toBe(1);
    expect(await block.locator('mark.search-hit').allTextContents()).toContain('质押融资');
    await page.close();
  });

  it('the language switch carries the query, the filters and the order; the order is kept in the URL', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/en/search/?q=${encodeURIComponent('pledge financing')}&part=goals&order=doc`);
    await settled(page, 'pledge financing');
    expect(await page.locator('select[name="order"]').inputValue()).toBe('doc');
    await page.locator('.site-header a[hreflang][data-keep-place]').click();
    await page.waitForURL(/\/zh\/search\/\?/);
    await settled(page, 'pledge financing');
    expect(await page.locator('#search-q').inputValue()).toBe('pledge financing');
    expect(await page.locator('select[name="part"]').inputValue()).toBe('goals');
    expect(await page.locator('select[name="order"]').inputValue()).toBe('doc');
    expect(await page.locator('.result-plan').count()).toBeGreaterThan(0);
    await page.locator('select[name="order"]').selectOption('rank');
    await settled(page, 'pledge financing');
    expect(new URL(page.url()).searchParams.has('order')).toBe(false);
    await page.close();
  });

  it('Back from a passage restores the plans opened in full, the passages asked for, and the scroll position', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.url}/en/search/?q=patent`);
    await settled(page, 'patent');
    const plan = page.locator('.result-plan').nth(1);
    const slug = await plan.getAttribute('data-plan');
    if (await plan.locator('.show-passages').count()) {
      await plan.locator('.show-passages').click();
      await plan.locator('.show-all').waitFor();
    }
    // A plan further down whose passages wait for the reader: asked for, they come back after Back too.
    const later = page.locator('.result-plan').nth(2);
    const laterSlug = await later.getAttribute('data-plan');
    expect(await later.locator('.sub-results').count()).toBe(0);
    await later.locator('.show-passages').click();
    await later.locator('.sub-results > li').first().waitFor();
    const laterShown = await later.locator('.sub-results > li').count();
    expect(laterShown).toBeGreaterThan(0);
    const total = Number((await plan.locator('.show-all').textContent())!.replace(/\D/g, ''));
    await plan.locator('.show-all').click();
    await page.waitForFunction((slug) => document.querySelector(`.result-plan[data-plan="${slug}"][data-open]`), slug);
    const link = plan.locator('.sub-results a').nth(total - 2);
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(400);
    await link.click();
    await page.waitForURL(/\/plans\/.+#/);
    await page.goBack();
    await settled(page, 'patent');
    await page.waitForFunction((slug) => document.querySelector(`.result-plan[data-plan="${slug}"][data-open]`), slug);
    expect(await page.locator(`.result-plan[data-plan="${slug}"] .sub-results > li`).count()).toBe(total);
    expect(await page.locator(`.result-plan[data-plan="${laterSlug}"] .sub-results > li`).count()).toBe(laterShown);
    expect(await page.locator(`.result-plan[data-plan="${laterSlug}"] .show-passages`).count()).toBe(0);
    expect(Math.abs((await page.evaluate(() => scrollY)) - scrolled)).toBeLessThan(40);
    await page.close();
  });

  it('on a 390 × 844 phone the filters wait behind "Filters (n)", the first result is on the first screen, and no box says "press /"', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const [lang, q] of [['en', 'pledge financing'], ['zh', '质押融资']] as const) {
      await page.goto(`${session.url}/${lang}/search/?q=${encodeURIComponent(q)}&part=tasks`);
      await settled(page, q);
      const first = await page.locator('.sub-results a').first().boundingBox();
      expect(first!.y + first!.height).toBeLessThanOrEqual(844);
      expect(await page.locator('.search-filters').isVisible()).toBe(false);
      const toggle = page.locator('.filters-toggle');
      expect(await toggle.textContent()).toMatch(/1/);
      await toggle.click();
      expect(await page.locator('.search-filters').isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    }
    await page.goto(`${session.url}/en/plans/dehua/`);
    expect(await page.locator('#site-q').getAttribute('placeholder')).not.toContain('/');
    await context.close();
  });

  it('a query found nowhere offers the nearest glossary terms, in both languages, and says both editions were searched', async () => {
    const page = await session.browser.newPage();
    for (const [lang, q, en, zh] of [['en', 'patnet', 'patent', '专利'], ['zh', '專利權質押', 'patent right', '专利权']] as const) {
      await page.goto(`${session.url}/${lang}/search/?q=${encodeURIComponent(q)}`);
      await settled(page, q);
      expect(await page.locator('.result-plan').count()).toBe(0);
      expect(await page.locator('#search-status').textContent()).toContain(q);
      const offered = await page.locator('.search-suggestions a').allTextContents();
      expect(offered).toEqual(expect.arrayContaining([en, zh]));
      // Each suggestion is a search that finds something.
      await page.locator('.search-suggestions a', { hasText: zh }).first().click();
      await settled(page, zh);
      expect(await page.locator('.result-plan').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('best match first puts a matching heading or target statement first in each plan; document order keeps the plan\'s order; an indicator named gets its card', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const q = 'pledge financing';
    const targets = compare.targets.filter((t) => t.key === 'pledge-financing');
    const eids = async () => page.locator('.result-plan').evaluateAll((groups) => groups.map((g) => [(g as HTMLElement).dataset.plan!, [...g.querySelectorAll<HTMLAnchorElement>('.sub-results a')].map((a) => decodeURIComponent(a.hash.slice(1)))] as const));
    const openAll = () => page.evaluate(async () => {
      while (document.querySelector('.show-passages, .show-all')) {
        for (const b of document.querySelectorAll<HTMLButtonElement>('.show-passages:not([disabled]), .show-all:not([disabled])')) b.click();
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await page.goto(`${session.url}/en/search/?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    // The card counts the plans that set a target for the indicator, from the comparison data.
    expect(await page.locator('.indicator-card').textContent()).toContain(`in ${new Set(targets.map((t) => t.plan)).size} plans`);
    await openAll();
    let led = 0;
    for (const [plan, found] of await eids()) {
      const leads = new Set([...blocksOf(plan).filter((b) => b.kind === 'heading' || b.kind === 'title').map((b) => b.eid), ...compare.targets.filter((t) => t.plan === plan).map((t) => t.eid)]);
      const leading = found.filter((e) => leads.has(e));
      // Every matching lead block comes before every other passage of the plan.
      expect(found.slice(0, leading.length)).toEqual(leading);
      led += leading.length;
    }
    expect(led).toBeGreaterThan(0);
    await page.locator('select[name="order"]').selectOption('doc');
    await settled(page, q);
    expect(new URL(page.url()).searchParams.get('order')).toBe('doc');
    await openAll();
    for (const [plan, found] of await eids()) {
      const order = blocksOf(plan).map((b) => b.eid);
      const at = found.map((e) => order.indexOf(e));
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    await page.close();
  });

  it('counts the plans that hold every term; a plan holding them only in different passages is listed with a note saying so', async () => {
    const { a, b, plan } = apartPair();
    const q = `${a} ${b}`;
    // The plans whose text holds both terms, each somewhere (the plan level's answer).
    const holding = slugs.filter((s) => blocksOf(s).some((x) => x.text.zh.includes(a)) && blocksOf(s).some((x) => x.text.zh.includes(b)));
    expect(holding).toContain(plan);
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/zh/search/?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    expect(await page.locator('#search-status').textContent()).toBe(zhStrings['search.count']!.replace('{plans}', String(holding.length)));
    const group = page.locator(`.result-plan[data-plan="${plan}"]`);
    if (await group.locator('.show-passages').count()) {
      await group.locator('.show-passages').click();
      await group.locator('.apart').waitFor();
    }
    expect(await group.getAttribute('data-apart')).toBe('');
    expect(await group.locator('.apart').textContent()).toBe(zhStrings['search.apart']);
    expect(await group.locator('.sub-results').count()).toBe(0);
    // The plan is still linked, and each term alone finds its passages there.
    expect(await group.locator('h2 a').getAttribute('href')).toBe(`/zh/plans/${plan}/`);
    for (const term of [a, b]) {
      await page.goto(`${session.url}/zh/search/?q=${encodeURIComponent(term)}&plan=${plan}`);
      await settled(page, term);
      const one = page.locator(`.result-plan[data-plan="${plan}"]`);
      if (await one.locator('.show-passages').count()) await one.locator('.show-passages').click();
      await one.locator('.sub-results > li').first().waitFor();
      const n = blocksOf(plan).filter((x) => x.text.zh.includes(term)).length;
      expect(await one.locator('h2 .count').textContent()).toBe(zhStrings['search.passages']!.replace('{n}', String(n)));
    }
    await page.close();
  });

  it('the plan filter lists no plan until a province is chosen, then that province\'s plans; the page embeds no list of plans', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/en/search/`);
    const html = await page.content();
    expect(html).not.toContain('data-plans="{');
    const values = () => page.locator('select[name="plan"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(await values()).toEqual([]);
    const provinces = [...new Set(slugs.map((s) => frontOf('zh', s).region.province))];
    expect(provinces.length).toBeGreaterThan(1);
    for (const province of provinces) {
      await page.locator('select[name="province"]').selectOption(province);
      const want = slugs.filter((s) => frontOf('zh', s).region.province === province);
      await page.waitForFunction((n) => document.querySelectorAll('select[name="plan"] option[value]:not([value=""])').length === n, want.length);
      expect((await values()).sort()).toEqual([...want].sort());
      const labels = await page.locator('select[name="plan"] option:not([value=""])').allTextContents();
      expect(labels.sort()).toEqual(want.map((s) => frontOf('en', s).shortTitle).sort());
    }
    await page.close();
  });
});
