import zh from '../i18n/zh.json';
import en from '../i18n/en.json';
import { fill } from '../shared/fill';

/** The site's languages; every page type is one file with a `[lang]` parameter. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type UiKey = keyof typeof zh;
const STRINGS: Record<Lang, Record<UiKey, string>> = { zh, en };

const PLURALS: Record<Lang, Intl.PluralRules> = { zh: new Intl.PluralRules('zh'), en: new Intl.PluralRules('en') };

/** The form of a word for a count, by the language's plural rules: plural('en', 1, 'unit', 'units') → unit. */
export const plural = (lang: Lang, n: number, one: string, other: string): string => (PLURALS[lang].select(n) === 'one' ? one : other);

/**
 * A UI string in the given language, with `{name}` placeholders filled in and `{name:one|other}`
 * choosing a word's form for the count `name` by Intl.PluralRules ("{n} {n:plan|plans}").
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const s = STRINGS[lang][key];
  if (s === undefined) throw new Error(`missing UI string "${key}" for ${lang} in src/i18n/${lang}.json`);
  return fill(s, vars, lang);
}

/** The other edition's language. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** The BCP 47 tag for `lang` attributes and hreflang. */
export const langTag = (lang: Lang): string => (lang === 'zh' ? 'zh-Hans' : 'en');

/** `getStaticPaths` for a page type that exists once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));

/** The site's base path (`/` by default, `/atlas/` when served under a sub-path), with a trailing slash. */
export const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Path of a page in a language, e.g. `href('zh', 'plans/dehua')` → `/zh/plans/dehua/` (under the base path). */
export function href(lang: Lang, path = ''): string {
  const p = path.replace(/^\/|\/$/g, '');
  return `${BASE}${lang}/${p ? `${p}/` : ''}`;
}

/** A site path outside the language editions (`data/plans.json`), under the base path. */
export const asset = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;
