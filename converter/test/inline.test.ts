import { describe, expect, it } from 'vitest';
import { agencyGroups, noteMarker, plainText, splitAgencies, tokenize } from '../inline.ts';
import { seedError } from './helpers.ts';

const F = 'seeds/x.txt';

describe('tokenize: bold lead-ins', () => {
  it('splits **bold** lead-ins from plain text', () => {
    expect(tokenize('**一是加强保护。**完善制度。', F, 3)).toEqual([
      { t: 'strong', text: '一是加强保护。' },
      { t: 'text', text: '完善制度。' },
    ]);
  });

  it('throws on an unclosed ** naming the line', () => {
    const e = seedError(() => tokenize('**一是加强保护。完善制度。', F, 12));
    expect(e.line).toBe(12);
    expect(e.message).toMatch(/^seeds\/x\.txt:12: a "\*\*" bold mark is not closed/);
  });

  it('turns note markers into ednote inlines', () => {
    expect(tokenize(`加强知识${noteMarker(2)}产权。`, F, 1)).toEqual([
      { t: 'text', text: '加强知识' },
      { t: 'ednote', n: 2 },
      { t: 'text', text: '产权。' },
    ]);
  });
});

describe('tokenize: responsibility notes', () => {
  const agencies = ['各区（市、县）人民政府', '德阳经开区管委会', '市科技局'];

  it.each([
    ['square brackets', '[责任单位：各区（市、县）人民政府、德阳经开区管委会，市科技局]'],
    ['full-width square brackets', '［责任单位：各区（市、县）人民政府、德阳经开区管委会，市科技局］'],
  ])('%s become one resp inline with agencies split at top level', (_, note) => {
    expect(tokenize(`加强专利培育。${note}`, F, 9)).toEqual([
      { t: 'text', text: '加强专利培育。' },
      { t: 'resp', text: note, agencies },
    ]);
  });

  it('full-width parentheses become a resp inline', () => {
    const note = '（责任单位：市中级法院、市检察院，市公安局）';
    expect(tokenize(`提升打击质效。${note}`, F, 22)).toEqual([
      { t: 'text', text: '提升打击质效。' },
      { t: 'resp', text: note, agencies: ['市中级法院', '市检察院', '市公安局'] },
    ]);
  });

  // A （责任单位：…） note whose agency list has its own parentheses must close at the outer ）.
  it('full-width parentheses with nested （市、县）', () => {
    const note = '（责任单位：各区（市、县）人民政府、德阳经开区管委会，市科技局）';
    expect(tokenize(`加强专利培育。${note}`, F, 9).at(-1)).toEqual({ t: 'resp', text: note, agencies });
  });

  it('keeps a note marker after the note outside the agency list', () => {
    const out = tokenize(`任务。[责任单位：市科技局]${noteMarker(1)}`, F, 1);
    expect(out).toEqual([
      { t: 'text', text: '任务。' },
      { t: 'ednote', n: 1 },
      { t: 'resp', text: '[责任单位：市科技局]', agencies: ['市科技局'] },
    ]);
    expect(plainText(out)).toBe('任务。[责任单位：市科技局]');
  });

  it('throws on an unclosed note, naming the line', () => {
    const e = seedError(() => tokenize('加强专利培育。[责任单位：各区（市、县）人民政府，市科技局', F, 30));
    expect(e.line).toBe(30);
    expect(e.problem).toMatch(/opened with "\[责任单位" is never closed/);
  });

  it('throws when text follows a note', () => {
    const e = seedError(() => tokenize('任务。（责任单位：市科技局）另一项任务。', F, 31));
    expect(e.line).toBe(31);
    expect(e.problem).toMatch(/^text follows the responsibility note: "另一项任务。"/);
  });
});

describe('splitAgencies', () => {
  it('gives bare place names the suffix of the government they share', () => {
    expect(splitAgencies('什邡市、绵竹市、中江县人民政府，市市场监管局')).toEqual(['什邡市人民政府', '绵竹市人民政府', '中江县人民政府', '市市场监管局']);
    expect(agencyGroups('广汉市人民政府，市市场监管局、市文旅局')).toEqual([['广汉市人民政府'], ['市市场监管局', '市文旅局']]);
  });

  it('does not lengthen agencies that are not bare place names', () => {
    expect(splitAgencies('各区（市、县）人民政府、德阳经开区管委会、德阳高新区管委会，市科技局')).toEqual(['各区（市、县）人民政府', '德阳经开区管委会', '德阳高新区管委会', '市科技局']);
  });

  it('splits at top-level 、 ， and , only', () => {
    expect(splitAgencies('四川（国际）航空展(成都、德阳)组委会,市商务局')).toEqual(['四川（国际）航空展(成都、德阳)组委会', '市商务局']);
  });
});
