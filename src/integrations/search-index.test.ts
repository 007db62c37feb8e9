import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBlocks, planCard, planList, planRecord, provinceList, searchRecords } from './search-index.ts';
import { PART_MARK } from '../lib/search/query.ts';

const root = resolve(import.meta.dirname, '../..');
const blockFiles = readdirSync(join(root, 'content/data/blocks')).filter((f) => f.endsWith('.json'));
const blocksOf = (slug: string) => (JSON.parse(readFileSync(join(root, 'content/data/blocks', `${slug}.json`), 'utf8')) as { blocks: { eid: string; text: { zh: string } }[] }).blocks;

describe('the two levels of the search index', () => {
  it('lists every plan once, in the site order (source file, then slug), with both editions', async () => {
    const plans = await planList(root);
    expect(plans.map((p) => p.zh.slug).sort()).toEqual(blockFiles.map((f) => f.replace(/\.json$/, '')).sort());
    const keys = plans.map((p) => `${p.zh.source.original}\u0000${p.zh.slug}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    for (const p of plans) expect(p.en.slug).toBe(p.zh.slug);
  });

  it('a plan-level record holds every block record of its plan, in order, and filters on the plan, not its blocks', async () => {
    const [{ zh }] = await planList(root);
    const blocks = await planBlocks(root, zh!, new Set());
    expect(blocks.length).toBe(blocksOf(zh!.slug).filter((b) => b.text.zh).length);
    const r = planRecord(zh!, blocks, 0, '/');
    expect(r.content).toBe(blocks.map((b) => b.content).join(PART_MARK));
    expect(r.url).toBe(`/zh/plans/${zh!.slug}/`);
    expect(r.filters).toEqual({ level: ['plan'], slug: [zh!.slug], province: [zh!.region.province], kind: [zh!.kind], programme: [zh!.programme] });
    expect(r.meta).toEqual({});
    for (const b of blocks) expect(b.filters.level).toEqual(['block']);
    expect(new Set(blocks.map((b) => b.filters.plan[0]))).toEqual(new Set([zh!.slug]));
  });

  it('every block is a record of the block level, once', async () => {
    const records = await searchRecords(root);
    const want = blockFiles.flatMap((f) => blocksOf(f.replace(/\.json$/, '')).filter((b) => b.text.zh).map((b) => `${f.replace(/\.json$/, '')}#${b.eid}`));
    expect(records.map((r) => r.url.replace(/^\/zh\/plans\/([^/]+)\/#/, '$1#')).sort()).toEqual(want.sort());
  });

  it('a plan card names the plan in each language and links to its page under the base path', async () => {
    for (const { zh, en } of await planList(root)) {
      const z = planCard(zh, en, 'zh', '/atlas/');
      const e = planCard(zh, en, 'en', '/atlas/');
      expect(z.title).toBe(zh.title);
      expect(e.title).toBe(en.title);
      expect(z.href).toBe(`/atlas/zh/plans/${zh.slug}/`);
      expect(e.href).toBe(`/atlas/en/plans/${zh.slug}/`);
      expect(z.region.startsWith(zh.region.province)).toBe(true);
      expect(en.region.en.startsWith(e.place)).toBe(true);
      expect(z.annexes).toBe(e.annexes);
    }
  });

  it('numbers the provinces in the order their first plan is listed', async () => {
    const plans = (await planList(root)).map((p) => p.zh);
    const provinces = provinceList(plans);
    expect(new Set(provinces).size).toBe(provinces.length);
    expect(provinces).toEqual(plans.map((p) => p.region.province).filter((v, k, all) => all.indexOf(v) === k));
  });

  it('a process writing block-level bundles writes each plan’s bundle, and fails naming the file it could not read', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-bundles-'));
    try {
      const run = (slugs: string[]) => spawnSync(process.execPath, [join(root, 'src/integrations/search-bundles.ts')], { cwd: root, input: JSON.stringify({ root, out, base: '/', slugs }), encoding: 'utf8' });
      const slug = blockFiles[0]!.replace(/\.json$/, '');
      const ok = run([slug]);
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toBe(`blocks ${blocksOf(slug).filter((b) => b.text.zh).length}\n`);
      expect(readdirSync(join(out, 'plan', slug))).toContain('pagefind-entry.json');
      const bad = run(['nowhere']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(join('content/data/blocks', 'nowhere.json'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
