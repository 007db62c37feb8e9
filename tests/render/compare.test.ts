// The comparison pages and the open data as built (dist/), checked against the curated dataset
// (content/data/compare/, content/compare/, content/data/blocks/) rather than against the code that
// drew them: the charts show exactly the dataset's values, every target is in the targets table,
// the tasks matrix counts the tagged blocks, and the open data files parse back to the same data.
import { readdirSync, readFileSync } from 'node:fs';
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
const blocksOf = (slug: string): BlockRecord[] => JSON.parse(readFileSync(join(root, `content/data/blocks/${slug}.json`), 'utf8')).blocks;
type Tags = { tasks: Record<string, string[]>; safeguards: Record<string, string[]> };
const TAGS = new Map(SLUGS.map((s) => [s, load(readFileSync(join(root, `content/compare/tags/${s}.yaml`), 'utf8')) as Tags]));
const THEMES = load(readFileSync(join(root, 'content/compare/themes.yaml'), 'utf8')) as { themes: { id: string }[]; safeguards: { id: string }[] };

type Commitment = { id: string; plan: string; eid: string; key: string; written: string; direction: string };
type Status = { id: string; plan: string; eid: string; key: string; written: string; value: number; unit: string; kind: string; date: string; from?: string };
const COMMITMENTS = (dataset as unknown as { commitments: Commitment[] }).commitments;
const STATUS = (dataset as unknown as { status: Status[] }).status;

/** Indicator keys that two or more plans speak to (a target, a commitment or a status figure): each has a page. */
const SHARED = (() => {
  const plans = new Map<string, Set<string>>();
  for (const r of [...TARGETS, ...COMMITMENTS, ...STATUS]) (plans.get(r.key) ?? plans.set(r.key, new Set()).get(r.key)!).add(r.plan);
  return [...plans].filter(([, set]) => set.size >= 2).map(([key]) => key);
})();
const byData = (root: Node, name: string) => within(root, (e) => attr(e, name) !== undefined);

describe.each(LANGS)('/%s/compare/goals/', (lang) => {
  const doc = page(`${lang}/compare/goals`);

  it('puts every target of the dataset in the targets table once, in a row that names its indicator and plan', () => {
    const table = findAll(doc, (el) => el.tagName === 'table' && hasClass(el, 'targets-table'))[0]!;
    const rows = within(table, (e) => e.tagName === 'tr' && attr(e, 'data-target') !== undefined);
    expect(rows.map((e) => attr(e, 'data-target')).sort()).toEqual(TARGETS.map((t) => t.id).sort());
    for (const t of TARGETS) {
      const tr = rows.find((e) => attr(e, 'data-target') === t.id)!;
      expect([attr(tr, 'data-key'), attr(tr, 'data-plan')], t.id).toEqual([t.key, t.plan]);
      const link = within(tr, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').includes('/plans/'))[0]!;
      expect(attr(link, 'href'), t.id).toMatch(new RegExp(`/${lang}/plans/${t.plan}/#${t.eid}$`));
    }
  });

  it('links to the page of every indicator two or more plans speak to, and has jump links to its sections', () => {
    expect(SHARED.length).toBeGreaterThan(0);
    const hrefs = new Set(findAll(doc, (e) => e.tagName === 'a').map((a) => attr(a, 'href')));
    for (const key of SHARED) expect(hrefs.has(`/${lang}/compare/indicators/${key}/`), key).toBe(true);
    const jumps = findAll(doc, (e) => e.tagName === 'nav' && hasClass(e, 'jump-links'))[0]!;
    for (const a of within(jumps, (e) => e.tagName === 'a')) expect(findAll(doc, (e) => attr(e, 'id') === attr(a, 'href')!.slice(1)).length, attr(a, 'href')).toBe(1);
  });
});

describe.each(LANGS)('/%s/compare/indicators/<key>/', (lang) => {
  const pages = new Map(SHARED.map((key) => [key, page(`${lang}/compare/indicators/${key}`)]));
  const blockZh = (plan: string, eid: string) => blocksOf(plan).find((b) => b.eid === eid)!.text.zh;

  it('exists for every indicator two or more plans speak to, and for no other', () => {
    const built = readdirSync(join(DIST, lang, 'compare/indicators'));
    expect(built.sort()).toEqual([...SHARED].sort());
  });

  it('lists every target, commitment and status figure of its indicator, each quoting its source and linking to it', () => {
    for (const [key, doc] of pages) {
      const targetRows = within(doc, (e) => e.tagName === 'tr' && hasClass(e, 'plan-item') && attr(e, 'data-target') !== undefined);
      expect(targetRows.map((e) => attr(e, 'data-target')).sort(), key).toEqual(TARGETS.filter((t) => t.key === key).map((t) => t.id).sort());
      for (const tr of targetRows) {
        const t = TARGETS.find((x) => x.id === attr(tr, 'data-target'))!;
        const quote = text(within(tr, (e) => e.tagName === 'blockquote')[0]!);
        if (t.written) expect(quote, t.id).toContain(t.written);
        expect(blockZh(t.plan, t.eid)).toContain(quote.trim());
      }
      const promised = byData(doc, 'data-commitment');
      expect(promised.map((e) => attr(e, 'data-commitment')).sort(), key).toEqual(COMMITMENTS.filter((c) => c.key === key).map((c) => c.id).sort());
      for (const li of promised) {
        const c = COMMITMENTS.find((x) => x.id === attr(li, 'data-commitment'))!;
        expect(text(within(li, (e) => e.tagName === 'blockquote')[0]!), c.id).toContain(c.written);
        expect(within(li, (e) => e.tagName === 'a').some((a) => attr(a, 'href')!.endsWith(`/plans/${c.plan}/#${c.eid}`)), c.id).toBe(true);
      }
      const standing = within(doc, (e) => e.tagName === 'tr' && attr(e, 'data-status') !== undefined);
      expect(standing.map((e) => attr(e, 'data-status')).sort(), key).toEqual(STATUS.filter((f) => f.key === key).map((f) => f.id).sort());
      for (const tr of standing) {
        const f = STATUS.find((x) => x.id === attr(tr, 'data-status'))!;
        expect(Number(attr(tr, 'data-value')), f.id).toBe(f.value);
        expect(text(within(tr, (e) => e.tagName === 'blockquote')[0]!), f.id).toContain(f.written);
      }
    }
  });

  it('draws no chart series that mixes kinds or units, and each chart’s bars and table are the dataset’s targets of that kind and unit', () => {
    let charts = 0;
    for (const [key, doc] of pages) {
      const figures = findAll(doc, (e) => e.tagName === 'figure' && hasClass(e, 'kind-chart'));
      const seen: string[] = [];
      for (const fig of figures) {
        charts++;
        const [kind, unit] = [attr(fig, 'data-kind')!, attr(fig, 'data-unit')!];
        const bars = within(fig, (e) => e.tagName === 'g' && hasClass(e, 'bar-row'));
        const rows = within(fig, (e) => e.tagName === 'tr' && attr(e, 'data-target') !== undefined);
        for (const b of bars) expect([attr(b, 'data-kind'), attr(b, 'data-unit')], `${key} ${kind}`).toEqual([kind, unit]);
        const want = TARGETS.filter((t) => t.key === key && t.value !== null && t.kind === kind && t.unit === unit);
        const ids = (els: Element[]) => els.map((e) => attr(e, 'data-target')).sort();
        expect(ids(bars), `${key} ${kind} ${unit}`).toEqual(want.map((t) => t.id).sort());
        expect(ids(rows), `${key} ${kind} ${unit} table`).toEqual(ids(bars));
        for (const el of [...bars, ...rows]) expect(Number(attr(el, 'data-value'))).toBe(want.find((t) => t.id === attr(el, 'data-target'))!.value);
        // Minimums are drawn differently from levels to reach.
        for (const b of bars) {
          const t = want.find((x) => x.id === attr(b, 'data-target'))!;
          const rect = within(b, (e) => e.tagName === 'rect')[0]!;
          expect(hasClass(rect, 'min'), t.id).toBe(t.comparator === 'at-least' || t.comparator === 'more-than');
        }
        seen.push(...ids(bars) as string[]);
      }
      // Every target with a value is in exactly one panel.
      expect(seen.sort(), key).toEqual(TARGETS.filter((t) => t.key === key && t.value !== null).map((t) => t.id).sort());
    }
    expect(charts).toBeGreaterThan(SHARED.length / 2);
  });

  it('gives every chart an image role and an accessible name from its own caption', () => {
    for (const [key, doc] of pages) {
      for (const fig of findAll(doc, (e) => e.tagName === 'figure' && hasClass(e, 'chart'))) {
        const svg = within(fig, (e) => e.tagName === 'svg')[0]!;
        expect(attr(svg, 'role'), key).toBe('img');
        const named = findAll(doc, (e) => attr(e, 'id') === attr(svg, 'aria-labelledby'));
        expect(named.length, key).toBe(1);
        expect(ancestor(named[0]!, (e) => e === fig)).toBeDefined();
        expect(findAll(doc, (e) => attr(e, 'id') === attr(svg, 'aria-describedby')).length, key).toBe(1);
      }
    }
  });

  it('computes every baseline → target figure by its formula from the dataset, and draws the same numbers as its table', () => {
    const end = (d: string) => { const [y, m] = d.split('-').map(Number); return m ? y! + m / 12 : y! + 1; };
    let pairs = 0;
    for (const [key, doc] of pages) {
      for (const fig of findAll(doc, (e) => e.tagName === 'figure' && hasClass(e, 'dumbbell'))) {
        const rows = within(fig, (e) => e.tagName === 'tr' && attr(e, 'data-target-id') !== undefined);
        const dots = within(fig, (e) => e.tagName === 'g' && hasClass(e, 'pair-row'));
        expect(dots.map((g) => [attr(g, 'data-target-id'), attr(g, 'data-base'), attr(g, 'data-target')]), key).toEqual(rows.map((r) => [attr(r, 'data-target-id'), attr(r, 'data-base'), attr(r, 'data-target')]));
        for (const tr of rows) {
          pairs++;
          const t = TARGETS.find((x) => x.id === attr(tr, 'data-target-id'))!;
          expect(t.kind, t.id).toBe(attr(fig, 'data-kind'));
          const fromStatus = attr(tr, 'data-source') === 'status';
          const s = fromStatus ? STATUS.find((x) => x.id === attr(tr, 'data-base-id'))! : null;
          if (s) expect([s.plan, s.key, s.unit, s.kind], t.id).toEqual([t.plan, t.key, t.unit, t.kind]);
          const base = s ? s.value : t.baseline!.value;
          const baseDate = s ? s.date : t.baseline!.year;
          expect(Number(attr(tr, 'data-base')), t.id).toBe(base);
          expect(Number(attr(tr, 'data-target')), t.id).toBe(t.value);
          const multiple = t.value! / base;
          expect(Number(attr(tr, 'data-multiple')), t.id).toBeCloseTo(multiple, 9);
          const cells = within(tr, (e) => e.tagName === 'td').map((td) => text(td).trim());
          expect(cells[2], t.id).toBe(`×${multiple.toFixed(2)}`);
          const years = baseDate && t.date ? end(t.date) - end(baseDate) : null;
          if (['stock', 'per-capita', 'annual'].includes(t.kind) && years) {
            const growth = multiple ** (1 / years) - 1;
            expect(Number(attr(tr, 'data-growth')), t.id).toBeCloseTo(growth, 9);
            expect(cells[3]!.replace('−', '-'), t.id).toBe(`${growth >= 0 ? '+' : ''}${(Math.round(growth * 1000) / 10).toFixed(1)}%`);
          } else expect(attr(tr, 'data-growth'), t.id).toBe('');
        }
        expect(text(within(fig, (e) => hasClass(e, 'chart-formula'))[0]!)).toMatch(/÷/);
      }
    }
    // Every target whose own baseline is printed and that is a level or period total gets its pair.
    const printed = TARGETS.filter((t) => t.baseline && t.baseline.value > 0 && t.value !== null && ['reach', 'at-least', 'more-than'].includes(t.comparator) && ['stock', 'per-capita', 'annual', 'cumulative'].includes(t.kind));
    expect(pairs).toBeGreaterThanOrEqual(printed.length);
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

  it('shows in each cell the share of that plan’s task blocks tagged with that theme, and their number', () => {
    const wrong: string[] = [];
    for (const tr of rows) {
      const theme = attr(tr, 'data-theme')!;
      cells(tr).forEach((td, k) => {
        const plan = columnPlan.get(k)!;
        const want = Object.values(TAGS.get(plan)!.tasks).filter((themes) => themes.includes(theme)).length;
        const total = blocksOf(plan).filter((b) => b.part === 'tasks' && b.kind !== 'heading').length;
        // What is seen: the share and the count (the sentence a screen reader hears is hidden text).
        const seen = (cls: string) => within(td, (e) => hasClass(e, cls)).map((e) => text(e)).join('');
        const shown = want === 0 ? text(td).trim() : `${seen('share')}${seen('n')}`;
        // An empty cell shows a dash and says "none" to screen readers only; a full one the share, then the count.
        const expected = want === 0 ? /^–/ : new RegExp(`^${Math.round((want / total) * 100)}%${want}$`);
        if (!expected.test(shown)) wrong.push(`${theme} × ${plan}: shows "${shown}", tagged ${want} of ${total}`);
        expect(Number(attr(td, 'data-share'))).toBeCloseTo(want / total, 9);
        // The shade steps up with the share: none, <5%, <10%, <20%, <30%, 30% and more.
        const share = want / total;
        const step = share === 0 ? 0 : share < 0.05 ? 1 : share < 0.1 ? 2 : share < 0.2 ? 3 : share < 0.3 ? 4 : 5;
        expect(hasClass(td, `heat-${step}`), `${theme} × ${plan}`).toBe(true);
        const link = within(td, (e) => e.tagName === 'a')[0];
        if (want > 0) expect(attr(link!, 'href')).toMatch(new RegExp(`/${lang}/compare/themes/${theme}/#plan-${plan}$`));
      });
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('downloads as CSV with the same counts and shares, UTF-8 with BOM and CRLF', () => {
    const raw = readFileSync(join(DIST, lang, 'compare/tasks.csv'), 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [head, ...records] = parseCsv(raw.slice(1));
    const col = (name: string) => head!.indexOf(name);
    expect(records.length).toBe(rows.length * SLUGS.length);
    for (const r of records) {
      const tr = rows.find((x) => attr(x, 'data-theme') === r[col('theme')])!;
      const td = cells(tr).find((c) => attr(c, 'data-plan') === r[col('plan')])!;
      expect(r[col('passages')]).toBe(attr(td, 'data-n'));
      expect(Number(r[col('share')])).toBeCloseTo(Number(attr(td, 'data-share')), 4);
    }
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

  it('/data/plans.json is the index of the plans, and each plan\'s file has every block', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8')) as { format: number; plans: { slug: string; blocks: number; file: string; title: { zh: string; en: string } }[] };
    expect(index.format).toBe(2);
    expect(index.plans.map((p) => p.slug).sort()).toEqual([...SLUGS].sort());
    for (const entry of index.plans) {
      const blocks = blocksOf(entry.slug);
      expect(entry.blocks, entry.slug).toBe(blocks.length);
      expect(entry.title.zh && entry.title.en, entry.slug).toBeTruthy();
      expect(new URL(entry.file).pathname, entry.slug).toMatch(new RegExp(`/data/plans/${entry.slug}\\.json$`));
      const p = JSON.parse(readFileSync(join(DIST, 'data/plans', `${entry.slug}.json`), 'utf8')) as { format: number; slug: string; title: { zh: string; en: string }; blocks: (BlockRecord & { url: Record<string, string> })[] };
      expect([p.format, p.slug, p.title]).toEqual([2, entry.slug, entry.title]);
      expect(p.blocks.map((b) => b.eid), p.slug).toEqual(blocks.map((b) => b.eid));
      expect(p.blocks.map((b) => b.text.zh), p.slug).toEqual(blocks.map((b) => b.text.zh));
      for (const b of p.blocks) expect(b.url.en, b.eid).toMatch(new RegExp(`/en/plans/${p.slug}/#${b.eid}$`));
    }
  });

  it('/data/shared-wording.json lists a file per plan holding that plan\'s closest plans and block partners', () => {
    const wording = JSON.parse(readFileSync(join(root, 'content/data/shared-wording.json'), 'utf8')) as { plans: string[]; closest: Record<string, unknown>; blocks: Record<string, Record<string, { partners: { eid: string }[] }>> };
    const index = JSON.parse(readFileSync(join(DIST, 'data/shared-wording.json'), 'utf8')) as { format: number; plans: string[]; files: Record<string, string>; closest?: unknown; blocks?: unknown };
    expect([index.format, index.closest, index.blocks]).toEqual([2, undefined, undefined]);
    expect(Object.keys(index.files).sort()).toEqual([...wording.plans].sort());
    for (const plan of wording.plans) {
      expect(new URL(index.files[plan]!).pathname).toMatch(new RegExp(`/data/shared-wording/${plan}\\.json$`));
      const mine = JSON.parse(readFileSync(join(DIST, 'data/shared-wording', `${plan}.json`), 'utf8')) as { plan: string; closest: unknown; blocks: Record<string, { partners: { eid: string; url: { en: string } }[] }> };
      expect(mine.plan).toBe(plan);
      expect(mine.closest).toEqual(wording.closest[plan]);
      expect(Object.keys(mine.blocks)).toEqual(Object.keys(wording.blocks[plan] ?? {}));
      for (const [eid, b] of Object.entries(mine.blocks)) expect(b.partners.map((x) => x.eid), eid).toEqual(wording.blocks[plan]![eid]!.partners.map((x) => x.eid));
    }
  });
});

describe.each(LANGS)('CSV downloads per view (%s)', (lang) => {
  const read = (name: string) => {
    const raw = readFileSync(join(DIST, lang, `compare/${name}.csv`), 'utf8');
    expect(raw.startsWith('\uFEFF'), name).toBe(true);
    expect(raw.endsWith('\r\n'), name).toBe(true);
    const [head, ...records] = parseCsv(raw.slice(1));
    return { head: head!, records };
  };

  it('the targets table: the rows the goals page shows, in its order, with the value the page shows', () => {
    const doc = page(`${lang}/compare/goals`);
    const table = findAll(doc, (el) => el.tagName === 'table' && hasClass(el, 'targets-table'))[0]!;
    const rows = within(table, (e) => e.tagName === 'tr' && attr(e, 'data-target') !== undefined);
    const { head, records } = read('targets');
    expect(records.map((r) => r[head.indexOf('id')])).toEqual(rows.map((r) => attr(r, 'data-target')));
    records.forEach((r, k) => {
      const shown = text(within(rows[k]!, (e) => hasClass(e, 'target'))[0]!);
      expect(shown, r[0]).toContain(r[head.indexOf('target')]!);
      expect(r[head.indexOf('flags')], r[0]).not.toMatch(/\b[a-z]+_\d+__/);
    });
  });

  it('the responsibilities: one row per task and agency, with the task numbers the page shows', () => {
    const doc = page(`${lang}/compare/responsibilities`);
    const taskRows = findAll(doc, (e) => e.tagName === 'tr' && attr(e, 'data-eid') !== undefined);
    const { head, records } = read('responsibilities');
    const resp = JSON.parse(readFileSync(join(root, 'content/data/compare/responsibilities.json'), 'utf8')) as Record<string, { tasks: { eid: string; lead: string[]; participants: string[] }[] }>;
    const want = Object.values(resp).reduce((n, p) => n + p.tasks.reduce((m, t) => m + t.lead.length + t.participants.length, 0), 0);
    expect(records.length).toBe(want);
    const numbers = new Set(taskRows.map((tr) => text(within(tr, (e) => e.tagName === 'a')[0]!).trim()));
    for (const r of records) expect(numbers.has(r[head.indexOf('task_number')]!), r[head.indexOf('task_number')]).toBe(true);
    // A task is named by its number and title, never by a table-row label such as "Annex, Table 1, row 3".
    for (const n of numbers) expect(n).not.toMatch(/row \d|第\d+行/);
  });
});
