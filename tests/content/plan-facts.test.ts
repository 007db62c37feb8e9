import { describe, expect, it } from 'vitest';
import { convertAll, type PlanOutput } from '../../converter/index.ts';
import { plainText } from '../../converter/inline.ts';
import type { Block, Inline, TableData } from '../../converter/types.ts';

/**
 * What the converter must make of each real plan, stated independently of its output, so that a
 * regression cannot hide behind "the committed content equals a fresh run".
 */

const plans = new Map(convertAll({ root: new URL('../..', import.meta.url).pathname }).map((o) => [o.slug, o]));
const plan = (slug: string): PlanOutput => plans.get(slug)!;
const block = (slug: string, eid: string): Block => {
  const b = plan(slug).blocks.find((x) => x.eid === eid);
  if (!b) throw new Error(`${slug} has no block ${eid}`);
  return b;
};
const regionCounts = (slug: string) => {
  const counts: Record<string, number> = {};
  for (const b of plan(slug).blocks) counts[b.region] = (counts[b.region] ?? 0) + 1;
  return counts;
};
const resp = (b: Block) => b.inlines.filter((i): i is Extract<Inline, { t: 'resp' }> => i.t === 'resp');
const table = (slug: string): TableData => plan(slug).blocks.find((b) => b.table)!.table!;
const show = (t: TableData, header: boolean) =>
  t.rows.filter((r) => r.header === header).map((r) => r.cells.map((c) => (c.covered ? '^' : `${c.text}${c.rowspan ? `/${c.rowspan}` : ''}`)).join('|'));

describe('dehua', () => {
  it('drops its 17 Word revision lines (11 formatting, 6 deletions)', () => {
    const removed = plan('dehua').report.removed;
    expect(removed).toHaveLength(17);
    expect(removed.filter((r) => r.kind === 'revision-format')).toHaveLength(11);
    expect(removed.map((r) => r.line)).toContain(193); // 删除[叶朝花]: 、 — inside a cut paragraph
  });
  it('rejoins its 18 page-break cuts, mid-number and across a removed revision line', () => {
    const joins = plan('dehua').report.joins;
    expect(joins).toHaveLength(18);
    expect(joins[0]).toMatchObject({ lines: [35, 37], eid: 'chp_1__sec_1__para_1' });
    expect(plainText(block('dehua', 'chp_1__sec_1__para_1').inlines)).toContain('外观设计专利 3066件；专利授权量');
    expect(joins.find((j) => j.lines[0] === 191)).toMatchObject({ lines: [191, 195] });
    expect(plainText(block('dehua', 'chp_3__sec_7__para_1').inlines)).toContain('塑造独特品牌');
  });
  it('keeps bold lead-ins as bold', () => {
    expect(block('dehua', 'chp_3__sec_1__subsec_1').inlines[0]).toEqual({ t: 'strong', text: '优化完善知识产权政策工作机制。' });
  });
  it('records its four corrections, the doubled 知 among them, and remarks on its two source slips', () => {
    const notes = plan('dehua').report.notes;
    expect(notes.filter((n) => n.kind === 'correction').map((n) => [n.kind, n.original, n.corrected])).toEqual([
      ['correction', '一一', '——'], ['correction', '一一', '——'], ['correction', '一一', '——'], ['correction', '的知知识产权', '的知识产权'],
    ]);
    // Issue 17: 全县区镇共建 (区 read as 园区) and 推动设立知识产权金融 (a noun missing) are remarked on, the Chinese kept.
    const remarks = notes.filter((n) => n.kind === 'observation').map((n) => n.text);
    expect(remarks).toHaveLength(2);
    expect(remarks.some((t) => t.includes('区镇') && t.includes('园区'))).toBe(true);
    expect(remarks.some((t) => t.includes('推动设立知识产权金融'))).toBe(true);
    expect(plainText(block('dehua', 'chp_3__sec_4__subsec_1').inlines)).toContain('司法性质的知识产权服务平台');
  });
  it('separates the issuing notice and the colophon from the plan', () => {
    expect(regionCounts('dehua')).toEqual({ notice: 7, title: 1, preamble: 1, body: 75, colophon: 2 });
  });
});

describe('nanan', () => {
  it('keeps the leading-group annex: a heading, its introduction, 24 members and the office', () => {
    expect(regionCounts('nanan').annex_1).toBe(27);
    expect(plainText(block('nanan', 'annex_1').inlines)).toBe('南安市国家知识产权强县建设示范县工作领导小组');
    expect(plan('nanan').blocks.filter((b) => b.kind === 'member')).toHaveLength(24);
  });
  it('joins the two lines of its title', () => {
    expect(plainText(block('nanan', 'title').inlines)).toBe('南安市国家知识产权强县建设示范县工作方案');
  });
  it('has no editorial notes: its text is complete', () => {
    expect(plan('nanan').report.notes).toEqual([]);
  });
});

describe('chaozhou', () => {
  it('recovers 7 chapters and their sections from the bookmarks', () => {
    const headings = plan('chaozhou').blocks.filter((b) => b.kind === 'heading');
    expect(headings.filter((h) => h.level === 1).map((h) => h.eid)).toEqual(['chp_1', 'chp_2', 'chp_3', 'chp_4', 'chp_5', 'chp_6', 'chp_7']);
    expect(plainText(block('chaozhou', 'chp_2__sec_3__subsec_2').inlines)).toBe('具体目标');
  });
  it('rebuilds the indicator table with its two-row header, units, 2020 and 2025 columns and notes', () => {
    const t = table('chaozhou');
    expect(t.caption?.text).toBe('潮州市“十四五”知识产权发展主要指标');
    expect(show(t, true)).toEqual(['序号/2|类别/2|主要指标/2|单位/2|基期值|规划值|属性/2', '^|^|^|^|2020年|2025年|^']);
    expect(t.columns).toEqual(['序号', '类别', '主要指标', '单位', '基期值 2020年', '规划值 2025年', '属性']);
    expect(show(t, false)[0]).toBe('1|创造/7|全市专利申请量|件|10640|16900|预期性');
    expect(show(t, false)[8]).toBe('9|保护|专利、商标纠纷案件结案率|%||≥91|预期值');
    expect(t.notes.map((n) => n.eid.split('__').at(-1))).toEqual(['notes', 'note_1', 'note_2']);
  });
  it('remarks on the blank cells and the 预期性/预期值 switch, on the cells concerned', () => {
    const rows = table('chaozhou').rows.filter((r) => !r.header);
    expect(rows[5]!.cells[6]).toMatchObject({ text: '约束性', notes: [1] });
    expect(rows[6]!.cells[6]).toMatchObject({ text: '预期值', notes: [2] });
    expect(rows[8]!.cells[5]).toMatchObject({ text: '≥91', notes: [3] });
  });
});

describe('huantai', () => {
  it('rebuilds the task-division annex: merged cells are row spans, never blank cells', () => {
    const t = table('huantai');
    expect(t.columns).toEqual(['重点任务', '主要举措', '具体做法', '工作进度', '责任部门', '参与部门']);
    const body = t.rows.filter((r) => !r.header);
    expect(body).toHaveLength(36);
    expect(body.flatMap((r) => r.cells.filter((c) => !c.covered && c.text === ''))).toEqual([]);
    expect(body[0]!.cells[0]).toMatchObject({ text: '一、健全完善知识产权工作体系', rowspan: 9 });
    expect(body.find((r) => r.cells[2]!.text.startsWith('推进各镇'))!.cells[4]!.text).toBe('县市场监管局、\n县财政局');
  });
  it('marks the row that repeats its merged cells, on the repeated cell', () => {
    const row = table('huantai').rows.find((r) => r.line === 359)!;
    // Note 1 is the 驰名标 slip earlier in the annex (issue 17); the repeated-cells remark is note 2.
    expect(row.cells[0]).toMatchObject({ text: '四、加大知识产权公共服务', notes: [2] });
  });
});

describe('deyang', () => {
  it('captures all 34 responsibility notes as data on their task', () => {
    expect(plan('deyang').blocks.flatMap(resp)).toHaveLength(34);
    expect(resp(block('deyang', 'chp_2__sec_2__subsec_7'))[0]!.agencies).toEqual(['广汉市人民政府', '市市场监管局', '市文旅局', '三星堆景区管委会']);
    expect(resp(block('deyang', 'chp_2__sec_3__subsec_3'))[0]!.agencies.slice(0, 3)).toEqual(['什邡市人民政府', '绵竹市人民政府', '中江县人民政府']);
  });
  it('rejoins the paragraph cut mid-word (创新驱 / 动发展)', () => {
    expect(plan('deyang').report.joins).toEqual([expect.objectContaining({ lines: [7, 8], eid: 'chp_1__sec_2__para_1' })]);
  });
});
