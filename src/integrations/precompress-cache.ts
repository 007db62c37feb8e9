import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Compressed files by the hash of what they compress, kept between builds (node_modules/.cache), so a
// page that did not change is not compressed again: a rebuild of an unchanged corpus compresses
// nothing. An entry is `<sha256>-<settings>.br|.gz`; an empty entry records that the compressed form
// was not smaller (no file is written). After a build, entries it did not use are removed, so the
// cache holds one build's files.

export interface Compressed { gz?: Buffer; br?: Buffer }

/** The cache key of a file's bytes. */
export const contentHash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export class CompressCache {
  private writes = 0;
  private readonly used = new Set<string>();
  readonly dir: string;
  readonly settings: string;
  /** `dir`: where entries live; `settings`: names the compression settings, so a change of level misses. */
  constructor(dir: string, settings: string) {
    this.dir = dir;
    this.settings = settings;
  }

  private name(hash: string, ext: 'br' | 'gz') {
    return `${hash}-${this.settings}.${ext}`;
  }

  /** The cached .gz and .br of these bytes, or undefined when either is missing. */
  async get(hash: string): Promise<Compressed | undefined> {
    try {
      const [gz, br] = await Promise.all((['gz', 'br'] as const).map((ext) => readFile(join(this.dir, this.name(hash, ext)))));
      this.used.add(hash);
      return { gz: gz!.length ? gz : undefined, br: br!.length ? br : undefined };
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps a file's compressed forms (written whole, then renamed, so a killed build leaves no half entry).
   * Each write has its own temporary name: two files with the same bytes are put at the same time.
   */
  async put(hash: string, c: Compressed): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const ext of ['gz', 'br'] as const) {
      const tmp = join(this.dir, `${this.name(hash, ext)}.${process.pid}-${++this.writes}.tmp`);
      await writeFile(tmp, c[ext] ?? Buffer.alloc(0));
      await rename(tmp, join(this.dir, this.name(hash, ext)));
    }
    this.used.add(hash);
  }

  /** Removes the entries this build did not use; returns how many files went. */
  async prune(): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const stale = names.filter((n) => !this.used.has(n.slice(0, 64)) || !n.includes(`-${this.settings}.`));
    await Promise.all(stale.map((n) => rm(join(this.dir, n), { force: true })));
    return stale.length;
  }
}
