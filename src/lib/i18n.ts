import zh from '../i18n/zh.json';
import en from '../i18n/en.json';

export type Lang = 'zh' | 'en';
export type UiKey = keyof typeof zh;
const STRINGS: Record<Lang, Record<UiKey, string>> = { zh, en };

/** A UI string in the given language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const s = STRINGS[lang][key];
  if (s === undefined) throw new Error(`missing UI string "${key}" for ${lang} in src/i18n/${lang}.json`);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Path of a page in a language, e.g. `href('zh', 'plans/dehua')` → `/zh/plans/dehua/`. */
export function href(lang: Lang, path = ''): string {
  const p = path.replace(/^\/|\/$/g, '');
  return `/${lang}/${p ? `${p}/` : ''}`;
}
