// Precompression settings compared on a built dist/ (e.g. a generated corpus's): for each brotli
// quality used above 48 kB, the time (wall and CPU of this process, which includes zlib's thread
// pool) to write every text file's .br and .gz as the build does, and the total .br bytes, for all
// files and for the plan pages alone. Writes nothing into the dist.
// Then the build's own setting through its cache (node_modules/.cache in a build): a first build
// (empty cache) and a rebuild of the same files.
//   node bench/precompress.ts <dist> [quality above 48 kB …]   (default: 9 7 6 5)
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CompressCache, contentHash } from '../src/integrations/precompress-cache.ts';
import { compressed, LARGE_QUALITY, NAVIGATION, TEXT } from '../src/integrations/precompress.ts';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node bench/precompress.ts <dist> [quality above 48 kB …]');
const qualities = process.argv.slice(3).map(Number);
const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && TEXT.test(e.name)).map((e) => join(e.parentPath, e.name));
const isPlanPage = (path: string) => /^(zh|en)\/plans\/[^/]+\/(index\.html)$/.test(relative(dist, path));
console.log(`${files.length} text files, ${files.filter(isPlanPage).length} plan pages`);
console.log('| brotli above 48 kB | wall s | CPU s | .br all kB | .br plan pages kB |\n|---:|---:|---:|---:|---:|');
for (const large of qualities.length ? qualities : [9, 7, 6, 5]) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let all = 0;
  let plans = 0;
  const queue = [...files];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const bytes = await readFile(path);
      const c = await compressed(bytes, large, NAVIGATION.test(relative(dist, path)));
      const n = (c.br ?? bytes).length;
      all += n;
      if (isPlanPage(path)) plans += n;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const cpu = process.cpuUsage(c0);
  console.log(`| ${large} | ${((performance.now() - t0) / 1000).toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${(all / 1024).toFixed(0)} | ${(plans / 1024).toFixed(0)} |`);
}

const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-precompress-cache-'));
console.log(`\n| quality ${LARGE_QUALITY} with the cache | wall s | CPU s | from the cache |\n|---|---:|---:|---:|`);
for (const run of ['first build (empty cache)', 'rebuild (same files)']) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const cache = new CompressCache(cacheDir, `q11nav-${LARGE_QUALITY}-gz9`);
  let hits = 0;
  const queue = [...files];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const bytes = await readFile(path);
      const hash = contentHash(bytes);
      if (await cache.get(hash)) hits++;
      else await cache.put(hash, await compressed(bytes, LARGE_QUALITY, NAVIGATION.test(relative(dist, path))));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  await cache.prune();
  const cpu = process.cpuUsage(c0);
  console.log(`| ${run} | ${((performance.now() - t0) / 1000).toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${hits} of ${files.length} |`);
}
rmSync(cacheDir, { recursive: true, force: true });
