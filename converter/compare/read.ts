import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { SeedError } from '../errors.ts';

/** A curated YAML file as read, with a way to find the line of an entry for error messages. */
export interface CuratedFile<T> {
  rel: string;
  data: T;
  /** Line of the first line matching `pattern` after line `from` (1-based). */
  lineOf: (pattern: RegExp, from?: number) => number | undefined;
  /** Line of the n-th (0-based) list item under the top-level key `list`. */
  itemLine: (n: number, list?: string) => number | undefined;
}

/** Reads `content/compare/<rel>`, failing with the line of a YAML syntax error. */
export function readCurated<T>(root: string, rel: string, fix: string): CuratedFile<T> {
  const abs = join(root, rel);
  if (!existsSync(abs)) throw new SeedError(rel, undefined, 'the file is missing', fix);
  const raw = readFileSync(abs, 'utf8');
  let data: T;
  try {
    data = load(raw) as T;
  } catch (e) {
    const m = /\((\d+):(\d+)\)/.exec((e as Error).message);
    throw new SeedError(rel, m ? Number(m[1]) : undefined, `not valid YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at that line (quote a value that contains ": " or starts with a special character)');
  }
  const lines = raw.split('\n');
  return {
    rel,
    data,
    lineOf: (pattern, from = 0) => {
      for (let k = from; k < lines.length; k++) if (pattern.test(lines[k]!)) return k + 1;
      return undefined;
    },
    itemLine: (n, list = 'targets') => {
      let seen = -1;
      const start = lines.findIndex((l) => l.startsWith(`${list}:`));
      for (let k = start + 1; k < lines.length && start >= 0; k++) {
        if (/^\S/.test(lines[k]!) && !lines[k]!.startsWith('#')) break;
        if (/^ {0,2}- /.test(lines[k]!) && ++seen === n) return k + 1;
      }
      return undefined;
    },
  };
}
