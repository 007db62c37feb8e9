import { readFileSync } from 'node:fs';
import { SeedError } from './errors.ts';

/** Per-plan knowledge the text alone cannot give: metadata, regions, table shapes, corrections. */
export interface PlanHints {
  slug: string;
  meta: Record<string, unknown>;
  /** Where each region of the document starts (seed line numbers). */
  regions: { kind: 'notice' | 'title' | 'body' | 'attachments' | 'annex' | 'colophon'; from: number; label?: number; title?: number[] }[];
  /** `cn`: 一、/（一）/1. numbering; `bookmarks`: headings marked by Word bookmarks, levels from `outline`. */
  numbering: 'cn' | 'bookmarks';
  /** For `bookmarks` numbering: seed line → heading level. */
  outline?: Record<string, number>;
  tables?: { line: number; headerRows: number; merge: 'all' | number[]; caption?: number; notes?: number[] }[];
  /** Lines wrapped inside one paragraph (titles split over lines), joined explicitly. */
  joinLines?: number[][];
  /** Lines that end open but must not be joined to the next (rare). */
  noJoin?: number[];
  corrections?: { line: number; find: string; replace: string; kind: 'page-break-duplicate' | 'typo'; reason: string }[];
  /** Remarks that change nothing: `quote` is the exact text (in the block, or in a cell of the row) the note follows. */
  notes?: { line: number; quote: string; text: string }[];
  /** What kind of part a chapter is, where its heading's words do not say (background, goals, tasks, safeguards). */
  partKinds?: Record<string, 'background' | 'goals' | 'tasks' | 'safeguards'>;
  /** Annex lines that are a list (one member per line), never joined. */
  list?: [number, number];
}

/** Reads a plan's hint file, failing with the file name on malformed JSON. */
export function readHints(path: string): PlanHints {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new SeedError(path, undefined, 'the hint file is missing', 'create it beside the other hint files (see docs/conversion.md)');
  }
  try {
    return JSON.parse(raw) as PlanHints;
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const line = m ? raw.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new SeedError(path, line, `the hint file is not valid JSON (${(e as Error).message})`, 'fix the JSON syntax at that line');
  }
}
