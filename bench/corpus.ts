// A generated corpus of N plans for the scale benchmark, made from the real five by renaming and
// varying them, in a copy of the project in a temporary folder: the real content is never touched.
// Every kind of input a real plan has is carried over for each generated plan (PLAN_INPUTS,
// PLAN_KEYED), so the corpus builds the same pages the real site does; the smoke test
// (tests/site/corpus.test.ts) finds the kinds by scanning the project and fails when one is missing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { dump, load } from 'js-yaml';

const SKIP = /^(node_modules|\.git|\.convert-staging|dist|dist\.tmp|dist\.old|\.astro|bench\/out|tests|test-results)(\/|$)/;

type Units = { plan: string; lang: string; units: Record<string, { zh: unknown; en: unknown }> };

/** What a plan brings as input, one file each, `<slug>` standing for its slug; every other file under content/ is generated or shared. */
export const PLAN_INPUTS = [
  'seeds/<slug>.txt',
  'converter/hints/<slug>.json',
  'content/translations/en/<slug>.yaml',
  'content/translations/en/reviews/<slug>.md',
  'content/compare/targets/<slug>.yaml',
  'content/compare/tags/<slug>.yaml',
  'content/compare/commitments/<slug>.yaml',
  'content/compare/status/<slug>.yaml',
] as const;
/** Shared files keyed by plan slug (a plan without an entry has none). */
export const PLAN_KEYED = ['content/translations/en/agencies.yaml', 'content/compare/agencies.yaml', 'content/ids/aliases.json', 'content/ids/released.json'] as const;

/** Generated files the converter rewrites from the inputs. */
const GENERATED = ['content/plans', 'content/parallel', 'content/data/blocks', 'content/data/tables', 'content/data/responsibilities', 'content/data/compare', 'content/reports'];

const at = (pattern: string, slug: string) => pattern.replace('<slug>', slug);

/** The slugs of the real plans (each has a hint file). */
export function realPlans(root: string): string[] {
  return readdirSync(join(root, 'converter/hints')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/** The slug of the k-th plan of a corpus: the first five keep their names, so N = 5 is the real site. */
export function corpusSlug(five: string[], k: number): string {
  const base = five[k % five.length]!;
  return k < five.length ? base : `${base}-${k}`;
}

/** Copies one input file of `base` to `slug`, renaming the plan inside it and varying its titles. */
function copyInput(root: string, dir: string, pattern: string, base: string, slug: string, k: number, variant: { zh: string; en: string }): void {
  const from = join(root, at(pattern, base));
  const to = join(dir, at(pattern, slug));
  if (!existsSync(from)) return;
  if (pattern.startsWith('converter/hints/')) {
    const hints = JSON.parse(readFileSync(from, 'utf8'));
    hints.slug = slug;
    hints.meta.title += variant.zh;
    hints.meta.shortTitle += variant.zh;
    hints.meta.sourceName = `${String(k).padStart(4, '0')}_${hints.meta.sourceName}`;
    writeFileSync(to, JSON.stringify(hints, null, 2));
  } else if (pattern === 'content/translations/en/<slug>.yaml') {
    const units = load(readFileSync(from, 'utf8')) as Units;
    units.plan = slug;
    for (const key of ['meta.title', 'meta.shortTitle']) {
      const u = units.units[key]!;
      u.zh = `${u.zh as string}${variant.zh}`;
      u.en = `${u.en as string}${variant.en}`;
    }
    writeFileSync(to, dump(units, { lineWidth: -1 }));
  } else if (pattern.startsWith('content/compare/')) {
    // Keeps the comments and layout (the checks report lines); only the plan's name changes.
    writeFileSync(to, readFileSync(from, 'utf8').replace(new RegExp(`^plan: ${base}$`, 'm'), `plan: ${slug}`));
  } else cpSync(from, to);
}

/** The project copied to a temporary folder with N plans in place of the five; returns its path. */
export function makeCorpus(root: string, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-corpus-${n}-`));
  cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.test(relative(root, src).split('\\').join('/')) });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.vite', '.astro', '.cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const five = realPlans(root);
  for (const slug of five) for (const p of PLAN_INPUTS) rmSync(join(dir, at(p, slug)), { force: true });
  for (const g of GENERATED) rmSync(join(dir, g), { recursive: true, force: true });
  // YAML is a superset of JSON, so one reader serves both kinds of keyed file.
  const keyed = PLAN_KEYED.map((f) => [f, (load(readFileSync(join(root, f), 'utf8')) ?? {}) as Record<string, unknown>, {} as Record<string, unknown>] as const);
  for (let k = 0; k < n; k++) {
    const base = five[k % five.length]!;
    const slug = corpusSlug(five, k);
    const variant = k < five.length ? { zh: '', en: '' } : { zh: `（变体${k}）`, en: ` (variant ${k})` };
    for (const p of PLAN_INPUTS) copyInput(root, dir, p, base, slug, k, variant);
    for (const [, from, to] of keyed) if (base in from) to[slug] = from[base];
  }
  for (const [f, , to] of keyed) writeFileSync(join(dir, f), f.endsWith('.json') ? `${JSON.stringify(to, null, 2)}\n` : dump(to, { lineWidth: -1 }));
  return dir;
}
