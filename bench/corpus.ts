// A generated corpus of N plans for the scale benchmark, made from the real five by renaming and
// varying them, in a copy of the project in a temporary folder: the real content is never touched.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { dump, load } from 'js-yaml';

const SKIP = /^(node_modules|\.git|dist|dist\.tmp|dist\.old|\.astro|bench\/out|tests)(\/|$)/;

type Units = { plan: string; lang: string; units: Record<string, { zh: unknown; en: unknown }> };

/** The project copied to a temporary folder with N plans in place of the five; returns its path. */
export function makeCorpus(root: string, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-corpus-${n}-`));
  cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.test(relative(root, src).split('\\').join('/')) });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.vite', '.astro', '.cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const five = readdirSync(join(root, 'converter/hints')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  for (const slug of five) {
    for (const f of [`seeds/${slug}.txt`, `converter/hints/${slug}.json`, `content/translations/en/${slug}.yaml`]) rmSync(join(dir, f));
  }
  rmSync(join(dir, 'content/plans'), { recursive: true, force: true });
  for (const sub of ['parallel', 'data/blocks', 'data/tables', 'data/responsibilities', 'reports']) rmSync(join(dir, 'content', sub), { recursive: true, force: true });
  const agencies = load(readFileSync(join(root, 'content/translations/en/agencies.yaml'), 'utf8')) as Record<string, unknown>;
  for (let k = 0; k < n; k++) {
    const base = five[k % five.length]!;
    // The first five keep their names, so N = 5 is the real site.
    const slug = k < five.length ? base : `${base}-${k}`;
    const variant = k < five.length ? '' : `（变体${k}）`;
    const variantEn = k < five.length ? '' : ` (variant ${k})`;
    cpSync(join(root, `seeds/${base}.txt`), join(dir, `seeds/${slug}.txt`));
    const hints = JSON.parse(readFileSync(join(root, `converter/hints/${base}.json`), 'utf8'));
    hints.slug = slug;
    hints.meta.title += variant;
    hints.meta.shortTitle += variant;
    hints.meta.sourceName = `${String(k).padStart(4, '0')}_${hints.meta.sourceName}`;
    writeFileSync(join(dir, `converter/hints/${slug}.json`), JSON.stringify(hints, null, 2));
    const units = load(readFileSync(join(root, `content/translations/en/${base}.yaml`), 'utf8')) as Units;
    units.plan = slug;
    for (const key of ['meta.title', 'meta.shortTitle']) {
      const u = units.units[key]!;
      u.zh = `${u.zh as string}${variant}`;
      u.en = `${u.en as string}${variantEn}`;
    }
    writeFileSync(join(dir, `content/translations/en/${slug}.yaml`), dump(units, { lineWidth: -1 }));
    if (agencies[base]) agencies[slug] = agencies[base];
  }
  writeFileSync(join(dir, 'content/translations/en/agencies.yaml'), dump(agencies, { lineWidth: -1 }));
  writeFileSync(join(dir, 'content/ids/aliases.json'), '{}\n');
  return dir;
}
