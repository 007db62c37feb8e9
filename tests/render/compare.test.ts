// The comparison pages and the open data as built (dist/), checked against the curated dataset
// (content/data/compare/, content/compare/, content/data/blocks/) rather than against the code that
// drew them: the charts show exactly the dataset's values, every target is in the targets table,
// the tasks matrix counts the tagged blocks, and the open data files parse back to the same data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import type { BlockRecord } from '../../converter/stages/blocks.ts';
import { findAll, hasClass } from '../support/html.ts';
import { DIST } from '../support/server.ts';
import type { Target as CuratedTarget } from '../../src/schemas/compare.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const root = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(root);
const LANGS = ['zh', 'en'] as const;

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** All text under a node, including site chrome. */
const text = (node: Node): string => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');
const page = (path: string) => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const within = (el: Node, pred: (e: Element) => boolean) => findAll(el, pred);
const ancestor = (el: Element, pred: (e: Element) => boolean): Element | undefined => {
  for (let p = el.parentNode as Element | null; p && 'tagName' in p; p = p.parentNode as Element | null) if (pred(p)) return p;
  return undefined;
};

// A target as content/data/compare/targets.json holds it: the curated fields plus its id and plan.
type Target = CuratedTarget & { id: string; plan: string };
const dataset = JSON.parse(readFileSync(join(root, 'content/data/compare/targets.json'), 'utf8')) as { units: { id: string; zh: string; en: string }[]; targets: Target[] };
const TARGETS = dataset.targets;
const unitName = (id: string, lang: 'zh' | 'en') => dataset.units.find((u) => u.id === id)![lang];
const blocksOf = (slug: string): BlockRecord[] => JSON.parse(readFileSync(join(root, `content/data/blocks/${slug}.json`), 'utf8')).blocks;
type Tags = { tasks: Record<string, string[]>; safeguards: Record<string, string[]> };
const TAGS = new Map(SLUGS.map((s) => [s, load(readFileSync(join(root, `content/compare/tags/${s}.yaml`), 'utf8')) as Tags]));
const THEMES = load(readFileSync(join(root, 'content/compare/themes.yaml'), 'utf8')) as { themes: { id: string }[]; safeguards: { id: string }[] };

/** Indicator key → unit → the (plan, value) pairs the dataset gives, for keys three or more plans give a value for. */
function expectedCharts(): Map<string, Map<string, [string, number][]>> {
  const plans = new Map<string, Set<string>>();
  for (const t of TARGETS) if (t.value !== null) (plans.get(t.key) ?? plans.set(t.key, new Set()).get(t.key)!).add(t.plan);
  const out = new Map<string, Map<string, [string, number][]>>();
  for (const [key, set] of plans) {
    if (set.size < 3) continue;
    const byUnit = new Map<string, [string, number][]>();
    for (const t of TARGETS) if (t.key === key && t.value !== null) (byUnit.get(t.unit) ?? byUnit.set(t.unit, []).get(t.unit)!).push([t.plan, t.value]);
    out.set(key, byUnit);
  }
  return out;
}
const sorted = (pairs: [string, number][]) => [...pairs].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);

describe.each(LANGS)('/%s/compare/goals/', (lang) => {
  const doc = page(`${lang}/compare/goals`);
  const figures = findAll(doc, (el) => el.tagName === 'figure' && hasClass(el, 'target-chart'));
  const expected = expectedCharts();

  it('has a chart for every indicator three or more plans give a value for, one per unit, and no other', () => {
    expect(expected.size).toBeGreaterThan(0);
    const pairs = [...expected].flatMap(([key, units]) => [...units.keys()].map((unit) => `${key} (${unit})`));
    const found: string[] = [];
    for (const [key, units] of expected) {
      for (const unit of units.keys()) {
        const matches = figures.filter((f) => (attr(f, 'data-key') === key || attr(f, 'data-key') === `${key}-${unit}`) && text(within(f, (e) => e.tagName === 'figcaption')[0]!).trim().endsWith(`(${unitName(unit, lang)})`));
        expect(matches.length, `charts for ${key} in ${unit}`).toBe(1);
        found.push(`${key} (${unit})`);
      }
    }
    expect(found).toEqual(pairs);
    expect(figures.length, `charts on the page: ${figures.map((f) => attr(f, 'data-key')).join(', ')}`).toBe(pairs.length);
  });

  it('draws each chart with the dataset’s values for its key and unit, and the table beside it has the same', () => {
    expect(figures.length).toBeGreaterThan(0);
    for (const fig of figures) {
      const dataKey = attr(fig, 'data-key')!;
      const caption = text(within(fig, (e) => e.tagName === 'figcaption')[0]!).trim();
      const key = [...expected.keys()].find((k) => dataKey === k || dataKey.startsWith(`${k}-`))!;
      expect(key, `chart ${dataKey} is for a charted key`).toBeDefined();
      const unit = [...expected.get(key)!.keys()].find((u) => caption.endsWith(`(${unitName(u, lang)})`))!;
      expect(unit, `chart ${dataKey} names its unit: ${caption}`).toBeDefined();
      const want = sorted(expected.get(key)!.get(unit)!);

      const bars = within(fig, (e) => e.tagName === 'g' && hasClass(e, 'bar-row'));
      const rows = within(fig, (e) => e.tagName === 'tr' && attr(e, 'data-plan') !== undefined);
      const pairsOf = (els: Element[]) => els.map((e): [string, number] => [attr(e, 'data-plan')!, Number(attr(e, 'data-value'))]);
      expect(sorted(pairsOf(bars)), `bars of ${dataKey}`).toEqual(want);
      expect(sorted(pairsOf(rows)), `table of ${dataKey}`).toEqual(want);

      // The number printed at a bar is the one in the table row for the same plan and value.
      expect(pairsOf(rows)).toEqual(pairsOf(bars));
      bars.forEach((bar, k) => {
        const label = within(bar, (e) => e.tagName === 'text').at(-1)!;
        const cell = within(rows[k]!, (e) => e.tagName === 'td')[0]!;
        expect(text(label).trim(), `${dataKey} row ${k}`).toBe(text(cell).trim());
        expect(text(label)).toMatch(/\d/);
      });

      // Bar lengths are proportional to the values (a bar is at least 1 unit long).
      const widths = bars.map((b) => Number(attr(within(b, (e) => e.tagName === 'rect')[0]!, 'width')));
      const values = pairsOf(bars).map((p) => p[1]);
      const [wMax, vMax] = [Math.max(...widths), Math.max(...values)];
      expect(widths[values.indexOf(vMax)]).toBe(wMax);
      values.forEach((v, k) => {
        const want = (v / vMax) * wMax;
        if (want >= 1) expect(Math.abs(widths[k]! - want), `${dataKey} bar ${k}`).toBeLessThan(0.01 * wMax);
        else expect(widths[k]).toBeLessThanOrEqual(1);
      });
    }
  });

  it('gives every chart an image role and an accessible name from its caption', () => {
    for (const fig of figures) {
      const svgs = within(fig, (e) => e.tagName === 'svg');
      expect(svgs.length).toBe(1);
      const svg = svgs[0]!;
      expect(attr(svg, 'role')).toBe('img');
      const labelledby = attr(svg, 'aria-labelledby');
      expect(labelledby, attr(fig, 'data-key')).toBeTruthy();
      const named = findAll(doc, (e) => attr(e, 'id') === labelledby);
      expect(named.length, `#${labelledby}`).toBe(1);
      expect(['figcaption', 'caption']).toContain(named[0]!.tagName);
      expect(ancestor(named[0]!, (e) => e === fig), `#${labelledby} is the chart's own caption`).toBeDefined();
      expect(text(named[0]!).trim().length).toBeGreaterThan(3);
      const describedby = attr(svg, 'aria-describedby');
      if (describedby) expect(findAll(doc, (e) => attr(e, 'id') === describedby).length).toBe(1);
    }
  });

  it('puts every target of the dataset in the targets table, once, in its indicator’s row and its plan’s column', () => {
    const table = findAll(doc, (el) => el.tagName === 'table' && hasClass(el, 'targets-table'))[0]!;
    expect(table).toBeDefined();
    const all = within(table, (e) => attr(e, 'data-target') !== undefined);
    expect(all.map((e) => attr(e, 'data-target')).sort()).toEqual(TARGETS.map((t) => t.id).sort());
    const columns = new Map<string, Set<number>>();
    for (const t of TARGETS) {
      const el = all.find((e) => attr(e, 'data-target') === t.id)!;
      const tr = ancestor(el, (e) => e.tagName === 'tr')!;
      expect(attr(tr, 'data-key'), t.id).toBe(t.key);
      const td = ancestor(el, (e) => e.tagName === 'td')!;
      const index = tr.childNodes.filter((n): n is Element => 'tagName' in n).indexOf(td);
      (columns.get(t.plan) ?? columns.set(t.plan, new Set()).get(t.plan)!).add(index);
      const link = within(el, (e) => e.tagName === 'a')[0]!;
      expect(attr(link, 'href'), t.id).toMatch(new RegExp(`/${lang}/plans/${t.plan}/#${t.eid}$`));
    }
    // Each plan's targets are in one column of their own.
    for (const [plan, set] of columns) expect([...set].length, plan).toBe(1);
    const used = [...columns.values()].map((s) => [...s][0]);
    expect(new Set(used).size).toBe(columns.size);
  });
});

describe.each(LANGS)('/%s/compare/tasks/', (lang) => {
  const doc = page(`${lang}/compare/tasks`);
  const table = findAll(doc, (el) => el.tagName === 'table' && hasClass(el, 'matrix'))[0]!;
  const rows = within(table, (e) => e.tagName === 'tr' && attr(e, 'data-theme') !== undefined);
  const cells = (tr: Element) => within(tr, (e) => e.tagName === 'td');

  // Which plan each column is, from the links in it (every plan has some tagged task).
  const columnPlan = new Map<number, string>();
  const conflicts: string[] = [];
  for (const tr of rows) {
    cells(tr).forEach((td, k) => {
      for (const a of within(td, (e) => e.tagName === 'a')) {
        const plan = /#plan-([a-z]+)$/.exec(attr(a, 'href') ?? '')?.[1];
        if (!plan) continue;
        if (columnPlan.has(k) && columnPlan.get(k) !== plan) conflicts.push(`column ${k} links to ${columnPlan.get(k)} and ${plan}`);
        columnPlan.set(k, plan);
      }
    });
  }

  it('has a row for every theme and a column for every plan', () => {
    expect(conflicts).toEqual([]);
    expect(rows.map((r) => attr(r, 'data-theme'))).toEqual(THEMES.themes.map((t) => t.id));
    expect([...columnPlan.values()].sort()).toEqual([...SLUGS].sort());
    for (const tr of rows) expect(cells(tr).length).toBe(SLUGS.length);
  });

  it('shows in each cell the number of that plan’s task blocks tagged with that theme', () => {
    const wrong: string[] = [];
    for (const tr of rows) {
      const theme = attr(tr, 'data-theme')!;
      cells(tr).forEach((td, k) => {
        const plan = columnPlan.get(k)!;
        const want = Object.values(TAGS.get(plan)!.tasks).filter((themes) => themes.includes(theme)).length;
        const shown = text(td).trim();
        // An empty cell shows a dash and says "none" to screen readers only.
        const got = shown.startsWith('–') ? 0 : Number(shown);
        if (got !== want) wrong.push(`${theme} × ${plan}: shows "${shown}", tagged ${want}`);
        const link = within(td, (e) => e.tagName === 'a')[0];
        if (want > 0) expect(attr(link!, 'href')).toMatch(new RegExp(`/${lang}/compare/themes/${theme}/#plan-${plan}$`));
      });
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('totals each plan’s task blocks', () => {
    const foot = within(table, (e) => e.tagName === 'tfoot')[0]!;
    const totals = within(foot, (e) => e.tagName === 'td').map((td) => Number(text(td).trim()));
    expect(totals.length).toBe(SLUGS.length);
    totals.forEach((n, k) => {
      const plan = columnPlan.get(k)!;
      expect(n, plan).toBe(blocksOf(plan).filter((b) => b.part === 'tasks' && b.kind !== 'heading').length);
    });
  });

  it('shows on each theme page the passages tagged with that theme, per plan', () => {
    for (const { id: theme } of THEMES.themes) {
      const themePage = page(`${lang}/compare/themes/${theme}`);
      for (const plan of SLUGS) {
        const column = findAll(themePage, (e) => hasClass(e, 'plan-column') && attr(e, 'data-plan') === plan)[0]!;
        expect(column, `${theme} ${plan}`).toBeDefined();
        const shown = within(column, (e) => attr(e, 'data-eid') !== undefined).map((e) => attr(e, 'data-eid'));
        const want = blocksOf(plan).filter((b) => TAGS.get(plan)!.tasks[b.eid]?.includes(theme)).map((b) => b.eid);
        expect(shown, `${lang} ${theme} ${plan}`).toEqual(want);
      }
    }
  });
});

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(src: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && src[i + 1] === '\n') {
      record.push(field), records.push(record), (record = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || record.length) record.push(field), records.push(record);
  return records;
}

describe('open data', () => {
  it('the CSV parser used here reads quotes, commas and line breaks in fields', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n,,\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['', '', ''],
    ]);
  });

  const bytes = readFileSync(join(DIST, 'data/targets.csv'));
  const csv = bytes.toString('utf8');

  it('/data/targets.csv starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('/data/targets.csv has one row per target and parses back to the same ids and values', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(expect.arrayContaining(['id', 'plan', 'eid', 'key', 'written', 'value', 'unit', 'baseline_written', 'baseline_value', 'flags', 'url_zh', 'url_en']));
    expect(rows.length).toBe(TARGETS.length);
    const records = rows.map((r) => {
      expect(r.length).toBe(header!.length);
      return Object.fromEntries(header!.map((h, k) => [h, r[k]!]));
    });
    expect(records.map((r) => r.id)).toEqual(TARGETS.map((t) => t.id));
    expect(records.some((r) => /[",]/.test(Object.values(r).join('')))).toBe(true);
    TARGETS.forEach((t, k) => {
      const r = records[k]!;
      expect([r.plan, r.eid, r.key, r.unit], t.id).toEqual([t.plan, t.eid, t.key, t.unit]);
      expect(r.written, t.id).toBe(t.written ?? '');
      expect(r.value === '' ? null : Number(r.value), t.id).toBe(t.value);
      expect(r.baseline_written, t.id).toBe(t.baseline?.written ?? '');
      expect(r.baseline_value === '' ? undefined : Number(r.baseline_value), t.id).toBe(t.baseline?.value);
      for (const f of t.flags ?? []) expect(r.flags, t.id).toContain(f.kind);
      for (const l of LANGS) {
        const url = new URL(r[`url_${l}`]!);
        expect(url.pathname.endsWith(`/${l}/plans/${t.plan}/`) && url.hash === `#${t.eid}`, r[`url_${l}`]).toBe(true);
      }
    });
  });

  it('/data/targets.json has every target with its value and source URLs', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/targets.json'), 'utf8')) as { units: unknown[]; targets: (Target & { url: Record<string, string> })[] };
    expect(data.units).toEqual(dataset.units);
    expect(data.targets.map((t) => [t.id, t.plan, t.eid, t.key, t.written, t.value, t.unit])).toEqual(TARGETS.map((t) => [t.id, t.plan, t.eid, t.key, t.written, t.value, t.unit]));
    for (const t of data.targets) for (const l of LANGS) expect(t.url[l], t.id).toMatch(new RegExp(`/${l}/plans/${t.plan}/#${t.eid}$`));
    expect(new Set(data.targets.map((t) => t.plan))).toEqual(new Set(SLUGS));
  });

  it('/data/themes.json has every theme, every category and every tagged block of every plan', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/themes.json'), 'utf8')) as {
      themes: { id: string }[];
      safeguardCategories: { id: string }[];
      tasks: { plan: string; eid: string; themes: string[] }[];
      safeguards: { plan: string; eid: string; categories: string[] }[];
    };
    expect(data.themes.map((t) => t.id)).toEqual(THEMES.themes.map((t) => t.id));
    expect(data.safeguardCategories.map((t) => t.id)).toEqual(THEMES.safeguards.map((t) => t.id));
    const want = (section: 'tasks' | 'safeguards') => SLUGS.flatMap((plan) => Object.entries(TAGS.get(plan)![section]).map(([eid, tags]) => `${plan}:${eid}:${tags.join('+')}`)).sort();
    expect(data.tasks.map((t) => `${t.plan}:${t.eid}:${t.themes.join('+')}`).sort()).toEqual(want('tasks'));
    expect(data.safeguards.map((t) => `${t.plan}:${t.eid}:${t.categories.join('+')}`).sort()).toEqual(want('safeguards'));
    for (const plan of SLUGS) {
      const tasks = blocksOf(plan).filter((b) => b.part === 'tasks' && b.kind !== 'heading').length;
      expect(data.tasks.filter((t) => t.plan === plan).length, plan).toBe(tasks);
    }
  });

  it('/data/plans.json has every plan with every block', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8')) as { plans: { slug: string; title: { zh: string; en: string }; blocks: (BlockRecord & { url: Record<string, string> })[] }[] };
    expect(data.plans.map((p) => p.slug).sort()).toEqual([...SLUGS].sort());
    for (const p of data.plans) {
      const blocks = blocksOf(p.slug);
      expect(p.blocks.length, p.slug).toBe(blocks.length);
      expect(p.blocks.map((b) => b.eid), p.slug).toEqual(blocks.map((b) => b.eid));
      expect(p.blocks.map((b) => b.text.zh), p.slug).toEqual(blocks.map((b) => b.text.zh));
      expect(p.title.zh && p.title.en, p.slug).toBeTruthy();
      for (const b of p.blocks) expect(b.url.en, b.eid).toMatch(new RegExp(`/en/plans/${p.slug}/#${b.eid}$`));
    }
  });
});
