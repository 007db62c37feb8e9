import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CompressCache, contentHash } from './precompress-cache.ts';
import { compressed, LARGE_QUALITY, NAVIGATION } from './precompress.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ipatlas-precompress-'));
  dirs.push(d);
  return join(d, 'cache');
};
const page = Buffer.from(`<!doctype html><p>${'知识产权规划对照 '.repeat(400)}</p>`);

describe('precompress cache', () => {
  it('gives back the compressed forms a previous build stored, byte for byte', async () => {
    const dir = cacheDir();
    const c = await compressed(page);
    await new CompressCache(dir, 'q11-9-gz9').put(contentHash(page), c);
    const next = new CompressCache(dir, 'q11-9-gz9');
    const hit = await next.get(contentHash(page));
    expect(hit!.br!.equals(c.br!)).toBe(true);
    expect(hit!.gz!.equals(c.gz!)).toBe(true);
    expect(brotliDecompressSync(hit!.br!).equals(page)).toBe(true);
    expect(gunzipSync(hit!.gz!).equals(page)).toBe(true);
  });

  it('misses on changed bytes or other settings, and records a form that was not smaller as none', async () => {
    const dir = cacheDir();
    const tiny = Buffer.from('x');
    const c = await compressed(tiny);
    expect(c).toEqual({ gz: undefined, br: undefined });
    const cache = new CompressCache(dir, 'q11-9-gz9');
    await cache.put(contentHash(tiny), c);
    expect(await cache.get(contentHash(tiny))).toEqual({ gz: undefined, br: undefined });
    expect(await cache.get(contentHash(Buffer.from('y')))).toBeUndefined();
    expect(await new CompressCache(dir, 'q11-6-gz9').get(contentHash(tiny))).toBeUndefined();
  });

  it('takes the same bytes put twice at once (two identical files of a build)', async () => {
    const cache = new CompressCache(cacheDir(), 'q11-9-gz9');
    const c = await compressed(page);
    await Promise.all([cache.put(contentHash(page), c), cache.put(contentHash(page), c)]);
    expect((await cache.get(contentHash(page)))!.br!.equals(c.br!)).toBe(true);
  });

  it('keeps only the entries the last build used', async () => {
    const dir = cacheDir();
    const old = Buffer.from('<p>a page that changed</p>'.repeat(50));
    const first = new CompressCache(dir, 'q11-9-gz9');
    await first.put(contentHash(old), await compressed(old));
    await first.put(contentHash(page), await compressed(page));
    const second = new CompressCache(dir, 'q11-9-gz9');
    expect(await second.get(contentHash(page))).toBeDefined();
    expect(await second.prune()).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`${contentHash(page)}-q11-9-gz9.br`, `${contentHash(page)}-q11-9-gz9.gz`]);
    expect(existsSync(join(dir, `${contentHash(old)}-q11-9-gz9.br`))).toBe(false);
  });
});

describe('brotli quality by what the file is', () => {
  const at = (q: number, b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } });

  it('pages, styles, scripts and the search client count as navigation; downloads and open data do not', () => {
    for (const f of ['zh/index.html', '_astro/global.Cyjv8iZY.css', '_astro/cite-dialog.CSxCOajN.js', 'favicon.svg', 'pagefind/atlas-terms.json']) expect(NAVIGATION.test(f), f).toBe(true);
    for (const f of ['zh/plans/dehua/plan.md', 'en/plans/dehua/plan.txt', 'data/cite/en/dehua.json', 'data/targets.csv', 'sitemap.xml']) expect(NAVIGATION.test(f), f).toBe(false);
  });

  it('a small navigation file gets the top quality, a small download the large-file quality', async () => {
    expect((await compressed(page, LARGE_QUALITY, true)).br!.equals(at(11, page))).toBe(true);
    expect((await compressed(page, LARGE_QUALITY, false)).br!.equals(at(LARGE_QUALITY, page))).toBe(true);
  });
});
