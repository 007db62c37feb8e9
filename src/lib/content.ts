import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n';

/** The plans of one language edition, in the order their sources were received (seed file names). */
export async function plansIn(lang: Lang): Promise<CollectionEntry<'plans'>[]> {
  const all = await getCollection('plans', (p) => p.data.lang === lang);
  return all.sort((a, b) => a.data.source.original.localeCompare(b.data.source.original) || a.data.slug.localeCompare(b.data.slug));
}

/** `getStaticPaths` for a page type that exists once per plan per language. */
export async function planPaths() {
  const langs: Lang[] = ['zh', 'en'];
  const paths = await Promise.all(langs.map(async (lang) => (await plansIn(lang)).map((entry) => ({ params: { lang, slug: entry.data.slug }, props: { entry } }))));
  return paths.flat();
}
