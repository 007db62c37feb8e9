import { expect } from 'vitest';
import { SeedError } from '../errors.ts';
import type { PlanHints } from '../hints.ts';
import type { CleanLine } from '../types.ts';

/** Runs fn, expects it to throw a SeedError, and returns that error. */
export function seedError(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return e as SeedError;
  }
  throw new Error('expected a SeedError, but nothing was thrown');
}

/**
 * Cleaned lines from a small template, numbered from 1: a leading tab marks a table cell
 * (as stripIndentation would), `~` stands for a line that cleanup removed (no entry at all).
 */
export function cleanLines(src: string): CleanLine[] {
  return src
    .split('\n')
    .map((text, i): CleanLine | undefined =>
      text === '~' ? undefined : text.startsWith('\t') ? { n: i + 1, text: text.slice(1), cell: true } : { n: i + 1, text },
    )
    .filter((l): l is CleanLine => l !== undefined);
}

/** The smallest hints: one body region from line 1, 一、/（一）/1. numbering. */
export function bodyHints(extra: Partial<PlanHints> = {}): PlanHints {
  return { slug: 'test', meta: {}, regions: [{ kind: 'body', from: 1 }], numbering: 'cn', ...extra };
}
