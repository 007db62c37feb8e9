import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { CompressCache, contentHash } from './precompress-cache.ts';

/**
 * Writes a .gz and a .br beside every text file of the build, at the highest levels, so a server
 * sends them as they are (nginx gzip_static / brotli_static) instead of compressing on each
 * request. Runs last, after the pages are final. Pagefind's index files are compressed already.
 * Files whose bytes were compressed by an earlier build are taken from the cache
 * (node_modules/.cache/atlas-precompress, precompress-cache.ts) instead of compressed again.
 */

export const TEXT = /\.(html|css|js|mjs|json|xml|svg|txt|md|csv)$/;
const gz = promisify(gzip);
const br = promisify(brotliCompress);

/**
 * Brotli's quality for files above 48 kB (the plan pages, the open data). Measured on a 200-plan
 * corpus (bench/precompress.ts): 7 takes 36 % less CPU than 9 for 0.3 % more bytes on the plan pages
 * (0.7 % on all files); 6 and 5 save little more time for 1–2 % more bytes.
 */
export const LARGE_QUALITY = 7;

/**
 * Files a reader's browser fetches while moving through the site: pages, styles, scripts and the
 * search's own data. Small ones get brotli's top quality (11), ~38 times the CPU of 7 for ~11 % fewer
 * bytes (the five plans' small files: 3.8 s against 0.1 s), which pays for itself on every visit.
 * Downloads and open data (plan.md, plan.txt, JSON, CSV) are fetched one at a time on request: at
 * 3,000 plans they are 450 of the 622 MB of small files, so they get LARGE_QUALITY whatever their size.
 */
export const NAVIGATION = /\.(html|css|js|mjs|svg)$|(^|\/)pagefind\//;
const brotliQuality = (size: number, large: number, navigation: boolean) => (navigation && size <= 48_000 ? 11 : large);

/** The .gz and .br of one file's bytes, each kept only if it is smaller; `large` is brotli's quality above 48 kB and for files outside navigation. */
export async function compressed(bytes: Buffer, large = 9, navigation = true): Promise<{ gz?: Buffer; br?: Buffer }> {
  const [g, b] = await Promise.all([
    gz(bytes, { level: 9 }),
    br(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(bytes.length, large, navigation), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  ]);
  return { gz: g.length < bytes.length ? g : undefined, br: b.length < bytes.length ? b : undefined };
}

export default function precompress(): AstroIntegration {
  return {
    name: 'atlas:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && TEXT.test(e.name));
        const cache = new CompressCache(resolve('node_modules/.cache/atlas-precompress'), `q11nav-${LARGE_QUALITY}-gz9`);
        let before = 0;
        let after = 0;
        let hits = 0;
        // zlib works on libuv's thread pool: a few files at a time keep every core busy.
        const queue = [...files];
        const worker = async () => {
          for (let f = queue.shift(); f; f = queue.shift()) {
            const path = join(f.parentPath, f.name);
            const bytes = await readFile(path);
            const hash = contentHash(bytes);
            let c = await cache.get(hash);
            if (c) hits++;
            else await cache.put(hash, (c = await compressed(bytes, LARGE_QUALITY, NAVIGATION.test(relative(root, path).split(sep).join('/')))));
            if (c.gz) await writeFile(`${path}.gz`, c.gz);
            if (c.br) await writeFile(`${path}.br`, c.br);
            before += bytes.length;
            after += (c.br ?? bytes).length;
          }
        };
        await Promise.all(Array.from({ length: 4 }, worker));
        const pruned = await cache.prune();
        logger.info(`precompressed ${files.length} files (${hits} from the cache, ${pruned} stale cache files removed): ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB brotli in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
