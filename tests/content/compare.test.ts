import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import type { BlockRecord } from '../../converter/stages/blocks.ts';

// The curated comparison files cover every plan and every task and safeguard block
// (content/compare/, docs/comparison.md), read straight from the YAML and the blocks.

const root = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(root);
const yaml = <T>(rel: string) => load(readFileSync(join(root, rel), 'utf8')) as T;
const blocksOf = (slug: string): BlockRecord[] => JSON.parse(readFileSync(join(root, `content/data/blocks/${slug}.json`), 'utf8')).blocks;
type Tags = { plan: string; tasks: Record<string, string[]> | null; safeguards: Record<string, string[]> | null };
const tagsOf = (slug: string) => yaml<Tags>(`content/compare/tags/${slug}.yaml`);
const themesFile = yaml<{ themes: { id: string }[]; safeguards: { id: string }[] }>('content/compare/themes.yaml');

/** Non-heading blocks of a part that have no tag with one of `known` in the plan's tags file. */
function untagged(part: 'tasks' | 'safeguards', known: Set<string>): string[] {
  return SLUGS.flatMap((slug) => {
    const given = tagsOf(slug)[part] ?? {};
    return blocksOf(slug)
      .filter((b) => b.part === part && b.kind !== 'heading')
      .filter((b) => !(given[b.eid] ?? []).some((tag) => known.has(tag)))
      .map((b) => `${slug}:${b.eid}`);
  });
}

describe('comparison coverage', () => {
  it('every plan has a targets, a tags, a commitments and a status file, each for that plan', () => {
    expect(SLUGS.length).toBe(5);
    const missing = SLUGS.flatMap((slug) => ['targets', 'tags', 'commitments', 'status'].map((dir) => `content/compare/${dir}/${slug}.yaml`)).filter((rel) => !existsSync(join(root, rel)));
    expect(missing, `missing: ${missing.join(', ')}`).toEqual([]);
    for (const slug of SLUGS) {
      expect(yaml<{ plan: string }>(`content/compare/targets/${slug}.yaml`).plan).toBe(slug);
      expect(tagsOf(slug).plan).toBe(slug);
      expect(yaml<{ plan: string }>(`content/compare/commitments/${slug}.yaml`).plan).toBe(slug);
      expect(yaml<{ plan: string }>(`content/compare/status/${slug}.yaml`).plan).toBe(slug);
    }
  });

  it('has between 15 and 25 themes, each id once', () => {
    const ids = themesFile.themes.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(ids.length).toBeLessThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every plan has task blocks and safeguard blocks to tag', () => {
    for (const slug of SLUGS) {
      const blocks = blocksOf(slug).filter((b) => b.kind !== 'heading');
      expect(blocks.filter((b) => b.part === 'tasks').length, slug).toBeGreaterThan(0);
      expect(blocks.filter((b) => b.part === 'safeguards').length, slug).toBeGreaterThan(0);
    }
  });

  it('every task block has a theme', () => {
    const list = untagged('tasks', new Set(themesFile.themes.map((t) => t.id)));
    expect(list, `task blocks without a theme:\n${list.join('\n')}`).toEqual([]);
  });

  it('every safeguard block has a safeguard category', () => {
    const list = untagged('safeguards', new Set(themesFile.safeguards.map((c) => c.id)));
    expect(list, `safeguard blocks without a category:\n${list.join('\n')}`).toEqual([]);
  });

  it('tags only task blocks under "tasks:" and safeguard blocks under "safeguards:"', () => {
    const wrong = SLUGS.flatMap((slug) => {
      const byEid = new Map(blocksOf(slug).map((b) => [b.eid, b]));
      const tags = tagsOf(slug);
      return (['tasks', 'safeguards'] as const).flatMap((part) =>
        Object.keys(tags[part] ?? {})
          .filter((eid) => byEid.get(eid)?.part !== part || byEid.get(eid)?.kind === 'heading')
          .map((eid) => `${slug}:${part}:${eid}`),
      );
    });
    expect(wrong, `tagged blocks that are missing or in another part:\n${wrong.join('\n')}`).toEqual([]);
  });
});
