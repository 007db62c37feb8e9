// A copy of the project in a temporary folder, for tests that change its input and build it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
const copies: string[] = [];
afterAll(() => {
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results', 'bench/out']);

/**
 * A copy of the project without build output. node_modules is a real folder of per-package symlinks
 * so Vite's cache (node_modules/.vite) is written in the copy, never into the project's own.
 */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
  copies.push(dir);
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src).split('\\').join('/');
      return !SKIP.has(rel) && !/^dist\./.test(rel) && !rel.endsWith('.log');
    },
  });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

export interface Run {
  status: number | null;
  output: string;
}

/** `node scripts/build.ts` in the copy (convert → Astro build → swap into dist/). */
export function fullBuild(dir: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...cleanEnv(), ...env }, timeout: 170_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Only the Astro stage, writing where a successful build would (dir/dist). */
export function astroBuild(dir: string): Run {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, encoding: 'utf8', env: { ...cleanEnv(), ATLAS_OUT_DIR: join(dir, 'dist') }, timeout: 110_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * The environment for a build started from a test: without what the test runner sets for itself
 * (Vitest puts BASE_URL, MODE, DEV, PROD and SSR in process.env, and Vite would take BASE_URL as the
 * site's base path) and without a previous output folder.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['ATLAS_OUT_DIR', 'ATLAS_DIST', 'NODE_OPTIONS', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[k];
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k.startsWith('VITE_')) delete env[k];
  return env;
}

