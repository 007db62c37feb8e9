// `npm run bench`: the site's benchmark. It reports; it never fails CI. Its parts, each a module:
//   build      bench/build-time.ts   full build (node scripts/build.ts) several times, median per stage
//   weight     bench/page-weight.ts  HTML, CSS, JS of every page type; plan pages against their own text
//              bench/cold-weight.ts  two ways to a lighter first visit, measured against their warm cost
//   search     bench/search.ts       bytes and time of a cold and a warm query, in both languages
//   lighthouse bench/lighthouse.ts   Lighthouse (mobile defaults, Debian's Chromium) on every page type
//   scale      bench/scale.ts        the build of generated corpora (bench/corpus.ts) of 5 to 3,000 plans
// Verdicts against the targets (bench/common.ts) and bench/REPORT.md come from bench/report.ts.
// Writes bench/out/report.json (ignored by git) and bench/REPORT.md (committed).
// Env: BENCH_PARTS (default build,weight,search,lighthouse,scale: the parts to run; a part not run
//      keeps its figures from the last bench/out/report.json), BENCH_BUILDS (default 3),
//      BENCH_LH_RUNS (default 3), BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_SCALE=1,
//      BENCH_SCALE (default 5,50,500,3000), BENCH_KEEP_CORPUS=1 (leave the corpora in the temp folder),
//      BENCH_REPORT_ONLY=1 (rewrite REPORT.md from report.json).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchBrowser } from '../tests/support/browser.ts';
import { builtPages } from '../tests/support/pages.ts';
import { DIST, serveDist } from '../tests/support/server.ts';
import { benchBuild, buildVerdicts } from './build-time.ts';
import { fmtKB, GZIP_LEVEL, KB, log, ROOT, type Verdict } from './common.ts';
import { benchLighthouse, lighthouseVerdicts } from './lighthouse.ts';
import { coldVariants } from './cold-weight.ts';
import { planRatios, scriptExperiment, weigh, weightVerdicts } from './page-weight.ts';
import { markdown, type Report } from './report.ts';
import { benchScale } from './scale.ts';
import { scaleVerdicts } from './scale-report.ts';
import { searchVerdicts } from './search-report.ts';
import { measureSearch, SEARCH_QUERIES, T2S_TABLE, TRADITIONAL_QUERY, transferBytes } from './search.ts';

const OUT = join(ROOT, 'bench/out');
const BUILDS = Number(process.env.BENCH_BUILDS ?? 3);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const SCALE = (process.env.BENCH_SCALE ?? '5,50,500,3000').split(',').map(Number);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'build,weight,search,lighthouse,scale').split(',').map((s) => s.trim()));
if (process.env.BENCH_SKIP_LIGHTHOUSE) PARTS.delete('lighthouse');
if (process.env.BENCH_SKIP_SCALE) PARTS.delete('scale');
const SCALE_NOTES = join(ROOT, 'bench/scale-notes.md');

/** The last run's figures, for the parts this run does not measure. */
function lastReport(): Partial<Report> {
  return existsSync(join(OUT, 'report.json')) ? (JSON.parse(readFileSync(join(OUT, 'report.json'), 'utf8')) as Partial<Report>) : {};
}

/** The hand-written notes on measured causes, as Markdown lines. */
function scaleNotes(): string[] {
  return existsSync(SCALE_NOTES) ? readFileSync(SCALE_NOTES, 'utf8').trim().split('\n') : [];
}

async function main(): Promise<void> {
  const started = new Date();
  const last = lastReport();
  log(`bench: parts ${[...PARTS].join(', ')}; ${BUILDS} builds, Lighthouse ${PARTS.has('lighthouse') ? `${LH_RUNS} runs per page` : 'skipped'}, scale ${PARTS.has('scale') ? SCALE.join(', ') : 'skipped'}`);
  const build = PARTS.has('build') ? benchBuild(BUILDS) : (last.build ?? { runs: [], median: {} });

  const weighNow = PARTS.has('weight');
  const pages = weighNow || PARTS.has('search') ? builtPages().map((p) => weigh(p)) : (last.pages ?? []);
  const scripts = weighNow ? scriptExperiment() : (last.scripts ?? []);
  for (const v of weighNow ? scripts : []) log(`${v.variant}: plan pages cold ${fmtKB(v.cold)}, warm ${fmtKB(v.warm)} (inline script ${fmtKB(v.inlineScripts)})`);
  let lh = last.lighthouse ?? [];
  let ratios = last.ratios ?? [];
  let search = last.search ?? [];
  let traditional = last.traditional;
  let cold = last.cold ?? [];
  if (weighNow || PARTS.has('search') || PARTS.has('lighthouse')) {
    const server = await serveDist();
    try {
      const browser = await launchBrowser();
      try {
        if (weighNow) ratios = await planRatios(browser, server.url, pages);
        if (weighNow) cold = await coldVariants(browser, server.url, pages, ratios);
        if (PARTS.has('search')) {
          search = [];
          for (const [lang, qs] of Object.entries(SEARCH_QUERIES) as ['zh' | 'en', string[]][]) {
            const f = await measureSearch(browser, server.url, DIST, lang, qs);
            search.push(f);
            log(`search ${lang}: cold "${f.cold.query}" ${fmtKB(f.cold.bytes)} in ${f.cold.ms} ms; warm ${f.warm.map((w) => `"${w.query}" ${fmtKB(w.bytes)} in ${w.ms} ms`).join(', ')}`);
          }
          traditional = { cold: (await measureSearch(browser, server.url, DIST, 'zh', [TRADITIONAL_QUERY])).cold, table: transferBytes(DIST, T2S_TABLE) };
          log(`search zh traditional: cold "${TRADITIONAL_QUERY}" ${fmtKB(traditional.cold.bytes)}; table ${fmtKB(traditional.table)}`);
        }
      } finally {
        await browser.close();
      }
      if (PARTS.has('lighthouse')) lh = await benchLighthouse(server.url, LH_RUNS);
    } finally {
      await server.close();
    }
  }

  // The scale run takes minutes (tens of minutes at 3,000 plans); sizes not run keep their last figures.
  const scale = (last.scale ?? []).filter((s) => !PARTS.has('scale') || !SCALE.includes(s.plans));
  if (PARTS.has('scale')) {
    for (const n of SCALE) {
      scale.push(await benchScale(ROOT, n, log));
      scale.sort((a, b) => a.plans - b.plans);
      // Written after each size, so a long run that is stopped keeps what it measured.
      save({ ...(last as Report), scale });
    }
  }

  const verdicts = verdictsOf({ build, pages, ratios, lighthouse: lh, search, traditional, scale });
  const report: Report = {
    date: started.toISOString(),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? '?', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    settings: { builds: build.runs.length || BUILDS, lighthouseRuns: LH_RUNS, gzipLevel: GZIP_LEVEL },
    build,
    pages,
    ratios,
    lighthouse: lh,
    search,
    traditional,
    scale,
    scripts,
    cold,
    verdicts,
  };
  save(report);
  writeFileSync(join(ROOT, 'bench/REPORT.md'), markdown({ ...report, scaleNotes: scaleNotes() }));
  log(`\n${verdicts.map((v) => `${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.measured}${!v.pass && v.cause ? `\n      cause: ${v.cause}` : ''}`).join('\n')}`);
  log(`\nwrote bench/out/report.json and bench/REPORT.md`);
}

/** Every target judged against the figures (of this run, or of report.json when only the report is rewritten). */
function verdictsOf(r: Pick<Report, 'build' | 'pages' | 'ratios' | 'lighthouse' | 'search' | 'traditional' | 'scale'>): Verdict[] {
  return [
    ...(r.build.runs.length ? buildVerdicts(r.build, r.build.runs.length) : []),
    ...(r.pages.length ? weightVerdicts(r.pages, r.ratios) : []),
    ...lighthouseVerdicts(r.lighthouse),
    ...(r.pages.length ? searchVerdicts(r.pages, r.search, r.traditional) : []),
    ...scaleVerdicts(r.scale),
  ];
}

function save(report: Report): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify({ ...report, kB: KB }, null, 2)}\n`);
}

if (process.env.BENCH_REPORT_ONLY) {
  // Rewrites bench/REPORT.md from the last run's figures (after a change to the report's wording or
  // notes, or after a run stopped part-way: sizes are saved one by one, verdicts only at the end).
  const r = lastReport() as Report;
  const verdicts = verdictsOf(r);
  save({ ...r, verdicts });
  writeFileSync(join(ROOT, 'bench/REPORT.md'), markdown({ ...r, verdicts, scaleNotes: scaleNotes() }));
  log('rewrote bench/REPORT.md from bench/out/report.json');
} else if (!existsSync(CHROMIUM)) {
  console.error(`bench needs Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  process.exit(1);
} else await main();
