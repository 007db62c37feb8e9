// The scale benchmark: the whole build of a generated corpus of N plans (bench/corpus.ts), measured
// as a process (/usr/bin/time -v for peak memory), with the time of each stage, the output size, and
// the bytes a browser fetches for the same search queries on a first visit. While it builds, the
// build's processes are sampled with ps, so the report can say which process peaks, and in which
// phase of the build (the last line the build printed).
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { makeCorpus } from './corpus.ts';
import { measureSearch } from './search.ts';

export interface ScaleRun {
  plans: number;
  pages: number;
  /** Milliseconds: convert (shared wording included), shared wording, astro (pages, search index and compression included), search index, precompress, total. */
  stages: Record<string, number>;
  peakMemoryMB: number;
  /** User + system CPU seconds of the whole build: its cost even when other work shares the cores. */
  cpuSeconds?: number;
  /** The sampled process with the highest RSS, and what the build was doing then. */
  peakProcess?: string;
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

/** RSS (kB) and command of every descendant of `pid`. */
function tree(pid: number): { pid: number; rss: number; cmd: string }[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const rows = out.trim().split('\n').map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(l)).filter((m) => !!m).map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), cmd: m[4]! }));
  const inside = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (!inside.has(r.pid) && inside.has(r.ppid)) (inside.add(r.pid), (grew = true));
  }
  return rows.filter((r) => inside.has(r.pid) && r.pid !== pid);
}

/** `node scripts/build.ts` under /usr/bin/time -v in `dir`, its processes sampled every 2 s. */
export function timedBuild(dir: string, log: (s: string) => void = () => {}): Promise<{ status: number | null; stdout: string; stderr: string; peakKB: number; cpuSeconds: number; peakProcess: string }> {
  const env = { ...process.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ATLAS_OUT_DIR', 'ATLAS_DIST']) delete env[k];
  return new Promise((done) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, 'scripts/build.ts'], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    let phase = 'start';
    let top = { rss: 0, what: '' };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      const last = stdout.trimEnd().split('\n').at(-1) ?? '';
      phase = last.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 80);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setInterval(() => {
      for (const p of tree(child.pid!)) {
        if (p.rss > top.rss) top = { rss: p.rss, what: `${p.cmd.split(' ').slice(0, 3).map((a) => a.split('/').slice(-2).join('/')).join(' ')} at ${Math.round(p.rss / 1024)} MB during "${phase}"` };
      }
    }, 2000);
    const progress = setInterval(() => log(`  … ${phase} (peak so far ${Math.round(top.rss / 1024)} MB)`), 60_000);
    child.on('close', (status) => {
      clearInterval(timer);
      clearInterval(progress);
      const peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
      const cpu = (k: string) => Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
      done({ status, stdout, stderr, peakKB, cpuSeconds: Math.round(cpu('User') + cpu('System')), peakProcess: top.what });
    });
  });
}

/** Where each stage's time is read from the build's log (scripts/build.ts times convert, astro and the total itself). */
const LOG_LINES: Record<string, RegExp> = {
  // Part of convert: finding the wording plans share (converter/lineage), the one step that compares plans with each other.
  'shared wording': /lineage: shared wording over \d+ blocks in (\d+) ms/,
  'search index': /search index: [^\n]*? in (\d+) ms/,
  precompress: /precompressed \d+ files[^\n]*? in (\d+) ms/,
};

/** The stage times and page count of a build, from its log and .astro/build-timings.json; throws if any is missing, so a changed log line cannot leave a silent gap in the report. */
export function buildFigures(log: string, timings: Record<string, number>): { stages: Record<string, number>; pages: number } {
  const read = (name: string, re: RegExp) => {
    const v = Number(re.exec(log)?.[1]);
    if (!Number.isFinite(v)) throw new Error(`bench/scale.ts: the build printed no line matching ${re} (${name}); if the build's log changed, change the pattern here`);
    return v;
  };
  const timed = (k: string) => {
    if (!Number.isFinite(timings[k])) throw new Error(`bench/scale.ts: .astro/build-timings.json has no "${k}" (written by scripts/build.ts)`);
    return timings[k]!;
  };
  const stages: Record<string, number> = { convert: timed('convert'), 'shared wording': read('shared wording', LOG_LINES['shared wording']!), astro: timed('astro') };
  stages['search index'] = read('search index', LOG_LINES['search index']!);
  stages.precompress = read('precompress', LOG_LINES.precompress!);
  stages.total = timed('total');
  return { stages, pages: read('pages', /(\d+) page\(s\) built/) };
}

/** Builds a corpus of n plans and measures it; the corpus is removed afterwards. */
export async function benchScale(root: string, n: number, log: (s: string) => void): Promise<ScaleRun> {
  const dir = makeCorpus(root, n);
  try {
    const r = await timedBuild(dir, log);
    if (r.status !== 0) throw new Error(`build of ${n} plans failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    const { stages, pages } = buildFigures(r.stdout, JSON.parse(readFileSync(join(dir, '.astro/build-timings.json'), 'utf8')) as Record<string, number>);
    const dist = join(dir, 'dist');
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
    const run: ScaleRun = { plans: n, pages, stages, peakMemoryMB: Math.round(r.peakKB / 1024), cpuSeconds: r.cpuSeconds, peakProcess: r.peakProcess, outputMB: Number((folderBytes(dist) / 1e6).toFixed(1)), indexMB: Number((folderBytes(join(dist, 'pagefind')) / 1e6).toFixed(1)), searchBytes };
    log(`scale ${n} plans: ${pages} pages, ${(stages.total! / 1000).toFixed(1)} s (${Object.entries(stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}), CPU ${run.cpuSeconds} s, peak ${run.peakMemoryMB} MB (${run.peakProcess}), output ${run.outputMB} MB, search ${Object.entries(searchBytes).map(([q, b]) => `${q} ${(b / 1000).toFixed(1)} kB`).join(', ')}`);
    return run;
  } finally {
    if (!process.env.BENCH_KEEP_CORPUS) rmSync(dir, { recursive: true, force: true });
  }
}
