// Which pages a browser gate visits. Every page while the site is small; once it is larger than the
// bound, every page type in every language plus a seeded random sample, so a gate's time grows with
// the number of page types, not with the number of plans. `npm run test:full` always visits every page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { mulberry32 } from '../../src/shared/random.ts';

const PAGES_DIR = resolve(import.meta.dirname, '../../src/pages');

/** Above this many pages a gate samples (ATLAS_SWEEP_BOUND overrides; ATLAS_FULL=1 never samples). */
export const DEFAULT_BOUND = 200;
/** Instances drawn at random beyond one per page type and language (ATLAS_SAMPLE_SIZE overrides). */
export const DEFAULT_SAMPLE = 12;

export interface Route {
  /** The page file, relative to src/pages (`[lang]/plans/[slug]/index.astro`). */
  file: string;
  re: RegExp;
  /** Static segments count first, as in Astro's route priority. */
  weight: number;
}

/** The routes of src/pages as patterns over built paths (`/zh/plans/dehua/`), most specific first. */
export function pageRoutes(dir = PAGES_DIR): Route[] {
  const routes: Route[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(astro|md|mdx)$/.test(name)) routes.push(route(relative(dir, p).split('\\').join('/')));
    }
  };
  walk(dir);
  return routes.sort((a, b) => b.weight - a.weight || a.file.localeCompare(b.file));
}

function route(file: string): Route {
  const segments = file.replace(/\.(astro|md|mdx)$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  let weight = 0;
  const body = segments
    .map((s) => {
      if (/^\[\.\.\..+\]$/.test(s)) return '(?:.+/)?';
      if (/^\[.+\]$/.test(s)) {
        weight += 1;
        return '[^/]+/';
      }
      weight += 100;
      return `${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`;
    })
    .join('');
  // 404.astro is built as /404.html, not /404/.
  return { file, re: new RegExp(`^/${body.replace(/^404\/$/, '404\\.html')}$`), weight };
}

/** A built path's page type: the route file that renders it, and the page's language. */
export function pageType(path: string, routes = pageRoutes()): string {
  const hit = routes.find((r) => r.re.test(path));
  const lang = /^\/(zh|en)\//.exec(path)?.[1] ?? '-';
  return `${hit?.file ?? 'unrouted'} ${lang}`;
}

/** The seeded generator both samplers share (mulberry32), so a printed seed reproduces a sample. */
export const seededRandom = mulberry32;

export interface Visit {
  pages: string[];
  full: boolean;
  seed: number;
  /** One line for the log: what was visited and how to reproduce it. */
  summary: string;
}

export interface VisitOptions {
  gate: string;
  bound?: number;
  sample?: number;
  seed?: number;
  /** Paths matching this are always visited (the sixth-plan copy: the added plan's pages). */
  include?: RegExp;
  routes?: Route[];
  env?: NodeJS.ProcessEnv;
}

/** The pages a gate visits out of `all`, and a summary line naming them and the seed. */
export function pagesToVisit(all: string[], opts: VisitOptions): Visit {
  const env = opts.env ?? process.env;
  const bound = opts.bound ?? Number(env.ATLAS_SWEEP_BOUND ?? DEFAULT_BOUND);
  const size = opts.sample ?? Number(env.ATLAS_SAMPLE_SIZE ?? DEFAULT_SAMPLE);
  const seed = opts.seed ?? Number(env.ATLAS_SEED ?? Date.now() % 2 ** 31);
  const include = opts.include ?? (env.ATLAS_SAMPLE_INCLUDE ? new RegExp(env.ATLAS_SAMPLE_INCLUDE) : undefined);
  const unique = [...new Set(all)].sort();
  if (env.ATLAS_FULL === '1' || unique.length <= bound) {
    return { pages: unique, full: true, seed, summary: `${opts.gate}: every page (${unique.length})` };
  }
  const routes = opts.routes ?? pageRoutes();
  const random = seededRandom(seed);
  const byType = new Map<string, string[]>();
  for (const p of unique) {
    const t = pageType(p, routes);
    byType.set(t, [...(byType.get(t) ?? []), p]);
  }
  const chosen = new Set<string>();
  // One instance of each type and language, drawn with the seed, so every type is seen.
  for (const group of byType.values()) chosen.add(group[Math.floor(random() * group.length)]!);
  for (const p of unique) if (include?.test(p)) chosen.add(p);
  const rest = unique.filter((p) => !chosen.has(p));
  for (let i = 0; i < size && rest.length; i++) chosen.add(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
  const pages = [...chosen].sort();
  return {
    pages,
    full: false,
    seed,
    summary: `${opts.gate}: ${pages.length} of ${unique.length} pages (${byType.size} page types × languages, ${size} at random, seed ${seed}; ATLAS_SEED=${seed} repeats it, npm run test:full visits all): ${pages.join(' ')}`,
  };
}
