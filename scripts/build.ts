// The whole build: convert seeds → Astro build into a temporary folder → swap into dist/.
// A failure at any stage leaves the previous dist/ untouched: a partial site is never produced.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const tmp = join(root, 'dist.tmp');
const old = join(root, 'dist.old');
const timings: Record<string, number> = {};

function stage(name: string, cmd: string, args: string[], env: Record<string, string> = {}): void {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  timings[name] = Math.round(performance.now() - t0);
  if (r.status !== 0) throw new Error(`build stage "${name}" failed (exit ${r.status ?? r.signal}); dist/ was left as it was`);
}

const t0 = performance.now();
try {
  rmSync(tmp, { recursive: true, force: true });
  stage('convert', process.execPath, ['converter/cli.ts']);
  stage('astro', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { ATLAS_OUT_DIR: tmp });
  if (!existsSync(join(tmp, 'zh/index.html'))) throw new Error('astro build produced no /zh/ page');
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  timings.total = Math.round(performance.now() - t0);
  mkdirSync(join(root, '.astro'), { recursive: true });
  writeFileSync(join(root, '.astro/build-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log(`build: ${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`).join(', ')}`);
} catch (e) {
  console.error(String((e as Error).message ?? e));
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
