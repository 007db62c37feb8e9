import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers, leftoverChinese, numberParity, rendersTerm } from '../translation/checks.ts';
import { assertNoProblems, readTranslationFile, unitProblems } from '../translation/file.ts';
import { englishInlines, englishNum, translateBlocks } from '../translation/translate.ts';
import { inlineUnit, sourceUnits } from '../translation/units.ts';
import type { Block } from '../types.ts';
import { seedError } from './helpers.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A translation file in a temporary root, returned as read. */
function fileWith(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'ipatlas-tr-'));
  roots.push(root);
  mkdirSync(join(root, 'content/translations/en'), { recursive: true });
  writeFileSync(join(root, 'content/translations/en/t.yaml'), yaml);
  return readTranslationFile(root, 'content/translations/en/t.yaml');
}

const blocks: Block[] = [
  { kind: 'heading', eid: 'chp_1', lines: [1], num: '一、', level: 1, region: 'body', inlines: [{ t: 'text', text: '总体要求' }] },
  {
    kind: 'item',
    eid: 'chp_1__subsec_1',
    lines: [2],
    num: '1．',
    level: 3,
    region: 'body',
    inlines: [
      { t: 'strong', text: '加强保护。' },
      { t: 'text', text: '到2025年，质押融资达5亿元' },
      { t: 'ednote', n: 1 },
      { t: 'text', text: '。' },
      { t: 'resp', text: '[责任单位：市科技局、市财政局，广汉市人民政府]', agencies: ['市科技局', '市财政局', '广汉市人民政府'] },
    ],
  },
];
const units = sourceUnits(blocks, { title: '某规划' }, [{ n: 1, text: '原文作“五亿”。' }], { meta: {} });

const GOOD = `units:
  meta.title:
    zh: 某规划
    en: A Plan
  chp_1:
    zh: 总体要求
    en: General Requirements
  chp_1__subsec_1:
    zh: "**加强保护。**到2025年，质押融资达5亿元⟦1⟧。"
    en: "**Strengthening protection.** By 2025, pledge financing will reach RMB 500 million⟦1⟧."
  ednote.1:
    zh: 原文作“五亿”。
    en: The source reads “五亿”.
`;

describe('translation units', () => {
  it('carry bold and note marks in the text and leave responsibility notes out', () => {
    expect(inlineUnit(blocks[1]!.inlines)).toBe('**加强保护。**到2025年，质押融资达5亿元⟦1⟧。');
    expect(units.map((u) => u.id)).toEqual(['meta.title', 'chp_1', 'chp_1__subsec_1', 'ednote.1']);
  });

  it('a complete, current file has no problems', () => {
    expect(unitProblems(fileWith(GOOD), units)).toEqual([]);
  });

  it('name a stale unit with its line, the old and the new Chinese', () => {
    const file = fileWith(GOOD.replace('zh: 总体要求', 'zh: 总体目标'));
    const [p] = unitProblems(file, units);
    expect(p).toMatchObject({ id: 'chp_1', kind: 'stale', line: 5 });
    expect(p!.message).toContain('the Chinese was "总体目标" and is now "总体要求"');
    const e = seedError(() => assertNoProblems(file, unitProblems(file, units)));
    expect(e.message).toMatch(/^content\/translations\/en\/t\.yaml:5: 1 translation problem/);
    expect(e.fix).toMatch(/retranslate/);
  });

  it('name a missing unit, an untranslated one and an orphan', () => {
    const file = fileWith(GOOD.replace(/  chp_1:\n.*\n.*\n/, '').replace('en: A Plan', 'en: null') + '  chp_9:\n    zh: 旧\n    en: Old\n');
    expect(unitProblems(file, units).map((p) => [p.id, p.kind])).toEqual([
      ['meta.title', 'untranslated'],
      ['chp_1', 'missing'],
      ['chp_9', 'orphan'],
    ]);
  });

  it('reject a YAML syntax error with its line', () => {
    const e = seedError(() => fileWith('units:\n  chp_1:\n    zh: 总体要求\n    en: "unclosed\n'));
    expect(e.file).toBe('content/translations/en/t.yaml');
    expect(e.line).toBeGreaterThan(0);
  });
});

describe('the English blocks', () => {
  const file = fileWith(GOOD);
  const agencies = { test: { 市科技局: 'Municipal Science and Technology Bureau', 市财政局: 'Municipal Finance Bureau', 广汉市人民政府: 'Guanghan Municipal People’s Government' } };

  it('keep IDs and structure, convert numbering and rebuild responsibility notes from the agency names', () => {
    const en = translateBlocks(blocks, file, 'test', { meta: {} }, agencies);
    expect(en.map((b) => [b.eid, b.num])).toEqual([['chp_1', 'I.'], ['chp_1__subsec_1', '1.']]);
    expect(en[1]!.inlines.at(-1)).toEqual({ t: 'resp', agencies: ['市科技局', '市财政局', '广汉市人民政府'], text: '[Responsible units: Municipal Science and Technology Bureau, Municipal Finance Bureau; Guanghan Municipal People’s Government]' });
  });

  it('fail when an agency has no English name, naming the agency file', () => {
    const e = seedError(() => translateBlocks(blocks, file, 'test', { meta: {} }, { test: {} }));
    expect(e.file).toBe('content/translations/en/agencies.yaml');
    expect(e.problem).toContain('市科技局');
  });

  it('fail when the English drops a note marker', () => {
    const broken = fileWith(GOOD.replace('million⟦1⟧', 'million'));
    const e = seedError(() => translateBlocks(blocks, broken, 'test', { meta: {} }, agencies));
    expect(e.problem).toMatch(/chp_1__subsec_1: the English must keep the Chinese's marks/);
  });

  it('mark Chinese inside English and keep bold and note markers', () => {
    expect(englishInlines('**Lead.** Sanxingdui (三星堆) brand⟦2⟧.')).toEqual([
      { t: 'strong', text: 'Lead.' },
      { t: 'text', text: ' Sanxingdui (' },
      { t: 'zh', text: '三星堆' },
      { t: 'text', text: ') brand' },
      { t: 'ednote', n: 2 },
      { t: 'text', text: '.' },
    ]);
  });

  it('number the English as official translations do', () => {
    expect(['三、', '（二）', '4．', '12.', '附件'].map(englishNum)).toEqual(['III.', '(2)', '4.', '12.', 'Annex']);
  });
});

describe('translation checks', () => {
  it('convert Chinese and English numbers to the same values', () => {
    expect(chineseNumbers('12万件，0.65万件，5亿元，22亿元，2025年6月，100%，“十四五”，每万人口')).toEqual(['120000', '6500', '500000000', '2200000000', '2025', '6', '100', '14', '10000']);
    expect(englishNumbers('120,000; 6,500; RMB 500 million; RMB 2.2 billion; June 2025; 100%; the 14th Five-Year Plan; per 10,000 people')).toEqual(['120000', '6500', '500000000', '2200000000', '6', '2025', '100', '14', '10000']);
  });

  it('report a number the English lost or added', () => {
    expect(numberParity('新增15户，达48000件', 'add 15, reaching 4,800')).toEqual({ missing: ['48000'], added: ['4800'] });
    expect(numberParity('2023年1月30日', 'on 30 January 2023')).toEqual({ missing: [], added: [] });
    expect(numberParity('翻一番', 'double in the 1st year')).toEqual({ missing: [], added: ['1'] });
  });

  it('find Chinese left in English, except parenthesised originals and document numbers', () => {
    expect(leftoverChinese('Sanxingdui (三星堆) under 德知办〔2023〕1号')).toEqual([]);
    expect(leftoverChinese('the 知识产权 office')).toEqual(['知识产权']);
    expect(leftoverChinese('The source reads “五亿”.')).toEqual(['五亿']);
    expect(leftoverChinese('The source reads “五亿”.', { quotes: true })).toEqual([]);
  });

  it('accept a glossary rendering in any case, with plurals and hyphens or spaces alike, and nothing else', () => {
    const term = { id: 'hv', zh: '高价值专利', en: 'high-value patent', variants: ['valuable patent'] };
    expect(rendersTerm(term, 'High value patents are cultivated')).toBe(true);
    expect(rendersTerm(term, 'valuable patents')).toBe(true);
    expect(rendersTerm(term, 'patents of high value')).toBe(false);
    expect(rendersTerm({ id: 'a', zh: '机构', en: 'agency' }, 'service agencies')).toBe(true);
  });
});
