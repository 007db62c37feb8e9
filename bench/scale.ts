// The scale benchmark: the whole build of a generated corpus of N plans (bench/corpus.ts), measured
// as a process (/usr/bin/time -v for peak memory), with the time of each stage, the output size, and
// the bytes a browser fetches for the same search queries on a first visit.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { makeCorpus } from './corpus.ts';
import { measureSearch } from './search.ts';

export interface ScaleRun {
  plans: number;
  pages: number;
  /** Milliseconds: convert, astro (pages, index and compression included), search index, precompress, total. */
  stages: Record<string, number>;
  peakMemoryMB: number;
  outputMB: number;
  /** Of the output, the search index. */
  indexMB: number;
  /** Bytes fetched by a first visit to the search page for each query. */
  searchBytes: Record<string, number>;
}

export const SCALE_QUERIES = { zh: ['质押融资', '地理标志', '三星堆'], en: ['pledge financing'] };

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}

/** Builds a corpus of n plans and measures it; the corpus is removed afterwards. */
export async function benchScale(root: string, n: number, log: (s: string) => void): Promise<ScaleRun> {
  const dir = makeCorpus(root, n);
  try {
    const env = { ...process.env };
    for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ATLAS_OUT_DIR', 'ATLAS_DIST']) delete env[k];
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, 'scripts/build.ts'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`build of ${n} plans failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    const timings = JSON.parse(readFileSync(join(dir, '.astro/build-timings.json'), 'utf8')) as Record<string, number>;
    const ms = (re: RegExp) => Number(re.exec(r.stdout)?.[1] ?? NaN);
    const stages = {
      convert: timings.convert!,
      astro: timings.astro!,
      'search index': ms(/search index: \d+ blocks[^\n]*? in (\d+) ms/),
      precompress: ms(/precompressed \d+ files: .* in (\d+) ms/),
      total: timings.total!,
    };
    const peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    const dist = join(dir, 'dist');
    const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? NaN);
    const site = await serveDist(dist);
    const browser = await launchBrowser();
    const searchBytes: Record<string, number> = {};
    try {
      for (const [lang, qs] of Object.entries(SCALE_QUERIES) as ['zh' | 'en', string[]][]) {
        for (const q of qs) searchBytes[`${lang} ${q}`] = (await measureSearch(browser, site.url, dist, lang, [q])).cold.bytes;
      }
    } finally {
      await browser.close();
      await site.close();
    }
    const run: ScaleRun = { plans: n, pages, stages, peakMemoryMB: Math.round(peakKB / 1024), outputMB: Number((folderBytes(dist) / 1e6).toFixed(1)), indexMB: Number((folderBytes(join(dist, 'pagefind')) / 1e6).toFixed(1)), searchBytes };
    log(`scale ${n} plans: ${pages} pages, ${(stages.total / 1000).toFixed(1)} s (${Object.entries(stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}), peak ${run.peakMemoryMB} MB, output ${run.outputMB} MB`);
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
