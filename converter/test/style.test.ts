import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers, leftoverChinese, numberParity, rendersTerm, termsIn, type GlossaryTerm } from '../translation/checks.ts';
import { originalsTable, parseStyleData, phraseTable, replaceBetweenMarkers, styleFindings, type StyleUnit } from '../translation/style.ts';
import { seedError } from './helpers.ts';

const fixture = new URL('./fixtures/style.yaml', import.meta.url);
const data = parseStyleData(readFileSync(fixture, 'utf8'), 'converter/test/fixtures/style.yaml');
const glossary: GlossaryTerm[] = [
  { id: 'rapid-centre', zh: '快速维权中心', en: 'rapid IP protection centre', variants: ['IP rapid protection centre'], deprecated: ['rapid rights protection centre'] },
  { id: 'ip-strong-county', zh: '知识产权强县', en: 'IP-strong county', deprecated: ['intellectual property-strong county'] },
  { id: 'demo-county', zh: '知识产权强县建设示范县', en: 'demonstration county for building an IP-strong county', deprecated: ['demonstration county for building an intellectual property-strong county'] },
];
const check = (units: StyleUnit[]) => styleFindings(units, data, glossary);
const one = (en: string, id = 'chp_1__para_1') => check([{ id, en }]);

describe('style check: stock calques', () => {
  it('flags every calque as an error naming the preferred rendering', () => {
    const f = one('Cultivate a batch of high-value patents during the demonstration construction period.');
    expect(f.map((x) => [x.severity, x.rule, x.found, x.prefer])).toEqual([
      ['error', 'calque', 'a batch of', 'a number of; several'],
      ['error', 'calque', 'demonstration construction', 'programme period; building'],
    ]);
  });

  it('matches any case, in table cells and member lines too', () => {
    expect(one('A Batch Of firms').map((x) => x.found)).toEqual(['A Batch Of']);
    expect(check([{ id: 'row_1', en: ['1', 'a batch of parks', 'items'] }]).map((x) => x.id)).toEqual(['row_1']);
    expect(check([{ id: 'm_1', en: { role: 'Member', name: 'Li Si', post: 'Head of the construction period office' } }]).length).toBe(1);
  });

  it('allows the ordinary English the patterns are written to spare', () => {
    expect(one('The plants are under construction; build a new development pattern; a sound system exists.')).toEqual([]);
    expect(one('A working pattern of coordination; sound the alarm.').map((x) => x.found)).toEqual(['pattern', 'sound the']);
  });

  it('reports a row marked "severity: warning" as a warning, the others as errors', () => {
    const f = one('Carry out IP cultivation work and cultivate a batch of brands.');
    expect(f.map((x) => [x.severity, x.found])).toEqual([
      ['error', 'a batch of'],
      ['warning', 'Carry out IP cultivation work'],
    ]);
    expect(data.phrases.filter((p) => p.severity === undefined).length).toBeGreaterThan(0);
  });

  it('rejects a severity other than error or warning, naming the line', () => {
    const bad = 'phrases:\n  - zh: 一批\n    calque: x\n    prefer: [several]\n    reason: r\n    severity: fatal\noriginals: []\n';
    const e = seedError(() => parseStyleData(bad, 'content/glossary/style.yaml'));
    expect([e.file, e.line]).toEqual(['content/glossary/style.yaml', 2]);
    expect(e.problem).toMatch(/severity/);
  });

  it('no preferred rendering of the real table is itself caught by its own pattern', () => {
    const real = parseStyleData(readFileSync(new URL('../../content/glossary/style.yaml', import.meta.url), 'utf8'), 'content/glossary/style.yaml');
    const selfCaught = real.phrases.flatMap((p) => p.prefer.filter((r) => !r.startsWith('(') && new RegExp(p.calque, 'iu').test(r)).map((r) => `${p.zh}: ${r}`));
    expect(selfCaught).toEqual([]);
  });
});

describe('style check: Chinese in the English', () => {
  it('allows a listed proper name in parentheses on its first use in the plan only', () => {
    const f = check([
      { id: 'a', en: 'Deyang Chao fans (德阳潮扇) and the Leading Geese (首雁) programme.' },
      { id: 'b', en: 'Deyang Chao fans (德阳潮扇) again.' },
    ]);
    expect(f.map((x) => [x.id, x.rule, x.found])).toEqual([['b', 'repeat', '(德阳潮扇)']]);
  });

  it('rejects an ordinary term or an unlisted name in parentheses, and full-width parentheses alike', () => {
    expect(one('Cultivate excellence (培优) and the rail service （蓉欧班列）.').map((x) => [x.rule, x.found])).toEqual([
      ['chinese', '(培优)'],
      ['chinese', '（蓉欧班列）'],
    ]);
  });

  it('rejects a document number in Chinese, in parentheses or bare, asking for the pinyin form', () => {
    const f = one('The notice (国知发运字〔2022〕33号, CNIPA document) and 德知办〔2023〕1号.');
    expect(f.map((x) => x.rule)).toEqual(['docnumber', 'docnumber']);
    expect(f[0]!.prefer).toMatch(/Guo Zhi Fa Yun Zi \[2022\] No\. 33/);
  });

  it('asks for thousands separators in a table cell that is a bare number, not in a year or in running text', () => {
    const f = check([{ id: 't__row_1', en: ['1', 'Patent applications', 'items', '10640', '152180.5', '9,682', '2025', '2.98'] }, { id: 'p', en: 'the 12330 hotline' }]);
    expect(f.map((x) => [x.id, x.rule, x.found, x.prefer.split(' ')[0]])).toEqual([
      ['t__row_1', 'digits', '10640', '10,640'],
      ['t__row_1', 'digits', '152180.5', '152,180.5'],
    ]);
  });

  it('rejects Chinese outside parentheses', () => {
    expect(one('Promote 知识产权 work.').map((x) => [x.rule, x.found])).toEqual([['chinese', '知识产权']]);
  });

  it('lets an editorial note quote the Chinese it discusses', () => {
    expect(check([{ id: 'ednote.1', en: 'The source has “资金实用” (for 使用); read as “use of funds”.' }])).toEqual([]);
  });

  it('a pinyin document number passes the existing checks: no leftover Chinese, numbers carried over', () => {
    const zh = '根据《通知》（国知发运字〔2022〕33号）';
    const en = 'In accordance with the Notice (Guo Zhi Fa Yun Zi [2022] No. 33)';
    expect(leftoverChinese(en)).toEqual([]);
    expect(numberParity(zh, en)).toEqual({ missing: [], added: [] });
    expect(one(en)).toEqual([]);
  });
});

describe('style check: glossary variants', () => {
  it('warns where a deprecated rendering stands without the preferred one, naming the preferred', () => {
    const f = one('Give scope to the Dehua County Rapid Rights Protection Centre.');
    expect(f.map((x) => [x.severity, x.rule, x.found, x.prefer])).toEqual([['warning', 'glossary', 'Rapid Rights Protection Centre', 'rapid IP protection centre']]);
  });

  it('does not warn on the preferred rendering or an allowed variant', () => {
    expect(one('The rapid IP protection centre and the IP rapid protection centre.')).toEqual([]);
  });

  it('warns once for a deprecated rendering inside a longer deprecated one', () => {
    const f = one('Nan’an as a demonstration county for building an intellectual property-strong county.');
    expect(f.map((x) => x.prefer)).toEqual(['demonstration county for building an IP-strong county']);
  });

  it('still counts a deprecated rendering as consistent for the glossary figure', () => {
    expect(rendersTerm(glossary[0]!, 'the rapid rights protection centre')).toBe(true);
  });
});

describe('style data and the doc tables', () => {
  it('renders the phrase table with one row per phrase, pipes escaped', () => {
    const table = phraseTable(data).split('\n');
    expect(table).toHaveLength(2 + data.phrases.length);
    expect(table[3]).toContain('`\\bconstruction period\\b\\|\\b(?:demonstration\\|pilot) construction\\b` | error |');
    expect(table.at(-1)).toMatch(/^\| 开展…工作 \| .* \| warning \| /);
    expect(originalsTable(data)).toContain('| 德阳潮扇 | GI product name. |');
  });

  it('replaces only the text between the markers', () => {
    const doc = 'a\n<!-- t:start -->\nold\n<!-- t:end -->\nb';
    expect(replaceBetweenMarkers(doc, 't', 'new')).toBe('a\n<!-- t:start -->\nnew\n<!-- t:end -->\nb');
    expect(() => replaceBetweenMarkers('no markers', 't', 'x')).toThrow(/markers/);
  });

  it('fails on a bad pattern or a missing field, naming the file and the line', () => {
    const bad = 'phrases:\n  - zh: 一批\n    calque: \'(unclosed\'\n    prefer: [several]\n    reason: r\noriginals: []\n';
    const e = seedError(() => parseStyleData(bad, 'content/glossary/style.yaml'));
    expect([e.file, e.line]).toEqual(['content/glossary/style.yaml', 2]);
    expect(e.problem).toMatch(/not a valid regular expression/);
    const missing = seedError(() => parseStyleData('phrases:\n  - zh: 一批\n    calque: x\noriginals: []\n', 'style.yaml'));
    expect(missing.problem).toMatch(/lacks zh, calque, prefer or reason/);
  });
});

describe('glossary terms nested in a longer term', () => {
  const nested: GlossaryTerm[] = [
    { id: 'sti', zh: '科技创新', en: 'scientific and technological innovation' },
    { id: 'ie', zh: '创新型企业', en: 'innovative enterprise' },
    { id: 'stie', zh: '科技创新型企业', en: 'technology-based innovative enterprise' },
  ];
  const ids = (zh: string) => termsIn(zh, nested).map((t) => t.id);

  it('judges a term that stands only inside a longer one by the longer term alone', () => {
    expect(ids('引导科技创新型企业构建专利组合')).toEqual(['stie']);
  });

  it('still counts the shorter term where it also stands on its own', () => {
    expect(ids('加强科技创新，引导科技创新型企业')).toEqual(['sti', 'stie']);
    expect(ids('培育创新型企业')).toEqual(['ie']);
  });
});

describe('number parity treats standard codes as identifiers', () => {
  it('ignores GB/T codes on both sides', () => {
    expect(englishNumbers('the national standard GB/T 39550-2020 Intellectual Property Protection')).toEqual([]);
    expect(chineseNumbers('贯彻GB/T29490-2013标准')).toEqual([]);
    expect(numberParity('贯彻《电商平台知识产权保护管理》', 'apply GB/T 39550-2020 Intellectual Property Protection and Management for E-commerce Platforms')).toEqual({ missing: [], added: [] });
  });
});

describe('style check: IP and intellectual property in one passage', () => {
  it('warns where "IP" stands next to a lowercase "intellectual property"', () => {
    expect(one('Strengthen IP protection and intellectual property services.').map((x) => [x.severity, x.rule, x.found])).toEqual([['warning', 'mixed', 'intellectual property']]);
  });

  it('allows a published name, a first mention with its abbreviation, or one form alone', () => {
    expect(one('The China National Intellectual Property Administration supports IP services.')).toEqual([]);
    expect(one('Protect intellectual property (IP) and build IP services.')).toEqual([]);
    expect(one('Protect intellectual property and build intellectual property services.')).toEqual([]);
  });
});
