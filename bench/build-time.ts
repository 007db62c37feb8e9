// Build time: the full build (node scripts/build.ts) several times, median per stage and in total.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fmtS, log, median, ROOT, TARGETS, type Verdict } from './common.ts';

export interface BuildTimes {
  runs: Record<string, number>[];
  median: Record<string, number>;
}

export function benchBuild(BUILDS: number): BuildTimes {
  const runs: Record<string, number>[] = [];
  for (let i = 1; i <= BUILDS; i++) {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build ${i} failed (exit ${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
    const t = JSON.parse(readFileSync(join(ROOT, '.astro/build-timings.json'), 'utf8')) as Record<string, number>;
    const stages = Object.keys(t).filter((k) => k !== 'total');
    const row: Record<string, number> = {};
    for (const k of stages) row[k] = t[k]!;
    row.after = Math.max(0, t.total! - stages.reduce((n, k) => n + t[k]!, 0));
    row.total = t.total!;
    runs.push(row);
    log(`build ${i}/${BUILDS}: ${Object.entries(row).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  }
  const keys = Object.keys(runs[0]!);
  return { runs, median: Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] ?? 0))])) };
}

/** The full-build target. */
export function buildVerdicts(build: BuildTimes, builds: number): Verdict[] {
  const slowest = Object.entries(build.median).filter(([k]) => k !== 'total').sort((a, b) => b[1] - a[1])[0]!;
  return [
    {
      target: `full build ≤ ${TARGETS.buildSeconds} s on 2 cores`,
      measured: `${fmtS(build.median.total!)} median of ${builds} (${availableParallelism()} cores here)`,
      pass: build.median.total! <= TARGETS.buildSeconds * 1000,
      cause: `slowest stage: ${slowest[0]} ${fmtS(slowest[1])}`,
    },
  ];
}

/** The report's build-time section. */
export function buildMarkdown(build: BuildTimes, builds: number): string[] {
  const L = ['', `## Build time (median of ${builds} full builds)`, ''];
  const row = (...c: (string | number)[]) => L.push(`| ${c.join(' | ')} |`);
  row('Stage', 'Median', ...build.runs.map((_, i) => `Run ${i + 1}`));
  row('---', '---:', ...build.runs.map(() => '---:'));
  for (const s of Object.keys(build.median)) row(s === 'after' ? 'after (checks, swap into dist/)' : s, fmtS(build.median[s]!), ...build.runs.map((x) => fmtS(x[s] ?? 0)));
  return L;
}
