// Search recall and precision, measured through the search page in a real browser. The terms and
// the expected plans and blocks are computed from the rendered plan pages (substring search over
// each block's text), never listed by hand.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { newStemmer } from 'snowball-stemmers';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { findAll, hasClass, textOf } from '../support/html.ts';
import { DIST } from '../support/server.ts';
import { useBrowserOnSite } from '../support/session.ts';

type Element = DefaultTreeAdapterMap['element'];
const root = resolve(import.meta.dirname, '../..');
const session = useBrowserOnSite();
const EID = /^(title|notice|preamble|attachments|colophon|chp|annex)(_\d+)?(__[a-z]+(_\d+)?)*$/;
const attr = (el: Element, n: string) => el.attrs.find((a) => a.name === n)?.value;

/** Every addressable block of a rendered plan page: heading, paragraph, item, row, note; a table by its caption. */
function renderedBlocks(lang: 'zh' | 'en', slug: string): Map<string, string> {
  const doc = parse(readFileSync(join(DIST, lang, 'plans', slug, 'index.html'), 'utf8'));
  const body = findAll(doc, (el) => hasClass(el, 'plan-body'))[0]!;
  const out = new Map<string, string>();
  for (const el of findAll(body, (e) => EID.test(attr(e, 'id') ?? '') && /^(p|h[2-6]|tr|table)$/.test(e.tagName))) {
    const node = el.tagName === 'table' ? findAll(el, (e) => e.tagName === 'caption')[0] : el;
    // A row's cells are separate texts: a term does not run from one cell into the next.
    const text = el.tagName === 'tr' ? findAll(el, (e) => /^t[dh]$/.test(e.tagName)).map(textOf).join(' | ') : node && textOf(node);
    if (text) out.set(attr(el, 'id')!, text.replace(/\s+/g, ' ').trim());
  }
  return out;
}

const plans = planSlugs(root);
const blocks = plans.flatMap((plan) => {
  const zh = renderedBlocks('zh', plan);
  const en = renderedBlocks('en', plan);
  return [...zh].map(([eid, text]) => ({ plan, eid, zh: text, en: en.get(eid) ?? '' }));
});
const all = (s: string) => s.replace(/\s+/g, '');

// English words match on their Snowball stem, as the index does (ceramic finds ceramics, centre
// does not find central); a quoted phrase, or a hyphenated term, is its words' stems in order.
const stemmer = newStemmer('english');
const stems = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => stemmer.stem(w));
const hasRun = (hay: string[], run: string[]) => hay.some((_, k) => run.every((w, j) => hay[k + j] === w));

/**
 * The blocks a query must find. Its terms (space-separated, or quoted) must all occur: a Chinese term
 * as an exact substring of the block's Chinese (whitespace aside), an English term as its words'
 * stems in order among the block's English words.
 */
function expected(query: string): Set<string> {
  const terms = [...query.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const en = new Map(blocks.map((b) => [b, stems(b.en)]));
  const tests = terms.map((t) => {
    if (/\p{Script=Han}/u.test(t)) return (b: (typeof blocks)[number]) => all(b.zh).includes(all(t));
    const run = stems(t);
    return (b: (typeof blocks)[number]) => hasRun(en.get(b)!, run);
  });
  return new Set(blocks.filter((b) => tests.every((test) => test(b))).map((b) => `${b.plan}#${b.eid}`));
}

// Terms: from the glossary (every recurring term of the plans), then stretches of plan text picked
// by a fixed pseudo-random sequence, then terms that occur nowhere (to measure precision).
const glossary = load(readFileSync(join(root, 'content/glossary/terms.yaml'), 'utf8')) as { zh: string; en: string }[];
let seed = 20261124;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const zhTerms = glossary.filter((_, k) => k % 5 === 0).map((t) => t.zh);
while (zhTerms.length < 85) {
  const b = blocks[Math.floor(next() * blocks.length)]!;
  const runs = b.zh.match(/\p{Script=Han}{2,}/gu) ?? [];
  const run = runs[Math.floor(next() * runs.length)];
  if (!run) continue;
  const len = 2 + Math.floor(next() * Math.min(5, run.length - 1));
  const at = Math.floor(next() * (run.length - len + 1));
  zhTerms.push(run.slice(at, at + len));
}
const absent = glossary.flatMap((a, k) => [`${a.zh}${glossary[(k * 7 + 3) % glossary.length]!.zh}`]).filter((t) => expected(t).size === 0).slice(0, 5);
zhTerms.push('专利权质押', ...absent, '质押融资 地理标志');
const enTerms = glossary.map((t) => t.en).filter((t) => /^[a-z][a-z -]+$/i.test(t) && expected(t).size > 0).filter((_, k) => k % 6 === 0).slice(0, 32);
enTerms.push('ceramic', '"pledge financing"', 'pledge financing', 'Sanxingdui');
const crossZh = glossary.filter((_, k) => k % 31 === 7).map((t) => t.zh).slice(0, 6); // Chinese typed on /en/search/
const crossEn = enTerms.filter((_, k) => k % 7 === 3).slice(0, 5); // English typed on /zh/search/

interface Found {
  plans: Set<string>;
  blocks: Set<string>;
}

/** Types the query into the search page, opens every "show all", and collects what the results link to. */
async function search(page: Page, q: string): Promise<Found> {
  await page.locator('#search-q').fill(q);
  await page.locator('#search-q').press('Enter');
  const list = page.locator('[data-testid="search-results"]');
  await page.waitForFunction((q) => {
    const l = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;
    return l.dataset.query === q && l.dataset.state === 'done';
  }, q);
  // Open every page of plans and every plan's "show all", as a reader would, until all have loaded.
  for (;;) {
    const more = await page.evaluate(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.show-more-plans, .show-all');
      buttons.forEach((b) => !b.disabled && b.click());
      return buttons.length;
    });
    if (!more) break;
    await page.waitForFunction(() => ![...document.querySelectorAll<HTMLButtonElement>('.show-more-plans, .show-all')].some((b) => b.disabled));
  }
  const hrefs = await list.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const found: Found = { plans: new Set(), blocks: new Set() };
  for (const h of hrefs) {
    const u = new URL(h);
    const plan = /\/plans\/([^/]+)\//.exec(u.pathname)?.[1];
    if (!plan) continue;
    if (u.hash) found.blocks.add(`${plan}#${decodeURIComponent(u.hash.slice(1))}`);
    else found.plans.add(plan);
  }
  return found;
}

interface Tally {
  planHit: number;
  planExpected: number;
  planFound: number;
  planRight: number;
  blockHit: number;
  blockExpected: number;
  blockFound: number;
  blockRight: number;
  misses: string[];
}

async function measure(lang: 'zh' | 'en', terms: string[]): Promise<Tally> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}/${lang}/search/`);
  const t: Tally = { planHit: 0, planExpected: 0, planFound: 0, planRight: 0, blockHit: 0, blockExpected: 0, blockFound: 0, blockRight: 0, misses: [] };
  for (const q of terms) {
    const want = expected(q);
    const wantPlans = new Set([...want].map((b) => b.split('#')[0]!));
    const got = await search(page, q);
    t.planExpected += wantPlans.size;
    t.planFound += got.plans.size;
    t.planHit += [...wantPlans].filter((p) => got.plans.has(p)).length;
    t.planRight += [...got.plans].filter((p) => wantPlans.has(p)).length;
    t.blockExpected += want.size;
    t.blockFound += got.blocks.size;
    t.blockHit += [...want].filter((b) => got.blocks.has(b)).length;
    t.blockRight += [...got.blocks].filter((b) => want.has(b)).length;
    const missed = [...want].filter((b) => !got.blocks.has(b));
    const extra = [...got.blocks].filter((b) => !want.has(b));
    if (missed.length || extra.length) t.misses.push(`${q}: missed ${missed.slice(0, 3).join(' ')}${missed.length > 3 ? '…' : ''} extra ${extra.slice(0, 3).join(' ')}${extra.length > 3 ? '…' : ''}`);
  }
  expect(errors).toEqual([]);
  await page.close();
  return t;
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 100);
function report(name: string, terms: string[], t: Tally) {
  const f = (a: number, b: number) => `${pct(a, b).toFixed(1)}% (${a}/${b})`;
  console.log(`search ${name}: ${terms.length} terms; plan recall ${f(t.planHit, t.planExpected)}, plan precision ${f(t.planRight, t.planFound)}; block recall ${f(t.blockHit, t.blockExpected)}, block precision ${f(t.blockRight, t.blockFound)}`);
  for (const m of t.misses.slice(0, 10)) console.log(`  ${m}`);
}

/** The bars, the same in every language: every plan and nothing but, ≥ 98% of blocks found, ≥ 95% of links right. */
function expectBars(t: Tally): void {
    expect(pct(t.planHit, t.planExpected)).toBe(100);
    expect(pct(t.planRight, t.planFound)).toBe(100);
    expect(pct(t.blockHit, t.blockExpected)).toBeGreaterThanOrEqual(98);
    expect(pct(t.blockRight, t.blockFound)).toBeGreaterThanOrEqual(95);
}

describe('search finds every term, down to the block, in either language', () => {
  it(`Chinese on /zh/search/: ${zhTerms.length} terms, 100% plan recall and precision, block recall ≥ 98% and precision ≥ 95%`, async () => {
    expect(zhTerms.length).toBeGreaterThanOrEqual(80);
    const t = await measure('zh', zhTerms);
    report('zh', zhTerms, t);
    expectBars(t);
  });

  it(`English on /en/search/: ${enTerms.length} terms, the same bars (stemming: ceramic finds ceramics)`, async () => {
    expect(enTerms.length).toBeGreaterThanOrEqual(30);
    const t = await measure('en', enTerms);
    report('en', enTerms, t);
    expectBars(t);
  });

  it(`across languages: ${crossZh.length} Chinese terms on /en/search/ and ${crossEn.length} English terms on /zh/search/`, async () => {
    expect(crossZh.length + crossEn.length).toBeGreaterThanOrEqual(10);
    const a = await measure('en', crossZh);
    const b = await measure('zh', crossEn);
    const t = Object.fromEntries(Object.keys(a).map((k) => [k, k === 'misses' ? [...a.misses, ...b.misses] : (a as never)[k] + (b as never)[k]])) as unknown as Tally;
    report('cross', [...crossZh, ...crossEn], t);
    expectBars(t);
  });
});
