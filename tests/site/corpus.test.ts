// The scale benchmark's generated corpus (bench/corpus.ts), kept honest: a small corpus in which
// every real plan has one generated variant carries every kind of input a real plan has, builds,
// and gives each variant every output its real plan gets. The kinds are found by scanning the
// project, not listed here, so a new kind of per-plan file that the generator does not copy fails
// this test instead of breaking `npm run bench` at the 50-plan step.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusSlug, makeCorpus, realPlans } from '../../bench/corpus.ts';
import { buildFigures } from '../../bench/scale.ts';
import { fullBuild, ROOT } from '../support/project.ts';

const five = realPlans(ROOT);
// Each real plan once, then one variant of each: the smallest corpus that exercises every plan's inputs.
const N = five.length * 2;
const variants = Array.from({ length: five.length }, (_, i) => ({ base: five[i]!, slug: corpusSlug(five, five.length + i) }));
const GENERATED = /^content\/(plans|parallel|data|reports)\//;

/** Every file under `dir` (relative paths), skipping what is never input or output of a plan. */
function files(dir: string, skip = /^(node_modules|\.git|\.astro|dist[^/]*|bench|tests|test-results)(\/|$)/): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((p) => !skip.test(p));
}

/** A path with the plan's name as one of its segments (`dehua.yaml`, `dehua/`), with that name replaced. */
function renamed(path: string, from: string, to: string): string | undefined {
  const re = new RegExp(`(^|/)${from}(?=\\.[^/]+$|/|$)`);
  return re.test(path) ? path.replace(re, `$1${to}`) : undefined;
}

describe(`the generated corpus (${N} plans)`, () => {
  const dir = makeCorpus(ROOT, N);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Four plans a page, so the ten plans page every comparison view (src/lib/paging.ts) as thousands would.
  const PER_PAGE = 4;
  const build = fullBuild(dir, { ATLAS_PLANS_PER_PAGE: String(PER_PAGE) });
  /** A comparison view's pages as built: page 1 at the view's URL, then page/2/, page/3/… */
  const pagesOf = (lang: string, view: string) => {
    const out: string[] = [];
    for (let n = 1; ; n++) {
      const file = join(dir, 'dist', lang, 'compare', view, n === 1 ? '' : `page/${n}`, 'index.html');
      if (!existsSync(file)) return out;
      out.push(readFileSync(file, 'utf8'));
    }
  };

  it('carries, for each variant, every per-plan input file its real plan has', () => {
    const inputs = files(ROOT).filter((p) => !GENERATED.test(p));
    const perPlan = inputs.flatMap((p) => five.map((slug) => [p, slug, renamed(p, slug, '<slug>')] as const)).filter(([, , k]) => k);
    const kinds = new Set(perPlan.map(([, , k]) => k));
    // The kinds a real plan has today; more may come, and each is checked below.
    for (const k of ['seeds/<slug>.txt', 'converter/hints/<slug>.json', 'content/translations/en/<slug>.yaml', 'content/compare/targets/<slug>.yaml', 'content/compare/tags/<slug>.yaml']) expect(kinds).toContain(k);
    for (const [p, base] of perPlan) {
      for (const v of variants.filter((x) => x.base === base)) expect(existsSync(join(dir, renamed(p, base, v.slug)!)), `${renamed(p, base, v.slug)} (from ${p})`).toBe(true);
    }
  });

  it('gives each variant the entries its real plan has in files shared by all plans', () => {
    const shared = files(ROOT).filter((p) => !GENERATED.test(p) && /^content\/.*\.(ya?ml|json)$/.test(p));
    let keyed = 0;
    for (const p of shared) {
      const top = (load(readFileSync(join(ROOT, p), 'utf8')) ?? {}) as Record<string, unknown>;
      if (typeof top !== 'object' || Array.isArray(top)) continue;
      const copy = (load(readFileSync(join(dir, p), 'utf8')) ?? {}) as Record<string, unknown>;
      for (const v of variants.filter((x) => x.base in top)) {
        keyed++;
        expect(copy[v.slug], `${p}: ${v.slug} (as ${v.base})`).toEqual(top[v.base]);
      }
    }
    expect(keyed).toBeGreaterThan(0);
  });

  it('builds, with the search index', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const blocks = Number(/search index: (\d+) blocks/.exec(build.output)?.[1]);
    expect(blocks).toBeGreaterThan(0);
  });

  it('prints every figure the scale benchmark reads from a build (stage times, pages)', () => {
    expect(build.status).toBe(0);
    const { stages, pages } = buildFigures(build.output, JSON.parse(readFileSync(join(dir, '.astro/build-timings.json'), 'utf8')));
    expect(pages).toBeGreaterThan(N * 3);
    for (const [stage, ms] of Object.entries(stages)) expect(ms, stage).toBeGreaterThanOrEqual(0);
    expect(stages.total).toBeGreaterThanOrEqual(stages.convert! + stages.astro!);
  });

  it('gives each variant every output its real plan gets: pages, parallel view, downloads, citation data, comparison data', () => {
    expect(build.status).toBe(0);
    const out = files(join(dir, 'dist'), /^pagefind\//);
    const have = new Set(out);
    let checked = 0;
    for (const { base, slug } of variants) {
      const own = out.map((p) => renamed(p, base, slug)).filter((p): p is string => !!p);
      expect(own.length, `${base}: outputs named after the plan`).toBeGreaterThan(0);
      for (const p of own) expect(have.has(p), p).toBe(true);
      checked += own.length;
      // The comparison data lists the variant as it lists its plan.
      const data = (f: string) => JSON.parse(readFileSync(join(dir, 'content/data/compare', f), 'utf8'));
      const targets = data('targets.json').targets as { plan: string }[];
      expect(targets.filter((t) => t.plan === slug).length).toBe(targets.filter((t) => t.plan === base).length);
      const tags = data('themes.json').tags as Record<string, unknown>;
      expect(tags[slug]).toEqual(tags[base]);
      for (const lang of ['zh', 'en']) {
        const goals = pagesOf(lang, 'goals').join('\n');
        expect(goals.includes(`/${lang}/plans/${slug}/`), `${lang} goals pages list ${slug} as they list ${base}`).toBe(goals.includes(`/${lang}/plans/${base}/`));
      }
    }
    expect(checked).toBeGreaterThan(variants.length * 10);
  });

  it('pages every corpus-wide comparison view: each plan on exactly one page, in order, with a pager linking pages that exist', () => {
    expect(build.status).toBe(0);
    const all = Array.from({ length: N }, (_, k) => corpusSlug(five, k));
    const plansOn = (html: string) => [...new Set([...html.matchAll(/data-plan="([^"]+)"/g)].map((m) => m[1]!))];
    const theme = (JSON.parse(readFileSync(join(dir, 'content/data/compare/themes.json'), 'utf8')).themes as { id: string }[])[0]!.id;
    for (const lang of ['zh', 'en']) {
      for (const view of ['goals', 'tasks', 'safeguards', `themes/${theme}`]) {
        const pages = pagesOf(lang, view);
        expect(pages.length, `${lang}/${view}`).toBe(Math.ceil(N / PER_PAGE));
        const shown = pages.map(plansOn);
        // The plans the site lists, in its order (the plans index page), split four by four.
        expect(shown.flat().sort(), `${lang}/${view}`).toEqual([...all].sort());
        shown.forEach((plans, k) => expect(plans.length, `${lang}/${view} page ${k + 1}`).toBe(Math.min(PER_PAGE, N - k * PER_PAGE)));
        pages.forEach((html, k) => {
          const range = /class="pager-range">([^<]*)</.exec(html)?.[1] ?? '';
          expect(range, `${lang}/${view} page ${k + 1}`).toContain(String(N));
          expect(range).toContain(`${k * PER_PAGE + 1}–${Math.min((k + 1) * PER_PAGE, N)}`);
          expect(html.match(/<nav class="pager"/g)?.length, 'a pager above and below').toBe(2);
          expect(html.includes('aria-current="page"')).toBe(true);
          for (const [, href] of html.matchAll(/<nav class="pager"[\s\S]*?<\/nav>/g).flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)])) {
            expect(existsSync(join(dir, 'dist', href!, 'index.html')), `${lang}/${view} links ${href}`).toBe(true);
          }
          expect(html.includes('rel="prev"'), `${lang}/${view} page ${k + 1} prev`).toBe(k > 0);
          expect(html.includes('rel="next"'), `${lang}/${view} page ${k + 1} next`).toBe(k < pages.length - 1);
        });
      }
      // The responsibilities view pages a quarter as many plans (one a page here): only Deyang and Huantai and their variants name responsibilities.
      const named = JSON.parse(readFileSync(join(dir, 'content/data/compare/responsibilities.json'), 'utf8')) as Record<string, unknown>;
      const responsibilities = pagesOf(lang, 'responsibilities');
      expect(responsibilities).toHaveLength(Object.keys(named).length);
      expect(responsibilities.every((html) => html.includes('class="pager"'))).toBe(true);
      // A view whose plans fit on one page has no pager: the real site's five plans.
      const real = readFileSync(join(ROOT, 'dist', lang, 'compare/goals/index.html'), 'utf8');
      expect(real.includes('class="pager"')).toBe(false);
      // The CSV downloads keep every plan's rows.
      const csv = readFileSync(join(dir, 'dist', lang, 'compare/tasks.csv'), 'utf8');
      for (const slug of all) expect(csv.includes(`,${slug},`), slug).toBe(true);
    }
  });
});
