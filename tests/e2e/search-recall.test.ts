// Search recall and precision, measured through the search page in a real browser. The terms and
// the expected plans and blocks are computed from the rendered plan pages (substring search over
// each block's text), never listed by hand.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { newStemmer } from 'snowball-stemmers';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { planSlugs } from '../../converter/index.ts';
import { britishSpelling } from '../../src/shared/spelling.ts';
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
type Block = (typeof blocks)[number];

// English words match on their Snowball stem, as the index does (ceramic finds ceramics, centre
// does not find central), British and American spellings being one word (src/shared/spelling.ts
// states the rule); a quoted phrase, or a hyphenated term, is its words' stems in order.
const stemmer = newStemmer('english');
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const stems = (text: string) => words(text).map((w) => stemmer.stem(britishSpelling(w)));
const hasRun = (hay: string[], run: string[]) => hay.some((_, k) => run.every((w, j) => hay[k + j] === w));
const enStems = new Map(blocks.map((b) => [b, stems(b.en)]));

// The glossary: a term's English forms (rendering, variants, abbreviations), compared word by word,
// case, hyphens and a plural -s aside.
interface GlossaryTerm {
  zh: string;
  en: string;
  variants?: string[];
  abbreviations?: string[];
}
const glossary = load(readFileSync(join(root, 'content/glossary/terms.yaml'), 'utf8')) as GlossaryTerm[];
const key = (s: string) => words(s.replace(/[’']/g, '')).map((w) => britishSpelling(w).replace(/^(.{2,}[^s])s$/, '$1')).join(' ');
const formsOf = (g: GlossaryTerm) => [g.en, ...(g.variants ?? []), ...(g.abbreviations ?? [])];

const glossaryKeys = glossary.map((g) => ({ zh: g.zh, en: key(g.en), forms: new Set(formsOf(g).map(key)) }));

/** The Chinese terms an English term or a Chinese glossary term also stands for (docs/architecture.md, "Search"). */
function glossaryZh(term: string): string[] {
  if (/\p{Script=Han}/u.test(term)) {
    const en = new Set(glossaryKeys.filter((g) => g.zh === term).map((g) => g.en));
    return glossaryKeys.filter((g) => en.has(g.en) && g.zh !== term).map((g) => g.zh);
  }
  const k = key(term);
  return glossaryKeys.filter((g) => g.forms.has(k)).map((g) => g.zh);
}

/** The blocks a single term finds by its own text: a Chinese term in the Chinese, an English one among the English words' stems. */
function own(term: string): (b: Block) => boolean {
  if (/\p{Script=Han}/u.test(term)) return (b) => all(b.zh).includes(all(term));
  const run = stems(term);
  return (b) => hasRun(enStems.get(b)!, run);
}
const anyOf = (tests: ((b: Block) => boolean)[]) => (b: Block) => tests.some((t) => t(b));

/**
 * The blocks a query must find. Its terms (space-separated, or quoted) must all occur, each by its own
 * text or by the Chinese of the glossary term it names; unquoted English words that together name a
 * glossary term are found together, or by that term's Chinese.
 */
function expected(query: string): Set<string> {
  const parts = [...query.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => ({ text: m[1] ?? m[2]!, quoted: m[1] !== undefined }));
  const han = (t: string) => /\p{Script=Han}/u.test(t);
  let tests: ((b: Block) => boolean)[];
  const wholeZh = parts.length > 1 && parts.every((p) => !p.quoted && !han(p.text)) ? glossaryZh(parts.map((p) => p.text).join(' ')) : [];
  if (wholeZh.length) {
    const each = parts.map((p) => own(p.text));
    tests = [anyOf([(b) => each.every((t) => t(b)), ...wholeZh.map(own)])];
  } else tests = parts.map((p) => anyOf([own(p.text), ...glossaryZh(p.text).map(own)]));
  return new Set(blocks.filter((b) => tests.every((test) => test(b))).map((b) => `${b.plan}#${b.eid}`));
}

// Terms: from the glossary (every recurring term of the plans), then stretches of plan text picked
// by a fixed pseudo-random sequence, then terms that occur nowhere (to measure precision).
let seed = 20261124;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const zhTerms = glossary.filter((_, k) => k % 5 === 0).map((t) => t.zh);
const stretches: string[] = [];
while (zhTerms.length + stretches.length < 85) {
  const b = blocks[Math.floor(next() * blocks.length)]!;
  const runs = b.zh.match(/\p{Script=Han}{2,}/gu) ?? [];
  const run = runs[Math.floor(next() * runs.length)];
  if (!run) continue;
  const len = 2 + Math.floor(next() * Math.min(5, run.length - 1));
  const at = Math.floor(next() * (run.length - len + 1));
  stretches.push(run.slice(at, at + len));
}
zhTerms.push(...stretches);
const absent = glossary.flatMap((a, k) => [`${a.zh}${glossary[(k * 7 + 3) % glossary.length]!.zh}`]).filter((t) => expected(t).size === 0).slice(0, 5);
zhTerms.push('专利权质押', ...absent, '质押融资 地理标志');
const enTerms = glossary.map((t) => t.en).filter((t) => /^[a-z][a-z -]+$/i.test(t) && expected(t).size > 0).filter((_, k) => k % 6 === 0).slice(0, 32);
enTerms.push('ceramic', '"pledge financing"', 'pledge financing', 'Sanxingdui');
const crossZh = glossary.filter((_, k) => k % 31 === 7).map((t) => t.zh).slice(0, 6); // Chinese typed on /en/search/
const crossEn = enTerms.filter((_, k) => k % 7 === 3).slice(0, 5); // English typed on /zh/search/

// Place names, from the plans' own facts: province, prefecture and county, in Chinese without the
// administrative suffix (德阳, 四川) and in English as the plans' English region names them (Deyang, Sichuan).
const facts = plans.map((slug) => {
  const front = (lang: string) => load(readFileSync(join(root, `content/plans/${lang}/${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as { region: { province: string; prefecture?: string; county?: string; en: string } };
  return { zh: front('zh').region, en: front('en').region.en };
});
const placesZh = [...new Set(facts.flatMap((f) => [f.zh.province, f.zh.prefecture, f.zh.county].filter((p): p is string => !!p).map((p) => p.replace(/(省|市|县|区)$/u, ''))))];
const placesEn = [...new Set(facts.flatMap((f) => f.en.split(',').map((p) => p.replace(/\(.*?\)/g, '').replace(/\b(City|County|District|Province)\b/g, '').trim())))].filter(Boolean);

// American spellings: the British words of the English text, each turned American by the usual
// correspondences; an American spelling must find what its British spelling finds.
const AMERICAN: [RegExp, string][] = [
  [/^practis(e|es|ed|ing)$/, 'practic$1'],
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/ys(e|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|able|ite)?$/, 'or$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ence$/, 'ense'],
  [/ogue(s?)$/, 'og$1'],
  [/amme(s?)$/, 'am$1'],
  [/ell(ed|ing)$/, 'el$1'],
];
// Words spelt -ise in American English too (a -ize form would be wrong), and -our/-tre words that are not British spellings.
const SAME = /^(advertis|advis|compris|compromis|despis|devis|disguis|enterpris|exercis|expertis|franchis|improvis|merchandis|premis|promis|revis|supervis|surpris|televis|otherwis|precis|concis|rais|nois|cruis|prais|pois|aris|excis|incis|treatis|wis|ris|chemis|reprisal|paradis)/;
const OUR_BRITISH = /^(arbo|ardo|armo|behavio|cando|clamo|colo|endeavo|favo|fervo|flavo|harbo|hono|humo|labo|neighbo|odo|parlo|rigo|rumo|savo|splendo|tumo|valo|vapo|vigo)ur/;
const britishWord = (w: string) =>
  (/(isation|is(e|es|ed|ing))$/.test(w) && !SAME.test(w)) || /ys(e|ed|ing)$/.test(w) || OUR_BRITISH.test(w) || /^(cen|me|li|fib|thea)tres?$/.test(w) || /^(def|off|lic)ence$/.test(w) || /^(catal|dial|anal)ogues?$/.test(w) || /^programmes?$/.test(w) || (/[^aeiou]ell(ed|ing)$/.test(w) && !/(compel|excel|propel|repel|expel|dispel|rebel|impel)l/.test(w));
const britishWords = [...new Set(blocks.flatMap((b) => words(b.en)).filter((w) => w.length > 4 && britishWord(w)))].sort();
const american = britishWords
  .map((w) => {
    const rule = AMERICAN.find(([re]) => re.test(w));
    return rule ? { british: w, american: w.replace(rule[0], rule[1]) } : undefined;
  })
  .filter((x): x is { british: string; american: string } => !!x && x.american !== x.british)
  .filter((x, k, l) => k % Math.max(1, Math.floor(l.length / 40)) === 0 || ['centre', 'utilisation'].includes(x.british));

// Abbreviations and variants, from the glossary; traditional forms of Chinese terms, from OpenCC.
const abbreviations = [...new Set(glossary.flatMap((g) => formsOf(g).filter((f) => /^[A-Z][A-Z&]+$/.test(f))))];
const variants = [...new Set(glossary.flatMap((g) => (g.variants ?? []).filter((f) => !/^[A-Z][A-Z&]+$/.test(f) && /^[a-z][a-z -]+$/i.test(f))))].filter((v) => expected(v).size > 0).filter((_, k) => k % 3 === 0);
const zhVariants = glossary.filter((g) => glossaryZh(g.zh).length > 0).map((g) => g.zh);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditional = [...new Set([...zhTerms.slice(0, 85), ...placesZh].map((s) => ({ simplified: s, traditional: toTraditional(s) })).filter((t) => t.traditional !== t.simplified).map((t) => JSON.stringify(t)))].map((t) => JSON.parse(t) as { simplified: string; traditional: string });

interface Found {
  plans: Set<string>;
  blocks: Set<string>;
  /** Plans listed as holding every term, but in no single passage. */
  apart: Set<string>;
}

/**
 * Submits the query on the search page, opens every page of plans, every plan's passages and every
 * "show all", as a reader would, and collects what the results link to: all in one round trip to the
 * page. Plans listed as matching only across passages (every term in the plan, none in one passage)
 * are collected apart.
 */
async function search(page: Page, q: string): Promise<Found> {
  const hrefs = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const list = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;
    const until = async (ok: () => boolean) => {
      while (!ok()) await new Promise((r) => setTimeout(r, 5));
    };
    input.value = q;
    input.form!.requestSubmit();
    await until(() => list.dataset.query === q && list.dataset.state === 'done');
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('.show-more-plans, .show-passages, .show-all')];
    while (buttons().length) {
      for (const b of buttons()) if (!b.disabled) b.click();
      await until(() => !buttons().some((b) => b.disabled));
    }
    const apart = [...list.querySelectorAll<HTMLElement>('.result-plan[data-apart]')];
    return { hrefs: [...list.querySelectorAll('.result-plan:not([data-apart]) a')].map((a) => (a as HTMLAnchorElement).href), apart: apart.map((li) => li.dataset.plan!) };
  }, q);
  const found: Found = { plans: new Set(), blocks: new Set(), apart: new Set(hrefs.apart) };
  for (const h of hrefs.hrefs) {
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
  /** Plans said to match only across passages, and of those, any that has a passage matching after all (must be none). */
  apart: number;
  apartWrong: number;
  misses: string[];
}

// One page per language, reused by every class: queries run one after another in it.
const pages = new Map<string, Promise<{ page: Page; errors: string[] }>>();
function searchPage(lang: 'zh' | 'en') {
  if (!pages.has(lang))
    pages.set(
      lang,
      (async () => {
        const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${session.url}/${lang}/search/`);
        return { page, errors };
      })(),
    );
  return pages.get(lang)!;
}

/** A query and the blocks it must find: by default those its own text finds (expected()). */
type Probe = string | { q: string; as: string };

async function measure(lang: 'zh' | 'en', probes: Probe[]): Promise<Tally> {
  const { page, errors } = await searchPage(lang);
  const t: Tally = { planHit: 0, planExpected: 0, planFound: 0, planRight: 0, blockHit: 0, blockExpected: 0, blockFound: 0, blockRight: 0, apart: 0, apartWrong: 0, misses: [] };
  for (const probe of probes) {
    const q = typeof probe === 'string' ? probe : probe.q;
    const want = expected(typeof probe === 'string' ? probe : probe.as);
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
    t.apart += got.apart.size;
    t.apartWrong += [...got.apart].filter((p) => wantPlans.has(p)).length;
    const missed = [...want].filter((b) => !got.blocks.has(b));
    const extra = [...got.blocks].filter((b) => !want.has(b));
    if (missed.length || extra.length) t.misses.push(`${q}: missed ${missed.slice(0, 3).join(' ')}${missed.length > 3 ? '…' : ''} extra ${extra.slice(0, 3).join(' ')}${extra.length > 3 ? '…' : ''}`);
  }
  expect(errors).toEqual([]);
  return t;
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 100);
const table: string[] = [];
function report(name: string, lang: string, probes: Probe[], t: Tally) {
  const f = (a: number, b: number) => `${pct(a, b).toFixed(1)}% (${a}/${b})`;
  console.log(`search ${name} [${lang}]: ${probes.length} queries; plan recall ${f(t.planHit, t.planExpected)}, plan precision ${f(t.planRight, t.planFound)}; block recall ${f(t.blockHit, t.blockExpected)}, block precision ${f(t.blockRight, t.blockFound)}; ${t.apart} plans matching only across passages`);
  for (const m of t.misses.slice(0, 10)) console.log(`  ${m}`);
  table.push(`| ${name} | ${lang} | ${probes.length} | ${f(t.blockHit, t.blockExpected)} | ${f(t.blockRight, t.blockFound)} |`);
}
afterAll(() => console.log(['| class | query language | queries | block recall | block precision |', '| --- | --- | ---: | ---: | ---: |', ...table].join('\n')));

/** The bars: ≥ 99% of the blocks found and ≥ 99% of the blocks found right, in every class; the first classes also every plan and nothing but. */
function expectBars(t: Tally, plans = false): void {
  // A plan said to hold the terms only across passages has no passage that holds them all.
  expect(t.apartWrong).toBe(0);
  if (plans) {
    expect(pct(t.planHit, t.planExpected)).toBe(100);
    expect(pct(t.planRight, t.planFound)).toBe(100);
  }
  expect(pct(t.blockHit, t.blockExpected)).toBeGreaterThanOrEqual(99);
  expect(pct(t.blockRight, t.blockFound)).toBeGreaterThanOrEqual(99);
}

const sum = (a: Tally, b: Tally): Tally => Object.fromEntries(Object.keys(a).map((k) => [k, k === 'misses' ? [...a.misses, ...b.misses] : (a as never)[k] + (b as never)[k]])) as unknown as Tally;

describe('search finds every term, down to the block, in either language', () => {
  it(`Chinese on /zh/search/: ${zhTerms.length} terms, 100% plan recall and precision, block recall and precision ≥ 99%`, async () => {
    expect(zhTerms.length).toBeGreaterThanOrEqual(80);
    const t = await measure('zh', zhTerms);
    report('terms and stretches', 'zh', zhTerms, t);
    expectBars(t, true);
  });

  it(`English on /en/search/: ${enTerms.length} terms, the same bars (stemming: ceramic finds ceramics)`, async () => {
    expect(enTerms.length).toBeGreaterThanOrEqual(30);
    const t = await measure('en', enTerms);
    report('terms', 'en', enTerms, t);
    expectBars(t, true);
  });

  it(`across languages: ${crossZh.length} Chinese terms on /en/search/ and ${crossEn.length} English terms on /zh/search/`, async () => {
    expect(crossZh.length + crossEn.length).toBeGreaterThanOrEqual(10);
    const t = sum(await measure('en', crossZh), await measure('zh', crossEn));
    report('across languages', 'zh+en', [...crossZh, ...crossEn], t);
    expectBars(t, true);
  });

  it(`place names find only the passages that name them: ${placesZh.length} in Chinese, ${placesEn.length} in English`, async () => {
    expect(placesZh).toContain('德阳');
    expect(placesEn).toContain('Deyang');
    const zh = await measure('zh', placesZh);
    report('place names', 'zh', placesZh, zh);
    const en = await measure('en', placesEn);
    report('place names', 'en', placesEn, en);
    expectBars(zh);
    expectBars(en);
  });

  it(`American spellings find what the British spelling finds: ${american.length} words (center → centre, utilization → utilisation)`, async () => {
    expect(american.length).toBeGreaterThanOrEqual(20);
    expect(american.map((a) => a.american)).toEqual(expect.arrayContaining(['center', 'utilization']));
    const probes = american.map((a) => ({ q: a.american, as: a.british }));
    const t = await measure('en', probes);
    report('American spellings', 'en', probes, t);
    expectBars(t);
  });

  it(`abbreviations find their term in both languages: ${abbreviations.join(', ')}`, async () => {
    expect(abbreviations).toEqual(expect.arrayContaining(['IPR', 'GI', 'SME', 'PCT']));
    const t = await measure('en', abbreviations);
    report('abbreviations', 'en', abbreviations, t);
    expectBars(t);
  });

  it(`traditional characters find what the simplified ones find: ${traditional.length} terms`, async () => {
    expect(traditional.length).toBeGreaterThanOrEqual(30);
    const probes = traditional.map((t) => ({ q: t.traditional, as: t.simplified }));
    const t = await measure('zh', probes);
    report('traditional characters', 'zh', probes, t);
    expectBars(t);
  });

  it(`glossary variants find their term: ${variants.length} English variants, ${zhVariants.length} Chinese terms sharing a rendering`, async () => {
    expect(variants.length).toBeGreaterThanOrEqual(20);
    const en = await measure('en', variants);
    report('glossary variants', 'en', variants, en);
    const zh = await measure('zh', zhVariants);
    report('glossary variants', 'zh', zhVariants, zh);
    expectBars(en);
    expectBars(zh);
  });
});
