import { describe, expect, it } from 'vitest';
import { blockMdx, escapeMdx, toYaml } from '../stages/emit.ts';
import type { Block } from '../types.ts';


describe('escapeMdx', () => {
  it.each(['{', '}', '<', '>', '`', '*', '_', '[', ']', '&', '~', '|', '!', '#'])('turns %s into a character reference', (c) => {
    expect(escapeMdx(`甲${c}乙`)).toBe(`甲&#${c.charCodeAt(0)};乙`);
  });

  it('leaves Chinese text and full-width punctuation alone', () => {
    const s = '到2025年，全市知识产权保护水平显著提升。［责任单位：各区（市、县）人民政府］“三合一”——';
    expect(escapeMdx(s)).toBe(s);
  });

  it('turns a line break inside a table cell into <br />', () => {
    expect(escapeMdx('高价值专利\n件')).toBe('高价值专利<br />件');
  });
});

// Text with every character MDX or Markdown could read as syntax.
const NASTY = '{x} <b>a</b> `code` *em* _u_ [l](u) &amp; ~~s~~ |a|b| !x #h \\ 1. 知识产权';

/** A tiny JSX runtime that builds plain objects, so the compiled MDX can be inspected. */
type El = { type: unknown; props: Record<string, unknown> };
type Node = El | string | Node[] | null | undefined;
const el = (type: unknown, props: Record<string, unknown>): El => ({ type, props });
const runtime = { Fragment: Symbol('Fragment'), jsx: el, jsxs: el };
const nameOf = (t: unknown) => (typeof t === 'function' ? (t as { displayName?: string }).displayName : t);
const textOf = (n: Node): string => (n == null ? '' : typeof n === 'string' ? n : Array.isArray(n) ? n.map(textOf).join('') : textOf(n.props.children as Node));
const elements = (n: Node): El[] => (n == null || typeof n === 'string' ? [] : Array.isArray(n) ? n.flatMap(elements) : [n, ...elements(n.props.children as Node)]);
const component = (name: string) => Object.assign(() => null, { displayName: name });

describe('MDX compile check', () => {
  const para: Block = {
    kind: 'para', eid: 'chp_1__para_1', lines: [1], region: 'body',
    inlines: [{ t: 'strong', text: '一是*加强*' }, { t: 'text', text: NASTY }, { t: 'ednote', n: 1 }, { t: 'resp', text: '[责任单位：市科技局]', agencies: ['市科技局'] }],
  };

  it('escaped text compiles and renders exactly the input characters, with no extra elements', async () => {
    const { evaluate } = await import('@mdx-js/mdx');
    // GFM is off in the site's pipeline (astro.config.mjs), so it is off here too.
    const mod = await evaluate(blockMdx(para), runtime as never);
    const components = { Para: component('Para'), EdRef: component('EdRef'), Resp: component('Resp') };
    const tree = mod.default({ components }) as Node;
    expect(textOf(tree)).toBe(`一是*加强*${NASTY}[责任单位：市科技局]`);
    const els = elements(tree);
    expect(els.map((e) => nameOf(e.type))).toEqual(['Para', 'strong', 'EdRef', 'Resp']);
    expect(els[0]!.props.eid).toBe('chp_1__para_1');
    expect(els[2]!.props.n).toBe(1);
    expect(els[3]!.props.agencies).toEqual(['市科技局']);
  });

  it('a table block with a multi-line cell compiles', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const table: Block = {
      kind: 'table', eid: 'chp_1__table_1', lines: [5], region: 'body', inlines: [],
      table: {
        caption: { text: '表1 {指标}', line: 4 },
        label: '表1 {指标}',
        columns: ['类别', '指标'],
        rows: [
          { eid: 'chp_1__table_1__hrow_1', line: 5, header: true, cells: [{ text: '类别' }, { text: '指标' }] },
          { eid: 'chp_1__table_1__row_1', line: 7, header: false, cells: [{ text: '专利', rowspan: 2 }, { text: '高价值专利\n<件>' }] },
          { eid: 'chp_1__table_1__row_2', line: 9, header: false, cells: [{ text: '', covered: true, value: '专利' }, { text: '50|60' }] },
        ],
        notes: [{ eid: 'chp_1__table_1__note_1', text: '注：*数据*', line: 11 }],
      },
    };
    await expect(compile(blockMdx(table))).resolves.toBeDefined();
  });
});

describe('toYaml', () => {
  const value = { title: '知识产权 "强市": {x}', n: 3, ok: true, none: null, skip: undefined, region: { county: null, en: 'Deyang' }, list: [1, 'a', { b: 1, c: { d: [] } }, [2]], empty: {} };

  it('writes nested objects, arrays and null in a fixed layout', () => {
    expect(toYaml(value)).toBe(
      [
        '',
        'title: "知识产权 \\"强市\\": {x}"',
        'n: 3',
        'ok: true',
        'none: null',
        'region:',
        '  county: null',
        '  en: "Deyang"',
        'list:',
        '  - 1',
        '  - "a"',
        '  - b: 1',
        '    c:',
        '      d: []',
        '  - ',
        '    - 2',
        'empty: {}',
      ].join('\n'),
    );
  });

  it('gives the same output for the same input', () => {
    expect(toYaml(structuredClone({ ...value, skip: 'x' }))).toBe(toYaml(structuredClone({ ...value, skip: 'x' })));
    expect(toYaml(value)).toBe(toYaml(JSON.parse(JSON.stringify(value))));
  });
});
