import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// A conversion writes nothing into content/ until every plan and the corpus-wide stages have
// converted: each plan's files are written to a staging folder as soon as the plan is converted (so
// the converter does not hold every plan's output: 2.8 GB at 3,000 plans), and only at the end are
// the changed files swapped into place. A failure before or during the swap leaves content/ as it was.

/** The staging folder of a conversion (beside content/, so a swap is a rename on one file system). */
export const stagingDir = (root: string) => join(root, '.convert-staging');

export class Staging {
  readonly root: string;
  readonly dir: string;
  /** Paths (relative to root) staged so far, in order. */
  readonly files: string[] = [];

  constructor(root: string) {
    this.root = root;
    this.dir = stagingDir(root);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(join(this.dir, 'new'), { recursive: true });
  }

  /** Stages one file's contents. */
  write(rel: string, text: string): void {
    const path = join(this.dir, 'new', rel);
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path)) this.files.push(rel);
    writeFileSync(path, text);
  }

  /** A staged file's contents (the corpus-wide stages read plans back one at a time). */
  read(rel: string): string {
    return readFileSync(join(this.dir, 'new', rel), 'utf8');
  }

  /** Staged files whose contents differ from what the root holds (missing counts as different). */
  changed(): string[] {
    return this.files.filter((rel) => {
      const path = join(this.root, rel);
      return !existsSync(path) || readFileSync(path, 'utf8') !== this.read(rel);
    });
  }

  /**
   * Moves the changed files into the root, all or none: each replaced file is first set aside, and
   * if any move fails the files moved so far are put back and the set-aside ones restored.
   * `move` is the rename (a test passes one that fails part-way).
   */
  swap(move: (from: string, to: string) => void = renameSync): string[] {
    const changed = this.changed();
    const done: { rel: string; kept: boolean }[] = [];
    try {
      for (const rel of changed) {
        const path = join(this.root, rel);
        const old = join(this.dir, 'old', rel);
        const kept = existsSync(path);
        mkdirSync(dirname(path), { recursive: true });
        if (kept) {
          mkdirSync(dirname(old), { recursive: true });
          move(path, old);
        }
        done.push({ rel, kept });
        move(join(this.dir, 'new', rel), path);
      }
    } catch (e) {
      for (const { rel, kept } of done.reverse()) {
        const path = join(this.root, rel);
        if (existsSync(path) && existsSync(join(this.dir, 'new', rel)) === false) unlinkSync(path);
        if (kept) renameSync(join(this.dir, 'old', rel), path);
      }
      throw new Error(`convert: moving the converted files into place failed (${(e as Error).message}); content/ was left as it was`, { cause: e });
    }
    return changed;
  }

  /** Removes the staging folder (always, after success or failure). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
