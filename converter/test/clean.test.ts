import { describe, expect, it } from 'vitest';
import { clean, dropRevisionLines, stripBookmarks, stripIndentation } from '../stages/clean.ts';
import type { ConversionReport, SourceLine } from '../types.ts';

const report = (): Pick<ConversionReport, 'removed' | 'bookmarks' | 'indentation'> => ({ removed: [], bookmarks: [], indentation: [] });
const src = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text }));

describe('dropRevisionLines', () => {
  it('drops format and delete revision lines and reports kind, author and the whole line', () => {
    const r = report();
    const out = dropRevisionLines(src('正文。', '设置格式[叶朝花]: 行距: 固定值 28 磅', '删除[叶朝花]: 、', '删除[徐登山]:', '末行。'), r);
    expect(out).toEqual([
      { n: 1, text: '正文。' },
      { n: 5, text: '末行。' },
    ]);
    expect(r.removed).toEqual([
      { line: 2, kind: 'revision-format', author: '叶朝花', text: '设置格式[叶朝花]: 行距: 固定值 28 磅' },
      { line: 3, kind: 'revision-delete', author: '叶朝花', text: '删除[叶朝花]: 、' },
      { line: 4, kind: 'revision-delete', author: '徐登山', text: '删除[徐登山]:' },
    ]);
  });

  it('keeps lines that only mention 删除 or lack the [author]: shape', () => {
    const r = report();
    const lines = src('删除重复条目。', '删除（叶朝花）: 、', '设置格式[叶朝花] 缺冒号');
    expect(dropRevisionLines(lines, r)).toEqual(lines);
    expect(r.removed).toEqual([]);
  });
});

describe('stripBookmarks', () => {
  it('strips a _Toc tag and marks the line as a heading', () => {
    const r = report();
    expect(stripBookmarks(src('[bookmark: _Toc88308358]总体要求'), r)).toEqual([{ n: 1, text: '总体要求', bookmark: true }]);
    expect(r.bookmarks).toEqual([{ line: 1, tag: '[bookmark: _Toc88308358]' }]);
  });

  it('strips a _GoBack tag without marking a heading', () => {
    const r = report();
    const [l] = stripBookmarks(src('　　[bookmark: _GoBack]加强保护。'), r);
    expect(l).toEqual({ n: 1, text: '加强保护。' });
    expect(r.bookmarks).toEqual([{ line: 1, tag: '[bookmark: _GoBack]' }]);
  });

  it('leaves a tag that is not at the start of the line', () => {
    const r = report();
    expect(stripBookmarks(src('见[bookmark: _Toc1]下文'), r)).toEqual([{ n: 1, text: '见[bookmark: _Toc1]下文' }]);
    expect(r.bookmarks).toEqual([]);
  });
});

describe('stripIndentation', () => {
  it.each([
    ['full-width U+3000', '\u3000\u3000一、总体要求', 2],
    ['no-break U+00A0', '\u00a0\u00a0\u00a0一、总体要求', 3],
    ['ASCII spaces', ' 一、总体要求', 1],
    ['a mix', ' \u3000\u00a0一、总体要求', 3],
  ])('drops %s and counts them', (_, text, chars) => {
    const r = report();
    expect(stripIndentation([{ n: 7, text }], r)).toEqual([{ n: 7, text: '一、总体要求' }]);
    expect(r.indentation).toEqual([{ line: 7, chars }]);
  });

  it('does not report a line without indentation, and trims trailing spaces', () => {
    const r = report();
    expect(stripIndentation([{ n: 1, text: '正文。 \u3000\t' }], r)).toEqual([{ n: 1, text: '正文。' }]);
    expect(r.indentation).toEqual([]);
  });

  it('marks a tab-led line as a table cell and strips the tab', () => {
    const r = report();
    expect(stripIndentation([{ n: 3, text: '\t发明专利拥有量（件） ' }], r)).toEqual([{ n: 3, text: '发明专利拥有量（件）', cell: true }]);
  });

  it('treats a lone tab as an empty cell, not as a blank line', () => {
    expect(stripIndentation([{ n: 4, text: '\t' }], report())).toEqual([{ n: 4, text: '', cell: true }]);
    expect(stripIndentation([{ n: 5, text: '' }], report())).toEqual([{ n: 5, text: '' }]);
  });
});

describe('clean (all rules in order)', () => {
  it('drops revisions before stripping bookmarks and indentation', () => {
    const r = report();
    const out = clean(src('删除[叶朝花]: 3', '[bookmark: _Toc1]\u3000\u3000发展形势', '\t100'), r);
    expect(out).toEqual([
      { n: 2, text: '发展形势', bookmark: true },
      { n: 3, text: '100', cell: true },
    ]);
    expect(r.removed.map((x) => x.line)).toEqual([1]);
    expect(r.indentation).toEqual([{ line: 2, chars: 2 }]);
  });
});
