import { describe, expect, it } from 'vitest';
import { britishSpelling, spellingExtras } from './spelling.ts';

describe('British and American spellings fold into the British form', () => {
  it.each([
    ['utilization', 'utilisation'],
    ['organize', 'organise'],
    ['organizations', 'organisations'],
    ['standardized', 'standardised'],
    ['analyze', 'analyse'],
    ['center', 'centre'],
    ['centers', 'centres'],
    ['centered', 'centred'],
    ['fiber', 'fibre'],
    ['color', 'colour'],
    ['behavior', 'behaviour'],
    ['honorable', 'honourable'],
    ['neighborhood', 'neighbourhood'],
    ['labor', 'labour'],
    ['defense', 'defence'],
    ['license', 'licence'],
    ['practise', 'practice'],
    ['catalog', 'catalogue'],
    ['program', 'programme'],
    ['modeling', 'modelling'],
    ['labeled', 'labelled'],
    ['judgment', 'judgement'],
    ['fulfillment', 'fulfilment'],
    ['gray', 'grey'],
  ])('%s → %s', (american, british) => expect(britishSpelling(american)).toBe(british));

  it('leaves British spellings and words no rule is about as they are', () => {
    for (const w of ['utilisation', 'centre', 'colour', 'licence', 'programme', 'modelling', 'enter', 'number', 'member', 'factor', 'sector', 'detailed', 'feeling', 'filing'])
      expect(britishSpelling(w)).toBe(w);
  });

  it('does not join two different words: the exceptions', () => {
    for (const w of ['for', 'or', 'four', 'prize', 'seize', 'size', 'minor', 'door', 'honorary']) expect(britishSpelling(w)).toBe(w);
  });

  it('lists the British forms of a text\'s American spellings, for the index', () => {
    expect(spellingExtras('The World Intellectual Property Organization and its centre; color.')).toEqual(['organisation', 'colour']);
    expect(spellingExtras('Nothing American here.')).toEqual([]);
  });
});
