import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n';

// A build asks for the plan list on every comparison page: at 3,000 plans, reading and sorting 6,000
// entries each time made those pages cost in proportion to the corpus. The collection cannot change
// during a build, so it is sorted once; the dev server reads it afresh, since content changes there.
const sorted = new Map<Lang, Promise<CollectionEntry<'plans'>[]>>();
const collator = new Intl.Collator();

/** The plans of one language edition, in the order their sources were received (seed file names). */
export async function plansIn(lang: Lang): Promise<CollectionEntry<'plans'>[]> {
  const read = async () => (await getCollection('plans', (p) => p.data.lang === lang)).sort((a, b) => collator.compare(a.data.source.original, b.data.source.original) || collator.compare(a.data.slug, b.data.slug));
  if (import.meta.env.DEV) return read();
  if (!sorted.has(lang)) sorted.set(lang, read());
  return [...(await sorted.get(lang)!)];
}

/** `getStaticPaths` for a page type that exists once per plan per language. */
export async function planPaths() {
  const langs: Lang[] = ['zh', 'en'];
  const paths = await Promise.all(langs.map(async (lang) => (await plansIn(lang)).map((entry) => ({ params: { lang, slug: entry.data.slug }, props: { entry } }))));
  return paths.flat();
}
