import { plansIn } from './content';
import { href, LANGS, t, type Lang } from './i18n';
import { pageParam, pagePath, planPages, PLANS_PER_PAGE, type PlanPage } from './paging';

// The Astro side of paged comparison views (src/lib/paging.ts): their static paths and page titles.

interface View<P> { params?: Record<string, string>; props?: P; keep?: (slug: string) => boolean }

/**
 * `getStaticPaths` of a paged view (`[...page].astro`): per language and per entry of `each`, one path per page of `size` of the plans it keeps.
 * Paths come page by page (page 1 of every entry, then page 2…): Astro renders them in this order, so the
 * plans of one page are read once for all the entries (src/lib/plan-blocks.ts keeps a page of plans)
 * instead of once per indicator or theme.
 */
export async function pagedPaths<P extends object = object>(each: (lang: Lang) => View<P>[] = () => [{}], size = PLANS_PER_PAGE) {
  type Path = { params: Record<string, string | undefined>; props: P & { page: PlanPage } };
  const out: Path[] = [];
  for (const lang of LANGS) {
    const slugs = (await plansIn(lang)).map((p) => p.data.slug);
    const byNumber: Path[][] = [];
    for (const view of each(lang)) {
      for (const page of planPages(view.keep ? slugs.filter(view.keep) : slugs, size)) {
        (byNumber[page.number - 1] ??= []).push({ params: { lang, ...view.params, page: pageParam(page.number) }, props: { ...(view.props as P), page } });
      }
    }
    out.push(...byNumber.flat());
  }
  return out;
}

/** A view's title, with the plans it shows when it is one page of several. */
export const pagedTitle = (lang: Lang, title: string, page: PlanPage) => (page.count > 1 ? t(lang, 'compare.pager.title', { title, first: page.first, last: page.last }) : title);

/** The same page of the view in the other language. */
export const pagedHref = (lang: Lang, path: string, page: PlanPage) => href(lang, pagePath(path, page.number));
