// Every construct the converter's emit stages can write, built from synthetic blocks (not only those
// the five real plans happen to use), rendered by the reader exactly as the MDX compiler renders it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSync } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { planMdx } from '../../../converter/stages/emit.ts';
import { parallelMdx } from '../../../converter/stages/parallel.ts';
import type { Block, Inline, TableData } from '../../../converter/types.ts';
import type { Lang } from '../i18n';
import { blockComponents } from './blocks';
import { Fragment, jsx, jsxs, type Component, type Html } from './html';
import { bodyStart, renderPlanMdx } from './render';

// Every character escapeMdx escapes, a line break, and text that looks like Markdown or JSX.
const NASTY = '1. *a* _b_ `c` {d} [e](f) <g> &amp; ~h~ |i| !j #k @l m:n \\o\n# p';
const inlines = (s: string): Inline[] => [
  { t: 'text', text: `${s} ${NASTY}` },
  { t: 'strong', text: `${s} strong *x*` },
  { t: 'resp', text: '[责任单位：市市场监管局]', agencies: ['市市场监管局', 'A & "B"'] },
  { t: 'ednote', n: 3 },
  { t: 'zh', text: '《专利法》' },
  { t: 'doc', text: '《知识产权强国建设纲要》', doc: 'gangyao-2021' },
];
const table = (s: string): TableData => ({
  caption: { text: `${s} 表1 {x}`, line: 1 },
  label: `${s} 表1 'label' {x} & <y> &#38;`,
  columns: ['a', 'b'],
  rows: [
    { eid: 'tb_r1', line: 1, header: true, cells: [{ text: `${s} 指标` }, { text: '2025 <年>', notes: [4] }] },
    { eid: 'tb_r2', line: 2, header: false, cells: [{ text: `${s} 件`, rowspan: 2 }, { text: '1\n2' }] },
    { eid: 'tb_r3', line: 3, header: false, cells: [{ text: '', covered: true, value: 'x' }, { text: '*3*', notes: [5, 6] }] },
  ],
  notes: [{ eid: 'tb_n1', text: `${s} 注：{a} <b>`, line: 4 }],
});
const blocks = (s: string): Block[] => [
  { kind: 'para', eid: 'n_p1', lines: [1], inlines: [{ t: 'text', text: '各县（市、区）人民政府：' }], region: 'notice' },
  { kind: 'para', eid: 'n_p2', lines: [2], inlines: inlines(s), region: 'notice', aliases: ['old_1', 'old_2'] },
  { kind: 'para', eid: 'n_p3', lines: [3], inlines: [{ t: 'text', text: '德阳市人民政府' }], region: 'notice' },
  { kind: 'para', eid: 'n_p4', lines: [4], inlines: [{ t: 'text', text: '2021年12月1日' }], region: 'notice' },
  { kind: 'title', eid: 'title', lines: [5], inlines: inlines(s), region: 'title', aliases: ['old_t'] },
  { kind: 'para', eid: 'pre_1', lines: [6], inlines: inlines(s), region: 'preamble' },
  { kind: 'heading', eid: 'ch_1', lines: [7], num: '第一章', level: 1, inlines: inlines(s), region: 'body', aliases: ['old_h'] },
  { kind: 'heading', eid: 'ch_2', lines: [8], supplied: '二', level: 1, inlines: inlines(s), region: 'body' },
  { kind: 'heading', eid: 'ch_2__s_1', lines: [9], level: 2, inlines: inlines(s), region: 'body' },
  { kind: 'heading', eid: 'ch_2__s_1__h', lines: [9], num: '（一）', level: 6, inlines: inlines(s), region: 'body' },
  { kind: 'item', eid: 'ch_2__i_1', lines: [10], num: '1．', level: 3, inlines: inlines(s), region: 'body', aliases: ['old_i'] },
  { kind: 'table', eid: 'tb', lines: [11], inlines: [], region: 'body', table: table(s), aliases: ['old_tb'] },
  { kind: 'member', eid: 'm_1', lines: [12], inlines: [{ t: 'text', text: '组  长：张桂森  市政府市长' }], region: 'attachments' },
  { kind: 'member', eid: 'm_2', lines: [13], inlines: [{ t: 'text', text: '张桂森  市政府市长' }], region: 'attachments' },
  { kind: 'member', eid: 'm_3', lines: [14], inlines: inlines(s), region: 'attachments', member: { role: 'Head', name: 'Zhang', post: 'Mayor *x*' } },
  { kind: 'member', eid: 'm_4', lines: [15], inlines: inlines(s), region: 'attachments', member: { role: '', name: 'Li', post: 'Deputy' } },
  { kind: 'para', eid: 'annex_1__p', lines: [16], inlines: inlines(s), region: 'annex_1' },
  { kind: 'para', eid: 'annex_2__p', lines: [17], inlines: inlines(s), region: 'annex_2' },
  { kind: 'para', eid: 'c_1', lines: [18], inlines: [{ t: 'text', text: '德阳市人民政府办公室' }], region: 'colophon' },
  { kind: 'para', eid: 'c_2', lines: [19], inlines: [{ t: 'text', text: '2021年12月2日印发' }], region: 'colophon' },
];

const dir = mkdtempSync(join(tmpdir(), 'plan-emit-'));
const write = (name: string, mdx: string) => {
  writeFileSync(join(dir, name), mdx);
  return join(dir, name);
};
function compiled(file: string, lang: Lang): string {
  const source = readFileSync(file, 'utf8');
  const components: Record<string, Component> = Object.fromEntries(Object.entries(blockComponents(lang)).map(([k, c]) => [k, c.render]));
  const { default: Content } = evaluateSync(source.slice(bodyStart(source)), { Fragment, jsx, jsxs, development: false } as unknown as Parameters<typeof evaluateSync>[1]);
  return (Content({ components }) as unknown as Html).value;
}

describe('every construct the emit stages write', () => {
  const zh = blocks('中');
  const en = blocks('EN');
  const files = {
    zh: write('zh.mdx', planMdx({ slug: 'p' }, zh)),
    en: write('en.mdx', planMdx({ slug: 'p' }, en, zh)),
    parallel: write('parallel.mdx', parallelMdx('p', zh, en)),
  };

  it.each(Object.entries(files))('%s: renders byte for byte as the MDX compiler does, in both languages', (_name, file) => {
    for (const lang of ['zh', 'en'] as const) expect(renderPlanMdx(file, lang)).toBe(compiled(file, lang));
  });

  it('keeps every block ID, alias and row ID, and the source characters', () => {
    for (const file of Object.values(files)) {
      const html = renderPlanMdx(file, 'zh');
      for (const id of [...zh.map((b) => b.eid), ...zh.flatMap((b) => b.aliases ?? []), 'tb_r1', 'tb_r2', 'tb_r3', 'tb_n1']) expect(html, `${file}: ${id}`).toContain(`id="${id}"`);
      expect(html).toContain('1. *a* _b_ `c` {d} [e](f) &lt;g&gt; &amp;amp; ~h~ |i| !j #k @l m:n \\o<br/># p');
    }
  });

  it('a table label with a double quote renders in the parallel view as the MDX compiler renders it, quote kept', () => {
    const t = table('中');
    const quoted = [{ ...zh[11]!, table: { ...t, label: '表1 "x"' } }];
    const file = write('quote.mdx', parallelMdx('p', quoted, quoted));
    expect(renderPlanMdx(file, 'zh')).toBe(compiled(file, 'zh'));
    expect(renderPlanMdx(file, 'zh')).toContain('表1 &quot;x&quot;');
  });
});
