import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../schemas/plan';
import { DITTO, REFERENCE_NOTE, alignCells, escapeInline, escapeMarkdown, headingLevel, planMarkdown, planText, type ExportBlock, type ExportInput, type ExportTable } from './plan-export.ts';

// The downloads are built from the real plan frontmatter, block and table data, as the endpoints
// (src/pages/[lang]/plans/[slug]/[download].ts) build them.
const root = resolve(import.meta.dirname, '../..');
const SLUGS = ['chaozhou', 'dehua', 'deyang', 'huantai', 'nanan'];
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

const json = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const meta = (slug: string, lang: Lang) => loadYaml(readFileSync(join(root, `content/plans/${lang}/${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as PlanFrontmatter;
const input = (slug: string, lang: Lang): ExportInput => ({
  meta: meta(slug, lang),
  blocks: json<{ blocks: ExportBlock[] }>(`content/data/blocks/${slug}.json`).blocks,
  tables: json<{ tables: ExportTable[] }>(`content/data/tables/${slug}.json`).tables,
  url: `https://example.org/atlas/${lang}/plans/${slug}/`,
});

/** Markdown with its backslash escapes taken off: the text a reader sees. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const cells = (text: string) => text.split(' | ');
/** The cells of one pipe-table line, split at unescaped pipes. */
const tableCells = (line: string) => line.replace(/^\| | \|$/g, '').split(/ (?<!\\)\| /);

describe.each(SLUGS.flatMap((slug) => LANGS.map((lang) => [slug, lang] as const)))('the %s plan in %s', (slug, lang) => {
  const data = input(slug, lang);
  const md = planMarkdown(data, lang);
  const txt = planText(data, lang);
  const seen = unescape(md);

  it('loses no text: every block (every cell of a table row) is in the Markdown and in the text', () => {
    for (const b of data.blocks) {
      const text = b.text[lang];
      expect(txt, b.eid).toContain(text ? `[${b.eid}] ${text}` : `[${b.eid}]`);
      for (const part of b.kind === 'row' ? cells(text) : [text]) expect(seen, b.eid).toContain(part);
    }
  });

  it('gives every block ID exactly once, as an anchor in the Markdown and as a prefix in the text', () => {
    const eids = data.blocks.map((b) => b.eid);
    expect(new Set(eids).size).toBe(eids.length);
    const anchors = [...md.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
    expect(anchors).toEqual(eids);
    for (const eid of eids) expect(count(md, `<a id="${eid}"></a>`), eid).toBe(1);
    const prefixes = [...txt.matchAll(/^\[([a-z0-9_]+)\](?: |$)/gm)].map((m) => m[1]);
    expect(prefixes).toEqual(eids);
  });

  it('separates the blocks of the text by blank lines, with Unix line ends', () => {
    expect(txt).not.toContain('\r');
    const paragraphs = txt.trimEnd().split('\n\n');
    for (const b of data.blocks) expect(paragraphs).toContain(b.text[lang] ? `[${b.eid}] ${b.text[lang]}` : `[${b.eid}]`);
  });

  it('has the header: title, issuer, document number, date, period, URL', () => {
    expect(md.startsWith(`# ${data.meta.title}\n`)).toBe(true);
    expect(txt.startsWith(`${data.meta.title}\n`)).toBe(true);
    for (const [out, as] of [[md, escapeInline], [txt, (s: string) => s]] as const) {
      expect(out).toContain(data.url);
      if (data.meta.issuer) expect(out).toContain(as(data.meta.issuer));
      // English gives the pinyin form, whose brackets Markdown escapes: De Zhi Ban \[2023\] No. 1.
      if (data.meta.docNumber) expect(out).toContain(as(data.meta.docNumber));
    }
  });

  it(lang === 'en' ? 'says it is a reference translation and the Chinese prevails' : 'carries no translation note', () => {
    for (const out of [md, txt]) {
      if (lang === 'en') expect(out).toContain(REFERENCE_NOTE);
      else expect(out).not.toMatch(/Reference translation|参考译文|以中文原文为准/);
    }
  });

  it('has one title line and a heading for each heading block, at the depth of its ID', () => {
    const lines = md.split('\n');
    expect(lines.filter((l) => /^# /.test(l))).toHaveLength(1);
    const headings = lines.flatMap((l, i) => (/^#{2,6} /.test(l) ? [{ level: /^#+/.exec(l)![0].length, anchor: lines[i - 1] }] : []));
    const expected = data.blocks.filter((b) => b.kind === 'heading');
    expect(headings).toEqual(expected.map((b) => ({ level: headingLevel(b.eid), anchor: `<a id="${b.eid}"></a>` })));
  });

  it('writes each table as a pipe table whose every row fills the columns, merged cells placed where they stand', () => {
    for (const table of data.tables) {
      const rows = data.blocks.filter((b) => b.kind === 'row' && b.eid.startsWith(`${table.eid}__`));
      const body = rows.filter((r) => !r.eid.includes('__hrow_'));
      const lines = md.split('\n').filter((l) => l.startsWith('| '));
      expect(lines).toHaveLength(body.length + 2);
      for (const l of lines) expect(tableCells(l), l).toHaveLength(table.columns.length);
      for (const r of body) {
        // The row's cells are where the table data (merged cells filled in) has them; the rest are ditto marks.
        const full = table.rows.find((x) => x.eid === r.eid)!.cells;
        const at = alignCells(full, cells(r.text.zh));
        expect(at, r.eid).not.toBeNull();
        const line = lines.find((l) => l.includes(`<a id="${r.eid}"></a>`))!;
        const shown = tableCells(line).map((c) => unescape(c.replace(/<a id="[^"]+"><\/a>/, '')));
        const own = cells(r.text[lang]);
        expect(shown, r.eid).toEqual(full.map((_, k) => (at!.includes(k) ? own[at!.indexOf(k)] : DITTO)));
      }
    }
  });
});

describe('facts the text does not state', () => {
  it.each(['deyang', 'chaozhou'])('%s: no document number or date of issue, and the exports say so', (slug) => {
    for (const lang of LANGS) {
      const data = input(slug, lang);
      expect(data.meta.docNumber).toBeNull();
      expect(data.meta.issued.date).toBeNull();
      const none = lang === 'zh' ? '未载明' : 'not stated';
      const [doc, issued] = lang === 'zh' ? ['文号：', '印发日期：'] : ['Document number: ', 'Issued: '];
      expect(planText(data, lang)).toContain(`\n${doc}${none}\n`);
      expect(planText(data, lang)).toContain(`\n${issued}${none}\n`);
      expect(planMarkdown(data, lang)).toContain(`\n- ${doc}${none}\n`);
      expect(planMarkdown(data, lang)).toContain(`\n- ${issued}${none}\n`);
    }
  });

  it('a plan with a document number and date gives them', () => {
    const txt = planText(input('dehua', 'zh'), 'zh');
    expect(txt).toContain('\n文号：德知办〔2023〕1号\n');
    expect(txt).toContain('\n印发日期：2023年1月30日\n');
    expect(planText(input('dehua', 'en'), 'en')).toContain('\nIssued: 30 January 2023\n');
  });
});

describe('Markdown escaping', () => {
  // The plan's own editorial notes are left out: only the fixture's texts are under test.
  const fixture = (texts: string[]): ExportInput => ({
    ...input('deyang', 'zh'),
    meta: { ...input('deyang', 'zh').meta, editorialNotes: [] },
    blocks: texts.map((text, i) => ({ eid: `chp_1__para_${i + 1}`, kind: 'para', text: { zh: text, en: text } })),
    tables: [],
  });

  it('keeps source text that looks like Markdown from becoming syntax', () => {
    const texts = ['1. 第一条', '2) second', '# 不是标题', '- 不是列表', '+ plus', '* star', '> 不是引用', '=====', '---', '```', '<div>raw</div>', '[链接](http://example.org)', '*强调* and _em_', '&amp; entity', 'a | b'];
    const md = planMarkdown(fixture(texts), 'zh');
    const body = md.split('\n').slice(md.split('\n').findIndex((l) => l.startsWith('<a id=')));
    const lines = body.filter((l) => l && !l.startsWith('<a id='));
    expect(lines).toEqual([
      '1\\. 第一条',
      '2\\) second',
      '\\# 不是标题',
      '\\- 不是列表',
      '\\+ plus',
      '\\* star',
      '\\> 不是引用',
      '\\=====',
      '\\---',
      '\\`\\`\\`',
      '\\<div>raw\\</div>',
      '\\[链接\\](http://example.org)',
      '\\*强调\\* and \\_em\\_',
      '\\&amp; entity',
      'a | b',
    ]);
    // Taking the escapes off gives the text back.
    for (const text of texts) expect(unescape(md)).toContain(text);
  });

  it('escapes every line of a text that has several, and leaves ordinary text alone', () => {
    expect(escapeMarkdown('第一行\n1. 第二行\n# 第三行')).toBe('第一行\n1\\. 第二行\n\\# 第三行');
    expect(escapeMarkdown('1．全角句点不是列表。12.5%的增长')).toBe('1．全角句点不是列表。12.5%的增长');
    expect(escapeMarkdown('2025年 1.5 times')).toBe('2025年 1.5 times');
  });

  it('escapes pipes inside table cells', () => {
    const data: ExportInput = {
      ...input('deyang', 'en'),
      blocks: [
        { eid: 'chp_1__table_1', kind: 'table', text: { zh: '表', en: 'Table' } },
        { eid: 'chp_1__table_1__hrow_1', kind: 'row', text: { zh: '甲 | 乙', en: 'A | B' } },
        { eid: 'chp_1__table_1__row_1', kind: 'row', text: { zh: 'x|y | z', en: 'x|y | z' } },
      ],
      tables: [{ eid: 'chp_1__table_1', columns: ['甲', '乙'], rows: [{ eid: 'chp_1__table_1__row_1', cells: ['x|y', 'z'] }] }],
    };
    const md = planMarkdown(data, 'en');
    expect(md).toContain('| <a id="chp_1__table_1__hrow_1"></a>A | B |\n| --- | --- |\n| <a id="chp_1__table_1__row_1"></a>x\\|y | z |');
  });
});

describe('heading depth from the ID', () => {
  it('chapters are ##, sections ###, anything deeper ####', () => {
    expect(headingLevel('chp_2')).toBe(2);
    expect(headingLevel('annex_1')).toBe(2);
    expect(headingLevel('chp_2__sec_1')).toBe(3);
    expect(headingLevel('chp_2__sec_3__subsec_2')).toBe(4);
    expect(headingLevel('chp_2__sec_3__subsec_2__para_1')).toBe(4);
  });
});
