// Filling a UI string, at build time and in the browser alike: `{name}` takes a value, and
// `{name:one|other}` takes the form of a word for the count `name` by Intl.PluralRules, so that
// English never reads "1 passages" (Chinese has one form, so its strings need no choice).

// Made once per locale: building Intl.PluralRules costs more than the rest of a fill, and a
// comparison page fills thousands of strings.
const RULES = new Map<string, Intl.PluralRules>();

/** Fills `{name}` and `{name:one|other}` in a UI string for the given locale ('zh', 'zh-Hans', 'en'). */
export function fill(template: string, vars: Record<string, string | number>, locale: string): string {
  const rules = RULES.get(locale) ?? RULES.set(locale, new Intl.PluralRules(locale)).get(locale)!;
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (m, k: string, one: string, other: string) => (vars[k] === undefined ? m : rules.select(Number(vars[k])) === 'one' ? one : other))
    .replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : String(vars[k])));
}
