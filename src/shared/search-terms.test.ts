import { describe, expect, it } from 'vitest';
import { formKey, glossaryChinese, namedIndicators, nearestTerms, searchTermsData } from './search-terms.ts';

const data = searchTermsData(
  [
    { zh: '知识产权', en: 'intellectual property', variants: ['IP', 'IPR'] },
    { zh: '地理标志', en: 'geographical indication', variants: ['GI'] },
    { zh: '地标', en: 'geographical indication', variants: ['GI'] },
    { zh: '专利合作条约', en: 'Patent Cooperation Treaty', abbreviations: ['PCT'] },
    { zh: '专利', en: 'patent' },
    { zh: '运用', en: 'utilisation' },
  ],
  [
    { key: 'pledge-financing', zh: '知识产权质押融资金额', en: 'IP pledge financing' },
    { key: 'patents', zh: '知识产权专利数', en: 'IP patents' },
    { key: 'gi-products', zh: '地理标志产品', en: 'Geographical indication products' },
    { key: 'ip-training', zh: '知识产权培训', en: 'IP training' },
    { key: 'ip-events', zh: '知识产权活动', en: 'IP events' },
  ],
  [
    { key: 'pledge-financing', plan: 'dehua', eid: 'chp_1' },
    { key: 'pledge-financing', plan: 'deyang', eid: 'chp_2' },
    { key: 'patents', plan: 'dehua', eid: 'chp_3' },
    { key: 'ip-training', plan: 'nanan', eid: 'chp_3' },
    { key: 'ip-events', plan: 'nanan', eid: 'chp_4' },
  ],
);

describe('search terms from the glossary and the comparison data', () => {
  it('compares English forms word by word: case, punctuation, plural and spelling aside', () => {
    expect(formKey('Geographical-Indications')).toBe('geographical indication');
    expect(formKey('utilization')).toBe('utilisation');
  });

  it('an abbreviation, variant or rendering stands for the term\'s Chinese', () => {
    expect(glossaryChinese('IPR', data)).toEqual(['知识产权']);
    expect(glossaryChinese('PCT', data)).toEqual(['专利合作条约']);
    expect(glossaryChinese('GIs', data)).toEqual(['地理标志', '地标']);
    expect(glossaryChinese('utilization', data)).toEqual(['运用']);
    expect(glossaryChinese('ceramics', data)).toEqual([]);
  });

  it('a Chinese term stands for the terms rendered the same way', () => {
    expect(glossaryChinese('地标', data)).toEqual(['地理标志', '地标']);
    expect(glossaryChinese('专利', data)).toEqual(['专利']);
  });

  it('a query names an indicator when every word is in its name and not only the words all indicators share', () => {
    expect(namedIndicators(['质押融资'], data).map((i) => i.key)).toEqual(['pledge-financing']);
    expect(namedIndicators(['pledge financing'], data).map((i) => i.key)).toEqual(['pledge-financing']);
    expect(namedIndicators(['知识产权'], data)).toEqual([]);
    expect(namedIndicators(['IP'], data)).toEqual([]);
    expect(namedIndicators(['ceramics'], data)).toEqual([]);
  });

  it('an indicator without targets is left out; plans with targets are counted once', () => {
    expect(data.indicators.map((i) => [i.key, i.plans])).toEqual([['pledge-financing', 2], ['patents', 1], ['ip-training', 1], ['ip-events', 1]]);
  });

  it('suggests the nearest terms for a query found nowhere', () => {
    expect(nearestTerms('patnet', data)[0]?.zh).toBe('专利');
    expect(nearestTerms('地理标识', data)[0]?.zh).toBe('地理标志');
    expect(nearestTerms('zzzz', data)).toEqual([]);
  });
});
