// A Vitest reporter for the suite's time budget: the slowest tests and files, and every test that used
// more than half of its time limit (the margin CI needs on a busy machine). It also writes
// test-results/timings-<project>.json, from which bench/REPORT.md quotes the figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface Timing {
  name: string;
  ms: number;
  limit: number;
}

/** Prints the five slowest tests and files and any test past half its limit; never fails the run. */
export default class TimeBudgetReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tests: Timing[] = [];
    const files: Timing[] = [];
    let project = 'all';
    for (const m of modules) {
      project = m.project.name || project;
      files.push({ name: m.relativeModuleId, ms: m.diagnostic().duration, limit: 0 });
      for (const t of m.children.allTests()) {
        const d = t.diagnostic();
        if (!d) continue;
        tests.push({ name: `${m.relativeModuleId} > ${t.fullName}`, ms: d.duration, limit: t.options.timeout ?? 0 });
      }
    }
    if (!tests.length) return;
    const top = (xs: Timing[]) => [...xs].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const over = tests.filter((t) => t.limit > 0 && t.ms > t.limit / 2);
    const lines = [
      `time budget (${project}): ${tests.length} tests; slowest:`,
      ...top(tests).map((t) => `  ${s(t.ms)} of ${s(t.limit)} (${Math.round((100 * t.ms) / t.limit)}%)  ${t.name}`),
      'slowest files:',
      ...top(files).map((f) => `  ${s(f.ms)}  ${f.name}`),
      over.length ? `WARNING: ${over.length} test(s) used more than half of their time limit: ${over.map((t) => t.name).join('; ')}` : 'every test finished within half of its time limit',
    ];
    console.log(lines.join('\n'));
    const dir = join(process.cwd(), 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `timings-${project}.json`), `${JSON.stringify({ tests: top(tests), files: top(files), over }, null, 2)}\n`);
  }
}
