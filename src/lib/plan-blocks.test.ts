import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockPlans, planBlocks } from './plan-blocks';

const DIR = 'content/data/blocks';
const real = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const fixture = (name: string, data: unknown) => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-blocks-'));
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(data));
  return dir;
};

describe('planBlocks', () => {
  it.each(real)('reads %s as its file holds it, validated', (slug) => {
    expect(planBlocks(slug)).toEqual(JSON.parse(readFileSync(join(DIR, `${slug}.json`), 'utf8')).blocks);
  });

  it('lists the plans that have block data', () => {
    expect(blockPlans()).toEqual([...real].sort());
  });

  it('fails naming the file when it is missing, malformed or names another plan', () => {
    expect(() => planBlocks('nowhere')).toThrow(`${join(DIR, 'nowhere.json')}: no block data for plan "nowhere"`);
    const bad = fixture('p', { plan: 'p', blocks: [{ eid: 'a', kind: 'poem' }] });
    expect(() => planBlocks('p', bad)).toThrow(new RegExp(`${join(bad, 'p.json')}: blocks\\.0\\.kind`));
    const other = fixture('p', { plan: 'q', blocks: [] });
    expect(() => planBlocks('p', other)).toThrow('names plan "q", not "p"');
  });
});
