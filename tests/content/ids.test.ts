import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allIds, convertAll } from '../../converter/index.ts';
import { checkReleasedIds, releaseIds, type AliasMap, type IdManifest } from '../../converter/ids.ts';

const root = resolve(import.meta.dirname, '../..');
const released: IdManifest = JSON.parse(readFileSync(join(root, 'content/ids/released.json'), 'utf8'));
const aliases: AliasMap = JSON.parse(readFileSync(join(root, 'content/ids/aliases.json'), 'utf8'));
const outputs = convertAll({ root });
const current: IdManifest = Object.fromEntries(outputs.map((o) => [o.slug, allIds(o.blocks)]));

describe('released IDs never disappear', () => {
  it('every released ID still exists or is aliased to one that does', () => {
    expect(checkReleasedIds(released, current, aliases)).toEqual([]);
  });

  it('every current ID is unique, ASCII and language-neutral', () => {
    for (const ids of Object.values(current)) {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('the manifest covers every current ID (run `npm run ids:release` after adding blocks)', () => {
    expect(releaseIds(released, current)).toEqual(released);
  });
});

describe('checkReleasedIds', () => {
  const rel = { p: ['chp_1', 'chp_1__para_1', 'chp_2'] };
  it('flags an ID that vanished without an alias', () => {
    expect(checkReleasedIds(rel, { p: ['chp_1', 'chp_2'] }, {})).toEqual([
      { plan: 'p', id: 'chp_1__para_1', problem: expect.stringMatching(/no longer exists/) },
    ]);
  });
  it('accepts an alias to a live ID, rejects one to a dead ID', () => {
    expect(checkReleasedIds(rel, { p: ['chp_1', 'chp_2', 'chp_1__para_2'] }, { p: { chp_1__para_1: 'chp_1__para_2' } })).toEqual([]);
    expect(checkReleasedIds(rel, { p: ['chp_1', 'chp_2'] }, { p: { chp_1__para_1: 'chp_9' } })[0]!.problem).toMatch(/chp_9, which does not exist/);
  });
  it('flags an alias that shadows a live ID', () => {
    expect(checkReleasedIds(rel, { p: rel.p }, { p: { chp_2: 'chp_1' } })[0]!.problem).toMatch(/still a live ID/);
  });
  it('release keeps old IDs and appends new ones in order', () => {
    expect(releaseIds({ p: ['a', 'b'] }, { p: ['b', 'c'], q: ['x'] })).toEqual({ p: ['a', 'b', 'c'], q: ['x'] });
  });
});

describe('aliases are served', () => {
  it('an alias becomes an anchor on the block it points at', async () => {
    const { convertPlan } = await import('../../converter/index.ts');
    const out = convertPlan(root, 'deyang', { deyang: { chp_2__sec_2__subsec_9: 'chp_2__sec_2__subsec_7' } });
    const mdx = out.files.get('content/plans/zh/deyang.mdx')!;
    expect(mdx).toMatch(/<Item eid="chp_2__sec_2__subsec_7" num="7\."><Alias eid="chp_2__sec_2__subsec_9" \/>/);
  });
});
