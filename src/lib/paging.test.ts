import { describe, expect, it } from 'vitest';
import { pageParam, pagePath, pageWindow, planPages, PLANS_PER_PAGE } from './paging';

const slugs = (n: number) => Array.from({ length: n }, (_, k) => `plan-${k}`);

describe('planPages', () => {
  it('keeps a small corpus on one page (the real five plans)', () => {
    const pages = planPages(slugs(5));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, count: 1, first: 1, last: 5, total: 5 });
  });

  it('splits 90 plans into pages of 40, every plan once, in order', () => {
    const all = slugs(90);
    const pages = planPages(all, 40);
    expect(pages.map((p) => [p.first, p.last])).toEqual([[1, 40], [41, 80], [81, 90]]);
    expect(pages.flatMap((p) => p.slugs)).toEqual(all);
    expect(pages.every((p) => p.count === 3 && p.total === 90 && p.slugs.length === p.last - p.first + 1)).toBe(true);
  });

  it('puts exactly PLANS_PER_PAGE plans on one page and one more on a second', () => {
    expect(planPages(slugs(PLANS_PER_PAGE))).toHaveLength(1);
    const two = planPages(slugs(PLANS_PER_PAGE + 1));
    expect(two.map((p) => p.slugs.length)).toEqual([PLANS_PER_PAGE, 1]);
  });

  it('gives an empty view one empty page, and refuses a page size that is not a positive whole number', () => {
    expect(planPages([])).toEqual([{ number: 1, count: 1, first: 0, last: 0, total: 0, slugs: [] }]);
    expect(() => planPages(slugs(3), 0)).toThrow(/positive whole number/);
    expect(() => planPages(slugs(3), 2.5)).toThrow(/positive whole number/);
  });
});

describe('page URLs', () => {
  it('keeps page 1 at the view URL and puts later pages under page/<n>', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    expect(pagePath('compare/goals', 1)).toBe('compare/goals');
    expect(pagePath('compare/goals/', 2)).toBe('compare/goals/page/2');
  });
});

describe('pageWindow', () => {
  it('lists every page of a short run', () => {
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
  it('keeps the ends and the neighbourhood of the current page, gaps once', () => {
    expect(pageWindow(1, 75)).toEqual([1, 2, 3, null, 75]);
    expect(pageWindow(40, 75)).toEqual([1, null, 38, 39, 40, 41, 42, null, 75]);
    expect(pageWindow(75, 75)).toEqual([1, null, 73, 74, 75]);
  });
});
