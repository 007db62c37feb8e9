// Precompression settings compared on a built dist/ (e.g. a generated corpus's): for each brotli
// quality used above 48 kB, the time (wall and CPU of this process, which includes zlib's thread
// pool) to write every text file's .br and .gz as the build does, and the total .br bytes, for all
// files and for the plan pages alone. Writes nothing into the dist.
//   node bench/precompress.ts <dist> [quality above 48 kB …]   (default: 9 7 6 5)
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compressed, TEXT } from '../src/integrations/precompress.ts';

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
      const c = await compressed(bytes, large);
      const n = (c.br ?? bytes).length;
      all += n;
      if (isPlanPage(path)) plans += n;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const cpu = process.cpuUsage(c0);
  console.log(`| ${large} | ${((performance.now() - t0) / 1000).toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${(all / 1024).toFixed(0)} | ${(plans / 1024).toFixed(0)} |`);
}
