// Scale figures (bench/scale.ts) judged against the national-corpus targets and written into the report.
// The targets are for the largest corpus run (3,000 plans when BENCH_SCALE includes it); a smaller
// largest run is judged and labelled as what it is.
import { fmtKB, fmtS, KB, TARGETS, type Verdict } from './common.ts';
import type { ScaleRun } from './scale.ts';

/** The size the targets are set for: the national corpus. */
export const NATIONAL = 3000;

const largest = (scale: ScaleRun[]) => [...scale].sort((a, b) => b.plans - a.plans)[0];

/** Build time, per-plan cost against 50 plans, peak memory and first-query bytes at the largest size. */
export function scaleVerdicts(scale: ScaleRun[]): Verdict[] {
  const big = largest(scale);
  const s5 = scale.find((s) => s.plans === 5);
  const s50 = scale.find((s) => s.plans === 50);
  if (!big || big.plans <= 50) return [];
  const n = big.plans;
  const out: Verdict[] = [];
  if (n < NATIONAL) out.push({ target: `the scale run reaches ${NATIONAL} plans (the targets below are judged at the largest size run)`, measured: `largest completed run: ${n} plans`, pass: false, cause: 'see "Measured causes" under the scale tables' });
  const stages = Object.entries(big.stages).filter(([k]) => k !== 'total').sort((a, b) => b[1] - a[1]);
  out.push({ target: `${n} plans build in ≤ ${TARGETS.scaleBuildSeconds / 60} min`, measured: fmtS(big.stages.total!), pass: big.stages.total! <= TARGETS.scaleBuildSeconds * 1000, cause: `slowest stages: ${stages.slice(0, 3).map(([k, v]) => `${k} ${fmtS(v)}`).join(', ')}` });
  if (s50) {
    const ratio = big.stages.total! / n / (s50.stages.total! / 50);
    const per = stages.map(([k, v]) => [k, v / n / ((s50.stages[k] ?? NaN) / 50)] as const).sort((a, b) => b[1] - a[1]);
    out.push({ target: `cost per plan at ${n} ≤ ${TARGETS.scalePerPlanRatio} × at 50`, measured: `${ratio.toFixed(2)} × (${(big.stages.total! / n).toFixed(0)} ms against ${(s50.stages.total! / 50).toFixed(0)} ms per plan)`, pass: ratio <= TARGETS.scalePerPlanRatio, cause: `per-plan growth by stage: ${per.map(([k, r]) => `${k} ${r.toFixed(2)} ×`).join(', ')}` });
  }
  out.push({ target: `peak memory ≤ ${TARGETS.scalePeakMB / 1024} GB`, measured: `${big.peakMemoryMB} MB at ${n} plans${big.peakProcess ? ` (${big.peakProcess})` : ''}`, pass: big.peakMemoryMB <= TARGETS.scalePeakMB });
  if (s5) {
    const worst = Object.keys(big.searchBytes).map((q) => [q, big.searchBytes[q]! / s5.searchBytes[q]!] as const).sort((a, b) => b[1] - a[1])[0]!;
    out.push({ target: `a first query at ${n} plans fetches ≤ ${TARGETS.scaleSearchBytesRatio} × what it fetches at 5`, measured: `worst ${worst[1].toFixed(2)} × ("${worst[0]}": ${fmtKB(big.searchBytes[worst[0]]!)} against ${fmtKB(s5.searchBytes[worst[0]]!)})`, pass: worst[1] <= TARGETS.scaleSearchBytesRatio });
  }
  const heaviest = Object.entries(big.searchBytes).sort((a, b) => b[1] - a[1])[0];
  if (heaviest) out.push({ target: `a first query at ${n} plans fetches ≤ ${TARGETS.scaleSearchBytes / KB} kB`, measured: `max ${fmtKB(heaviest[1])} ("${heaviest[0]}")`, pass: heaviest[1] <= TARGETS.scaleSearchBytes });
  return out;
}

/** The report's scale section: a row per corpus size, and per-plan growth from 50 plans to the largest. */
export function scaleMarkdown(scale: ScaleRun[], notes: string[] = []): string[] {
  if (!scale.length) return [];
  const L = ['', '## Scale (bench/scale.ts, bench/corpus.ts)', '', 'Generated corpora: the real five plans, renamed and varied (title and short title, in both languages) up to N plans, each with every input a real plan has (seed, hints, translation units and review, comparison targets and tags, agency names, released IDs), built in a temporary copy of the project with `node scripts/build.ts` under `/usr/bin/time -v` (peak memory: the largest single process). Search bytes: a first visit to the search page for each query, page and Pagefind included.', ''];
  // Runs measured before a stage was reported show a dash there.
  const stages = [...new Set(scale.flatMap((s) => Object.keys(s.stages)))];
  const queries = [...new Set(scale.flatMap((s) => Object.keys(s.searchBytes)))];
  const t = (ms: number | undefined) => (ms === undefined ? '–' : fmtS(ms));
  const kb = (b: number | undefined) => (b === undefined ? '–' : fmtKB(b));
  L.push(`| Plans | Pages | ${stages.join(' | ')} | CPU (user + sys) | Peak memory | Output | Search index | ${queries.map((q) => `search "${q}"`).join(' | ')} |`);
  L.push(`|---:|---:|${stages.map(() => '---:').join('|')}|---:|---:|---:|---:|${queries.map(() => '---:').join('|')}|`);
  for (const s of scale) L.push(`| ${s.plans} | ${s.pages} | ${stages.map((k) => t(s.stages[k])).join(' | ')} | ${s.cpuSeconds !== undefined ? `${s.cpuSeconds} s` : '–'} | ${s.peakMemoryMB} MB | ${s.outputMB} MB | ${s.indexMB} MB | ${queries.map((q) => kb(s.searchBytes[q])).join(' | ')} |`);
  const a = scale.find((s) => s.plans === 50);
  const b = largest(scale);
  if (a && b && b.plans > 50) {
    const n = b.plans;
    L.push('', `Growth from 50 to ${n} plans, per plan (1.00 = linear):`, '');
    L.push(`| Figure | Per plan at 50 | Per plan at ${n} | Ratio |`, '|---|---:|---:|---:|');
    for (const k of stages) L.push(`| ${k} | ${(a.stages[k]! / 50).toFixed(1)} ms | ${(b.stages[k]! / n).toFixed(1)} ms | ${(b.stages[k]! / n / (a.stages[k]! / 50)).toFixed(2)} |`);
    if (a.cpuSeconds && b.cpuSeconds) L.push(`| CPU time | ${((a.cpuSeconds * 1000) / 50).toFixed(0)} ms | ${((b.cpuSeconds * 1000) / n).toFixed(0)} ms | ${(b.cpuSeconds / n / (a.cpuSeconds / 50)).toFixed(2)} |`);
    L.push(`| peak memory | ${(a.peakMemoryMB / 50).toFixed(1)} MB | ${(b.peakMemoryMB / n).toFixed(2)} MB | ${(b.peakMemoryMB / n / (a.peakMemoryMB / 50)).toFixed(2)} |`);
    L.push(`| output | ${((a.outputMB * 1000) / 50).toFixed(0)} kB | ${((b.outputMB * 1000) / n).toFixed(0)} kB | ${(b.outputMB / n / (a.outputMB / 50)).toFixed(2)} |`);
    for (const q of queries) L.push(`| search "${q}" (whole query, not per plan) | ${fmtKB(a.searchBytes[q]!)} | ${fmtKB(b.searchBytes[q]!)} | ${(b.searchBytes[q]! / a.searchBytes[q]!).toFixed(2)} |`);
  }
  if (notes.length) L.push('', '### Measured causes, and what would close the misses', '', ...notes);
  return L;
}
