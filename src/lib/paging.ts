// Corpus-wide comparison pages list every plan; past a few dozen plans one page would grow without
// bound (at 3,000 plans the goals page alone took the build to 6 GB), so the plans are split into
// pages: page 1 stays at the view's own URL, later pages under <view>/page/<n>/.

/** Plans shown on one page of a comparison view: more than this and the view is paged (a test of a small corpus sets ATLAS_PLANS_PER_PAGE to see pages). */
export const PLANS_PER_PAGE = Number(globalThis.process?.env.ATLAS_PLANS_PER_PAGE) || 40;

/**
 * Plans on one page of the responsibilities view: a quarter of the others, since a plan there brings
 * every task with its agencies (~86 kB of HTML a plan, against ~20 kB on the goals page).
 */
export const RESPONSIBILITY_PLANS_PER_PAGE = Math.max(1, Math.floor(PLANS_PER_PAGE / 4));

/** One page of a paged comparison view: its number, how many pages, and which plans (1-based positions). */
export interface PlanPage { number: number; count: number; first: number; last: number; total: number; slugs: string[] }

/** The plans split into pages of at most `size`, in order; always at least one page (an empty view is one empty page). */
export function planPages(slugs: string[], size = PLANS_PER_PAGE): PlanPage[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`plans per page must be a positive whole number, not ${size}`);
  const count = Math.max(1, Math.ceil(slugs.length / size));
  return Array.from({ length: count }, (_, k) => {
    const part = slugs.slice(k * size, (k + 1) * size);
    return { number: k + 1, count, first: part.length ? k * size + 1 : 0, last: k * size + part.length, total: slugs.length, slugs: part };
  });
}

/** The rest parameter (`[...page]`) of page n: none for page 1, so it keeps the view's URL. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `page/${n}`);

/** The site path of page n of a view (`compare/goals` → `compare/goals/page/2`). */
export const pagePath = (path: string, n: number): string => (n === 1 ? path : `${path.replace(/\/$/, '')}/page/${n}`);

/** The page numbers a pager links to: the first, the last and `span` either side of the current one; null marks a gap. */
export function pageWindow(current: number, count: number, span = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= span) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
