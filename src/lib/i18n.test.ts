import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { href, plural, t } from './i18n.ts';

describe('UI strings', () => {
  it('every key exists in both languages, and no string is empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of [...Object.entries(zh), ...Object.entries(en)]) expect(v, k).not.toBe('');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('zh', 'meta.chars', { n: '6,105' })).toBe('6,105 字');
    expect(t('en', 'anchor.label')).toBe('Copy link to {label}');
  });
  it('chooses a word’s form by Intl.PluralRules', () => {
    expect(plural('en', 1, 'plan', 'plans')).toBe('plan');
    expect(plural('en', 0, 'plan', 'plans')).toBe('plans');
    expect(plural('en', 2, 'plan', 'plans')).toBe('plans');
    expect(plural('zh', 1, '个', '个')).toBe('个');
  });
  it('no English string puts a number placeholder before a plural noun without choosing its form', () => {
    // "{n} passages" would read "1 passages": the noun after a count must be "{n:passage|passages}".
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toMatch(/\{(n|total|count)\} (?!\{)[a-z]+s\b/);
  });
  it('builds locale-prefixed paths with a trailing slash', () => {
    expect(href('zh')).toBe('/zh/');
    expect(href('en', '/plans/dehua/')).toBe('/en/plans/dehua/');
  });
});
