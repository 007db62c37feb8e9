import { describe, expect, it } from 'vitest';
import { pageRoutes, pageType, pagesToVisit } from './sample.ts';

// Paths as a built site has them: two languages, a few instances of each dynamic route.
const plans = ['dehua', 'nanan', 'chaozhou', 'huantai', 'deyang', 'p6', 'p7', 'p8'];
const site = [
  '/', '/404.html',
  ...['zh', 'en'].flatMap((l) => [
    `/${l}/`, `/${l}/search/`, `/${l}/glossary/`, `/${l}/about/`, `/${l}/about/data/`, `/${l}/compare/`, `/${l}/compare/goals/`,
    ...plans.flatMap((p) => [`/${l}/plans/${p}/`, `/${l}/plans/${p}/parallel/`]),
    ...['copyright', 'trademarks', 'finance'].map((t) => `/${l}/compare/themes/${t}/`),
  ]),
];

describe('which pages a browser gate visits', () => {
  it('maps every built path to the page file that renders it, static segments first', () => {
    const routes = pageRoutes();
    expect(pageType('/zh/plans/dehua/', routes)).toBe('[lang]/plans/[slug]/index.astro zh');
    expect(pageType('/en/plans/dehua/parallel/', routes)).toBe('[lang]/plans/[slug]/parallel.astro en');
    expect(pageType('/en/compare/goals/', routes)).toBe('[lang]/compare/goals/[...page].astro en');
    // A later page of a paged comparison view is the same page type as its first.
    expect(pageType('/en/compare/goals/page/2/', routes)).toBe('[lang]/compare/goals/[...page].astro en');
    expect(pageType('/zh/compare/themes/copyright/', routes)).toBe('[lang]/compare/themes/[theme]/[...page].astro zh');
    expect(pageType('/zh/about/', routes)).toBe('[lang]/about/[...page].astro zh');
    expect(pageType('/zh/about/data/', routes)).toBe('[lang]/about/[...page].astro zh');
    expect(pageType('/404.html', routes)).toBe('404.astro -');
    expect(pageType('/', routes)).toBe('index.astro -');
    expect(pageType('/zh/', routes)).toBe('[lang]/index.astro zh');
  });

  it('visits every page while the site is within the bound, or when ATLAS_FULL=1', () => {
    expect(pagesToVisit(site, { gate: 't', bound: site.length, env: {} }).pages).toEqual([...site].sort());
    const full = pagesToVisit(site, { gate: 't', bound: 3, env: { ATLAS_FULL: '1' } });
    expect(full.full).toBe(true);
    expect(full.pages).toHaveLength(site.length);
  });

  it('beyond the bound, visits every page type in both languages plus the sample, reproducibly by seed', () => {
    const routes = pageRoutes();
    const a = pagesToVisit(site, { gate: 't', bound: 10, sample: 3, seed: 7, env: {} });
    expect(a.full).toBe(false);
    const types = new Set(site.map((p) => pageType(p, routes)));
    expect(new Set(a.pages.map((p) => pageType(p, routes)))).toEqual(types);
    expect(a.pages).toHaveLength(types.size + 3);
    expect(a.summary).toContain('seed 7');
    expect(pagesToVisit(site, { gate: 't', bound: 10, sample: 3, seed: 7, env: {} }).pages).toEqual(a.pages);
    const others = [1, 2, 3, 4, 5].map((seed) => pagesToVisit(site, { gate: 't', bound: 10, sample: 3, seed, env: {} }).pages.join());
    expect(new Set([a.pages.join(), ...others]).size).toBeGreaterThan(1);
  });

  it('always visits the pages it is told to include', () => {
    const v = pagesToVisit(site, { gate: 't', bound: 0, sample: 0, seed: 1, include: /\/plans\/p8\//, env: {} });
    for (const p of ['/zh/plans/p8/', '/en/plans/p8/', '/zh/plans/p8/parallel/', '/en/plans/p8/parallel/']) expect(v.pages).toContain(p);
  });
});
