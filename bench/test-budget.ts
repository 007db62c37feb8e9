// The test suite's time budget: runs `npm test` (or `npm run test:full`) as CI does, alone or beside
// a CPU load on every core, and records wall time, CPU time and the slowest tests in
// bench/test-budget.json; bench/REPORT.md's "Test suite time budget" section is written from it.
//   node bench/test-budget.ts [--load] [--full] [--ci]   (--ci: `bash .ci/run`, npm install included, as CI runs it)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const FILE = join(ROOT, 'bench/test-budget.json');
const HEADING = '## Test suite time budget';

interface Slow {
  name: string;
  ms: number;
  limit: number;
}

export interface BudgetRun {
  command: string;
  load: boolean;
  date: string;
  status: number | null;
  wallS: number;
  userS: number;
  sysS: number;
  slowest: Slow[];
  overHalf: string[];
}

type Budget = Record<string, BudgetRun>;

/** The markdown section for bench/REPORT.md, from the recorded runs. */
export function testBudgetMarkdown(budget: Budget): string {
  const L = [HEADING, '', 'Measured with `node bench/test-budget.ts [--load] [--full] [--ci]` on a fresh clone: the whole command (`--ci`: `bash .ci/run`, npm install and the install of Debian’s Chromium, fonts and nginx included; otherwise `npm test`: typecheck, unit tests, build, site tests), timed by bash `time -p` (CPU = user + sys of every process). "Under load" runs two busy loops (one per core) beside it. Target: `npm test` ≤ 10 min alone; under load it passes and no test uses more than half of its limit.', ''];
  L.push('| Run | Date | Exit | Wall | CPU (user + sys) | Tests past half their limit |', '|---|---|---:|---:|---:|---|');
  for (const [key, r] of Object.entries(budget)) {
    L.push(`| ${key} (\`${r.command}\`${r.load ? ', two busy loops' : ''}) | ${r.date.slice(0, 10)} | ${r.status} | ${(r.wallS / 60).toFixed(1)} min (${Math.round(r.wallS)} s) | ${((r.userS + r.sysS) / 60).toFixed(1)} min | ${r.overHalf.length ? r.overHalf.join('; ') : 'none'} |`);
  }
  for (const [key, r] of Object.entries(budget)) {
    L.push('', `Five slowest tests, ${key}:`, '', '| Test | Time | Limit | Share of limit |', '|---|---:|---:|---:|');
    for (const t of r.slowest) L.push(`| ${t.name.replace(/\|/g, '\\|')} | ${(t.ms / 1000).toFixed(1)} s | ${(t.limit / 1000).toFixed(0)} s | ${Math.round((100 * t.ms) / t.limit)}% |`);
  }
  return `${L.join('\n')}\n`;
}

/** Replaces (or appends) the budget section of a REPORT.md text. */
export function withBudgetSection(report: string, section: string): string {
  const start = report.indexOf(HEADING);
  if (start < 0) return `${report.trimEnd()}\n\n${section}`;
  const next = report.indexOf('\n## ', start + HEADING.length);
  return `${report.slice(0, start)}${section}${next < 0 ? '' : `\n${report.slice(next + 1)}`}`;
}

/** The recorded runs, or none. */
export function readBudget(): Budget {
  return existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Budget) : {};
}

function slowest(): { slowest: Slow[]; overHalf: string[] } {
  const all: Slow[] = [];
  const over: string[] = [];
  for (const project of ['unit', 'site']) {
    const f = join(ROOT, `test-results/timings-${project}.json`);
    if (!existsSync(f)) continue;
    const t = JSON.parse(readFileSync(f, 'utf8')) as { tests: Slow[]; over: Slow[] };
    all.push(...t.tests);
    over.push(...t.over.map((o) => `${o.name} (${(o.ms / 1000).toFixed(0)} of ${(o.limit / 1000).toFixed(0)} s)`));
  }
  return { slowest: all.sort((a, b) => b.ms - a.ms).slice(0, 5), overHalf: over };
}

async function main(): Promise<void> {
  const load = process.argv.includes('--load');
  const full = process.argv.includes('--full');
  const ci = process.argv.includes('--ci');
  const command = ci ? 'bash .ci/run' : full ? 'npm run test:full' : 'npm test';
  spawnSync('rm', ['-rf', join(ROOT, 'test-results')]);
  const loops: ChildProcess[] = load ? Array.from({ length: availableParallelism() }, () => spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' })) : [];
  try {
    const run = spawnSync('bash', ['-c', `time -p ${command}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'inherit', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    process.stderr.write(run.stderr.slice(-2000));
    const num = (k: string) => Number(new RegExp(`^${k} ([\\d.]+)$`, 'm').exec(run.stderr)?.[1] ?? NaN);
    const budget = readBudget();
    const key = `${ci ? 'CI (.ci/run)' : full ? 'test:full' : 'npm test'}${load ? ' under load' : ' alone'}`;
    budget[key] = { command, load, date: new Date().toISOString(), status: run.status, wallS: num('real'), userS: num('user'), sysS: num('sys'), ...slowest() };
    writeFileSync(FILE, `${JSON.stringify(budget, null, 2)}\n`);
    const reportFile = join(ROOT, 'bench/REPORT.md');
    writeFileSync(reportFile, withBudgetSection(readFileSync(reportFile, 'utf8'), testBudgetMarkdown(budget)));
    console.log(`${key}: exit ${run.status}, wall ${num('real')} s, CPU ${(num('user') + num('sys')).toFixed(0)} s → bench/test-budget.json, bench/REPORT.md`);
  } finally {
    for (const l of loops) l.kill('SIGKILL');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
