import { getCollection, type CollectionEntry } from 'astro:content';
import { PLAN_SLUGS } from '../schemas/plan';
import type { Lang } from './i18n';

/** The plans of one language edition, in the fixed order of PLAN_SLUGS. */
export async function plansIn(lang: Lang): Promise<CollectionEntry<'plans'>[]> {
  const all = await getCollection('plans', (p) => p.data.lang === lang);
  return all.sort((a, b) => PLAN_SLUGS.indexOf(a.data.slug) - PLAN_SLUGS.indexOf(b.data.slug));
}
