// Shared by the benchmark's parts: targets, gzip, formatting, the verdict a part reports.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '..');
export const GZIP_LEVEL = 9;
export const KB = 1000;

export const TARGETS = {
  buildSeconds: 30,
  jsGzipBytes: 15 * KB,
  planTransferRatio: 1.3,
  searchUiGzipBytes: 15 * KB,
  coldQueryBytes: 250 * KB,
  warmQueryMs: 300,
  // The national corpus (issue 20): 3,000 plans on this 2-core machine.
  scaleBuildSeconds: 20 * 60,
  scalePerPlanRatio: 1.5,
  scalePeakMB: 6 * 1024,
  scaleSearchBytesRatio: 3,
  scaleSearchBytes: 300 * KB,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as Record<string, number>,
};

export const gz = (b: Buffer | string) => gzipSync(b, { level: GZIP_LEVEL }).length;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};
export const log = (s: string) => process.stdout.write(`${s}\n`);

/** One target, what was measured, and the measured cause where it is missed. */
export interface Verdict {
  target: string;
  measured: string;
  pass: boolean;
  cause?: string;
}

export const fmtKB = (b: number) => `${(b / KB).toFixed(1)} kB`;
export const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
