import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';

const root = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(root);
const sources = readFileSync(join(root, 'seeds/SOURCES.md'), 'utf8');

/** The checksums and slugs as published with the seeds (seeds/SOURCES.md is that README, verbatim). */
const published = new Map([...sources.matchAll(/^([0-9a-f]{64})\s+(\S+\.txt)$/gm)].map((m) => [m[2]!, m[1]!]));
const slugOf = new Map([...sources.matchAll(/^\| (\S+\.txt) \| (\w+) \|/gm)].map((m) => [m[2]!, m[1]!]));

describe('seeds are the received files, byte for byte', () => {
  it('lists a checksum and a slug for each of the five plans', () => {
    expect(published.size).toBe(5);
    expect([...slugOf.keys()].sort()).toEqual([...SLUGS].sort());
  });

  for (const slug of SLUGS) {
    it(`seeds/${slug}.txt matches the sha256 of ${slugOf.get(slug)}`, () => {
      const bytes = readFileSync(join(root, 'seeds', `${slug}.txt`));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(published.get(slugOf.get(slug)!));
    });
  }

  it.runIf(existsSync(join(root, '../shared/seeds/README.md')))('SOURCES.md is the shared README, unchanged', () => {
    expect(sources).toBe(readFileSync(join(root, '../shared/seeds/README.md'), 'utf8'));
  });
});
