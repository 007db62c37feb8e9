import { describe, expect, it } from 'vitest';
import type { PlanHints } from '../hints.ts';
import { parseTable } from '../stages/table.ts';
import type { CleanLine } from '../types.ts';
import { cleanLines, seedError } from './helpers.ts';

type Hint = NonNullable<PlanHints['tables']>[number];
const F = 'seeds/test.txt';

function parse(src: string, hint: Partial<Hint> = {}) {
  const lines: CleanLine[] = cleanLines(src);
  const byLine = new Map(lines.map((l) => [l.n, l]));
  return parseTable(lines, 0, { line: 1, headerRows: 1, merge: 'all', ...hint }, 'chp_1__table_1', F, byLine, '表');
}
const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));

// A 3-column table as the export flattens it: one cell per tab-led line, rows split by blank
// lines, and the paragraph break inside 高价值专利/件 surviving as an untabbed line.
const TABLE = [
  '\t类别', // 1  header
  '\t指标',
  '\t目标',
  '',
  '\t专利', // 5  row 1
  '\t发明专利拥有量',
  '\t100',
  '',
  '\t', // 9  row 2: empty first cell
  '\t高价值专利',
  '',
  '件', // 12 continuation of 高价值专利
  '\t50',
  '',
  '表后正文。', // 15 ends the table
].join('\n');

describe('parseTable', () => {
  it('rebuilds header and body rows, with row eIds and source lines', () => {
    const { table, end } = parse(TABLE);
    expect(table.columns).toEqual(['类别', '指标', '目标']);
    expect(table.rows.map((r) => [r.eid, r.line, r.header])).toEqual([
      ['chp_1__table_1__hrow_1', 1, true],
      ['chp_1__table_1__row_1', 5, false],
      ['chp_1__table_1__row_2', 9, false],
    ]);
    expect(end).toBe(14); // index of line 15, the first line after the table
  });

  it('appends an untabbed line in an incomplete row to the last cell with a newline', () => {
    expect(texts(parse(TABLE).table.rows)[2]).toEqual(['', '高价值专利\n件', '50']);
  });

  it("merge 'all': an empty cell is covered by a row span on the cell above", () => {
    const [, row1, row2] = parse(TABLE).table.rows;
    expect(row1!.cells[0]).toEqual({ text: '专利', rowspan: 2 });
    expect(row2!.cells[0]).toEqual({ text: '', covered: true, value: '专利' });
  });

  it('merge [1]: only column 2 merges; other empty cells stay real empty cells', () => {
    const src = ['\t类别', '\t指标', '\t目标', '', '\t专利', '\t拥有量', '\t100', '', '\t', '\t', '\t50'].join('\n');
    const [, row1, row2] = parse(src, { merge: [1] }).table.rows;
    expect(row1!.cells.map((c) => c.rowspan)).toEqual([undefined, 2, undefined]);
    expect(row2!.cells).toEqual([{ text: '' }, { text: '', covered: true, value: '拥有量' }, { text: '50' }]);
  });

  it('throws "unknown table shape" on a row with the wrong number of cells, naming its line', () => {
    const src = ['\t类别', '\t指标', '\t目标', '', '\t专利', '\t100', '', '\t商标', '\t注册量', '\t200'].join('\n');
    const e = seedError(() => parse(src));
    expect(e.line).toBe(5);
    expect(e.problem).toBe('unknown table shape: this row has 2 cells, the header has 3');
  });

  it('throws on an empty merged cell in the first body row', () => {
    const src = ['\t类别', '\t指标', '', '\t专利', '\t', '', '\t商标', '\t注册量'].join('\n');
    const e = seedError(() => parse(src));
    expect(e.line).toBe(4);
    expect(e.problem).toMatch(/empty cell in column 2 has no cell above it/);
  });

  it('throws when there are fewer rows than header rows plus one', () => {
    const e = seedError(() => parse('\t基期值\n\t目标值\n\n\t2020年\n\t2025年', { headerRows: 2 }));
    expect(e.line).toBe(1);
    expect(e.problem).toMatch(/2 rows, fewer than its 2 header rows/);
  });

  it('joins stacked header rows into column names, and reads caption and notes from hinted lines', () => {
    const src = ['附表', '\t指标', '\t基期值', '', '\t', '\t2020年', '', '\t专利', '\t10', '', '注：', '数据来源。'].join('\n');
    const lines = cleanLines(src);
    const byLine = new Map(lines.map((l) => [l.n, l]));
    const { table } = parseTable(lines, 1, { line: 2, headerRows: 2, merge: [], caption: 1, notes: [11, 12] }, 't', F, byLine, '表');
    expect(table.columns).toEqual(['指标', '基期值 2020年']);
    expect(table.caption).toEqual({ text: '附表', line: 1 });
    expect(table.notes).toEqual([
      { eid: 't__notes', text: '注：', line: 11 },
      { eid: 't__note_1', text: '数据来源。', line: 12 },
    ]);
  });
});
