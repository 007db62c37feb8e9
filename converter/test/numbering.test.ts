import { describe, expect, it } from 'vitest';
import { cnNumber, endsOpen, readNumber } from '../numbering.ts';

describe('cnNumber', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
  ])('%s = %i', (s, n) => expect(cnNumber(s)).toBe(n));

  it('is NaN for what is not a numeral', () => {
    expect(cnNumber('零')).toBeNaN();
    expect(cnNumber('十十')).toBeNaN();
  });
});

describe('readNumber', () => {
  it.each([
    ['三、保障措施', { level: 1, value: 3, num: '三、', rest: '保障措施' }],
    ['十二、附则', { level: 1, value: 12, num: '十二、', rest: '附则' }],
    ['（二）主要目标', { level: 2, value: 2, num: '（二）', rest: '主要目标' }],
    ['(三) 强化考核', { level: 2, value: 3, num: '(三)', rest: '强化考核' }],
    ['4．加强知识产权托管。', { level: 3, value: 4, num: '4．', rest: '加强知识产权托管。' }],
    ['1. 深入实施战略。', { level: 3, value: 1, num: '1.', rest: '深入实施战略。' }],
    ['10.加强人才培养', { level: 3, value: 10, num: '10.', rest: '加强人才培养' }],
  ])('reads %s', (text, expected) => {
    expect(readNumber(text)).toEqual(expected);
  });

  it.each(['2022年，全市专利授权量', '2.98件', '12.5%', '一是加强保护', '附件1', '知识产权'])('%s is not a number', (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});

describe('endsOpen', () => {
  it.each(['。', '；', '：', '）', '！', '？', ']', '］'])('a paragraph ending in %s is closed', (mark) => {
    expect(endsOpen(`加强知识产权保护${mark}`)).toBe(false);
  });

  it.each([
    ['a comma', '促进经济社会高质量发展，'],
    ['an enumeration comma', '市场监管局、'],
    ['an ideograph', '有效支撑创新驱'],
    ['a digit', '外观设计专利 3066'],
    ['a closing quote', '深化“三合一”'],
  ])('a paragraph ending in %s is open', (_, text) => {
    expect(endsOpen(text)).toBe(true);
  });

  it('an empty string is not open', () => expect(endsOpen('')).toBe(false));
});
