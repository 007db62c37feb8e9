import { describe, expect, it } from 'vitest';
import { searchTermsData } from '../../shared/search-terms.ts';
import { concepts, marksQuery } from './concepts.ts';

const data = searchTermsData(
  [
    { zh: '知识产权', en: 'intellectual property', variants: ['IP', 'IPR'] },
    { zh: '质押融资', en: 'pledge financing' },
  ],
  [],
  [],
);
const t2s = { t: '識權產', s: '识权产' };

describe('a query as Pagefind queries', () => {
  it('an American spelling is searched in its British form only (utilization would stem to "util")', () => {
    expect(concepts('utilization center', data)).toMatchObject([{ alternatives: [[['"utilisation"']]] }, { alternatives: [[['"centre"']]] }]);
  });

  it('an abbreviation is searched as typed and as its term\'s Chinese, as a phrase of characters', () => {
    expect(concepts('IPR', data)[0]!.alternatives).toEqual([[['"ipr"']], [['"知 识 产 权"']]]);
  });

  it('words that together name a glossary term are one concept: all the words, or the Chinese', () => {
    const [c] = concepts('pledge financing', data);
    expect(c!.alternatives).toEqual([[['"pledge"'], ['"financing"']], [['"质 押 融 资"']]]);
    expect(marksQuery(concepts('pledge financing', data))).toBe('pledge financing 质押融资');
  });

  it('traditional characters are read as simplified, then expanded like any term', () => {
    expect(concepts('知識產權', data, t2s)).toMatchObject([{ text: '知识产权', alternatives: [[['"知 识 产 权"']]] }]);
  });

  it('a Chinese term spanning punctuation is checked against the text', () => {
    expect(concepts('质押、融资', data)[0]).toMatchObject({ alternatives: [[['"质 押"'], ['"融 资"']]], verify: ['质押、融资'] });
  });
});
