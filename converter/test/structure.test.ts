import { describe, expect, it } from 'vitest';
import type { PlanHints } from '../hints.ts';
import { structure } from '../stages/structure.ts';
import type { Block, ConversionReport } from '../types.ts';
import { bodyHints, cleanLines, seedError } from './helpers.ts';

const F = 'seeds/test.txt';

function run(src: string, hints: PlanHints = bodyHints()) {
  const report: Pick<ConversionReport, 'joins' | 'notes'> = { joins: [], notes: [] };
  const blocks = structure(cleanLines(src), hints, F, report);
  return { blocks, report };
}
const ids = (blocks: Block[]) => blocks.map((b) => `${b.kind} ${b.eid}`);

describe('eIds from plan numbering', () => {
  const { blocks } = run(
    [
      '为贯彻落实纲要，制定本方案。',
      '一、总体要求',
      '（一）指导思想',
      '坚持以人民为中心。',
      '1.加强保护。完善制度。',
      '说明段落。',
      '2.强化运用',
      '运用段落。',
      '二、主要工作',
      '1.深入实施战略。依据规划。',
      '后续段落。',
    ].join('\n'),
  );

  it('numbers headings, items and paragraphs by their place in the outline', () => {
    expect(ids(blocks)).toEqual([
      'para preamble__para_1',
      'heading chp_1',
      'heading chp_1__sec_1',
      'para chp_1__sec_1__para_1',
      'item chp_1__sec_1__subsec_1',
      // items are leaves: the paragraph after one belongs to the item's parent
      'para chp_1__sec_1__para_2',
      'heading chp_1__sec_1__subsec_2',
      'para chp_1__sec_1__subsec_2__para_1',
      'heading chp_2',
      // a 1. directly under a chapter skips the section slot
      'item chp_2__subsec_1',
      'para chp_2__para_1',
    ]);
  });

  it('keeps the printed number apart from the text, and the level', () => {
    const item = blocks.find((b) => b.eid === 'chp_1__sec_1__subsec_1')!;
    expect(item).toMatchObject({ num: '1.', level: 3, lines: [5], inlines: [{ t: 'text', text: '加强保护。完善制度。' }] });
    expect(blocks.find((b) => b.eid === 'chp_1__sec_1')).toMatchObject({ num: '（一）', level: 2, inlines: [{ t: 'text', text: '指导思想' }] });
  });

  it('puts paragraphs before the first chapter in the preamble region', () => {
    expect(blocks[0]!.region).toBe('preamble');
    expect(blocks[1]!.region).toBe('body');
  });
});

describe('page-break rejoining', () => {
  it('rejoins a paragraph cut mid-word and reports the join', () => {
    const { blocks, report } = run('一、现状\n外观设计专利 3066\n件；专利授权量增长。');
    expect(blocks[1]).toMatchObject({ eid: 'chp_1__para_1', lines: [2, 3], inlines: [{ t: 'text', text: '外观设计专利 3066件；专利授权量增长。' }] });
    expect(report.joins).toEqual([{ lines: [2, 3], eid: 'chp_1__para_1', before: '利 3066', after: '件；专利授权' }]);
  });

  it('rejoins across a blank line and a line removed by cleanup', () => {
    const { blocks, report } = run('一、现状\n有效支撑创新驱\n~\n\n动发展。');
    expect(blocks.map((b) => b.lines)).toEqual([[1], [2, 5]]);
    expect(report.joins.map((j) => j.lines)).toEqual([[2, 5]]);
  });

  it('rejoins an item cut by a page break', () => {
    const { blocks } = run('一、目标\n1.创造更加高质。到2025年，高新技术企业\n达到500家。\n2.运用更加高效。');
    expect(ids(blocks)).toEqual(['heading chp_1', 'item chp_1__subsec_1', 'item chp_1__subsec_2']);
    expect(blocks[1]!.lines).toEqual([2, 3]);
  });

  it('does not join a paragraph that ends in 。', () => {
    const { blocks, report } = run('一、现状\n第一段。\n第二段');
    expect(blocks.map((b) => b.lines)).toEqual([[1], [2], [3]]);
    expect(report.joins).toEqual([]);
  });

  it('does not join an open line to a numbered line', () => {
    const { blocks, report } = run('一、现状\n推进以下工作\n1.加强保护。');
    expect(ids(blocks)).toEqual(['heading chp_1', 'para chp_1__para_1', 'item chp_1__subsec_1']);
    expect(report.joins).toEqual([]);
  });

  it('does not join a heading to the paragraph after it', () => {
    const { blocks } = run('一、总体要求\n（一）指导思想\n坚持创新。');
    expect(blocks.map((b) => b.lines)).toEqual([[1], [2], [3]]);
  });

  it('respects a noJoin hint', () => {
    const { blocks } = run('一、现状\n推进以下工作\n加强保护。', bodyHints({ noJoin: [2] }));
    expect(blocks.map((b) => b.lines)).toEqual([[1], [2], [3]]);
  });
});

describe('errors', () => {
  it('throws when two blocks claim one ID, naming both lines', () => {
    const e = seedError(() => run('一、总体要求\n（一）指导思想\n坚持创新。\n（一）主要目标'));
    expect(e.file).toBe(F);
    expect(e.line).toBe(4);
    expect(e.problem).toBe('two blocks claim the ID chp_1__sec_1 (lines 2 and 4)');
  });

  it('throws on a tab-led table that has no table hint', () => {
    const e = seedError(() => run('一、指标\n\t项目\n\t目标'));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/a table starts here but its shape is unknown/);
    expect(e.fix).toContain('converter/hints/test.json');
  });

  it('throws when a bookmarked heading has no outline level (bookmark numbering)', () => {
    const lines = [
      { n: 1, text: '总体要求', bookmark: true },
      { n: 2, text: '指导思想', bookmark: true },
    ];
    const hints = bodyHints({ numbering: 'bookmarks', outline: { '1': 1 } });
    const e = seedError(() => structure(lines, hints, F, { joins: [], notes: [] }));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/bookmarked heading has no level/);
    expect(e.fix).toContain('"2": <level>');
  });

  it('ignores a stray Toc bookmark under Chinese numbering: the numbers decide', () => {
    const lines = [
      { n: 1, text: '一、总体要求' },
      { n: 2, text: '（一）指导思想', bookmark: true },
    ];
    const blocks = structure(lines, bodyHints(), F, { joins: [], notes: [] });
    expect(blocks.map((b) => b.eid)).toEqual(['chp_1', 'chp_1__sec_1']);
  });

  it('throws when the regions do not start at line 1', () => {
    const e = seedError(() => run('一、总体要求', bodyHints({ regions: [{ kind: 'body', from: 2 }] })));
    expect(e.line).toBe(1);
  });
});

describe('bookmark numbering', () => {
  it('takes heading levels from the outline hint', () => {
    const lines = [
      { n: 1, text: '总体要求', bookmark: true },
      { n: 2, text: '指导思想', bookmark: true },
      { n: 3, text: '坚持创新。' },
      { n: 4, text: '发展形势', bookmark: true },
    ];
    const hints = bodyHints({ numbering: 'bookmarks', outline: { '1': 1, '2': 2, '4': 1 } });
    const blocks = structure(lines, hints, F, { joins: [], notes: [] });
    expect(ids(blocks)).toEqual(['heading chp_1', 'heading chp_1__sec_1', 'para chp_1__sec_1__para_1', 'heading chp_2']);
  });
});

describe('corrections and editorial notes', () => {
  const correction = { line: 2, find: '知知识', replace: '知识', kind: 'page-break-duplicate' as const, reason: '“知”字重复。' };

  it('replaces the text and leaves an ednote marker in the block', () => {
    const { blocks, report } = run('一、服务\n建设司法性质的知知识产权服务平台。', bodyHints({ corrections: [correction] }));
    expect(blocks[1]!.inlines).toEqual([
      { t: 'text', text: '建设司法性质的知识' },
      { t: 'ednote', n: 1 },
      { t: 'text', text: '产权服务平台。' },
    ]);
    expect(report.notes).toEqual([
      { n: 1, line: 2, eid: 'chp_1__para_1', kind: 'correction', text: '“知”字重复。', original: '知知识', corrected: '知识' },
    ]);
  });

  it('throws when a correction does not match the text', () => {
    const e = seedError(() => run('一、服务\n建设知识产权服务平台。', bodyHints({ corrections: [correction] })));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/does not match the text exactly once/);
  });

  it('throws when a correction matches the text twice', () => {
    const e = seedError(() => run('一、服务\n知知识产权与知知识。', bodyHints({ corrections: [correction] })));
    expect(e.problem).toMatch(/exactly once/);
  });

  it('throws when a correction names a line with no block', () => {
    const e = seedError(() => run('一、服务\n\n建设平台。', bodyHints({ corrections: [correction] })));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/matches no block/);
  });

  it('puts an observation marker right after the words it quotes', () => {
    const { blocks, report } = run('一、服务\n建设平台。加强服务。', bodyHints({ notes: [{ line: 2, quote: '建设平台。', text: '按原样保留。' }] }));
    expect(blocks[1]!.inlines).toEqual([{ t: 'text', text: '建设平台。' }, { t: 'ednote', n: 1 }, { t: 'text', text: '加强服务。' }]);
    expect(report.notes[0]).toMatchObject({ n: 1, eid: 'chp_1__para_1', kind: 'observation' });
  });

  it('refuses an observation that quotes words the block does not have (a note cannot describe absent text)', () => {
    const e = seedError(() => run('一、服务\n建设平台。', bodyHints({ notes: [{ line: 2, quote: '此段中断', text: '原文此段中断。' }] })));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/quote "此段中断" does not match the text exactly once/);
  });
});
