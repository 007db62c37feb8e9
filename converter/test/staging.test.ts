import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Staging, stagingDir } from '../staging.ts';

/** The staging folder's swap: changed files move in together, or none do. */

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A root holding content/a.txt and content/b.txt, as a previous conversion left them. */
function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipatlas-staging-'));
  roots.push(dir);
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/a.txt'), 'a1');
  writeFileSync(join(dir, 'content/b.txt'), 'b1');
  return dir;
}
const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');

describe('Staging', () => {
  it('moves in only the changed and new files, and leaves unchanged files untouched', () => {
    const dir = root();
    const before = statSync(join(dir, 'content/a.txt')).mtimeMs;
    const s = new Staging(dir);
    s.write('content/a.txt', 'a1');
    s.write('content/b.txt', 'b2');
    s.write('content/new/c.txt', 'c1');
    expect(read(dir, 'content/b.txt')).toBe('b1');
    expect(s.swap()).toEqual(['content/b.txt', 'content/new/c.txt']);
    s.remove();
    expect([read(dir, 'content/a.txt'), read(dir, 'content/b.txt'), read(dir, 'content/new/c.txt')]).toEqual(['a1', 'b2', 'c1']);
    expect(statSync(join(dir, 'content/a.txt')).mtimeMs).toBe(before);
    expect(existsSync(stagingDir(dir))).toBe(false);
  });

  it('puts everything back when a move fails part-way', () => {
    const dir = root();
    const s = new Staging(dir);
    s.write('content/a.txt', 'a2');
    s.write('content/new/c.txt', 'c1');
    s.write('content/b.txt', 'b2');
    // The fifth rename fails: a.txt set aside and replaced (1, 2), c.txt moved in (3), b.txt set aside (4), then b's move in (5).
    let calls = 0;
    const failing = (from: string, to: string) => {
      if (++calls === 5) throw new Error('disk full');
      renameSync(from, to);
    };
    expect(() => s.swap(failing)).toThrow(/content\/ was left as it was/);
    s.remove();
    expect(read(dir, 'content/a.txt')).toBe('a1');
    expect(read(dir, 'content/b.txt')).toBe('b1');
    expect(existsSync(join(dir, 'content/new/c.txt'))).toBe(false);
    expect(existsSync(stagingDir(dir))).toBe(false);
  });

  it('reports what differs without moving anything (the --check mode)', () => {
    const dir = root();
    const s = new Staging(dir);
    s.write('content/a.txt', 'a1');
    s.write('content/b.txt', 'b2');
    expect(s.changed()).toEqual(['content/b.txt']);
    s.remove();
    expect(read(dir, 'content/b.txt')).toBe('b1');
  });

  it('starts from an empty staging folder even if a killed run left one behind', () => {
    const dir = root();
    mkdirSync(join(stagingDir(dir), 'new/content'), { recursive: true });
    writeFileSync(join(stagingDir(dir), 'new/content/stale.txt'), 'x');
    const s = new Staging(dir);
    expect(s.files).toEqual([]);
    expect(existsSync(join(stagingDir(dir), 'new/content/stale.txt'))).toBe(false);
    s.remove();
  });
});
