import { readFileSync } from 'node:fs';
import documentsData from '../../content/data/documents-cited.json';
import { DOCUMENT_LEVELS } from '../schemas/lineage';

// Shared wording and the documents cited (content/data/, written by the converter's lineage stage).

export type Run = [number, number, number, number];
export interface BlockShare { length: number; shared: number; planCount: number; partners: { plan: string; eid: string; shared: number; runs: Run[] }[] }
export interface SharedWording {
  runLength: number;
  plans: string[];
  characters: Record<string, number>;
  shared: Record<string, number>;
  matrix: Record<string, Record<string, number>>;
  tasks: Record<string, { passages: number; own: number }>;
  passages: { text: string; length: number; plans: string[]; occurrences: { plan: string; eid: string; start: number; end: number }[] }[];
  blocks: Record<string, Record<string, BlockShare>>;
}
export type DocumentRecord = (typeof documentsData.documents)[number] & { plan?: string };

let wording: SharedWording | undefined;
/**
 * The shared-wording data, read from its file once, when a page first needs it. Not imported: an
 * import makes it a module of the build, and it grows faster than the corpus (88 MB at 200 plans
 * of the benchmark corpus, whose plans share most of their text).
 */
export const sharedWording = (): SharedWording => (wording ??= JSON.parse(readFileSync('content/data/shared-wording.json', 'utf8')) as SharedWording);
export const documents = documentsData.documents as DocumentRecord[];
export const levels = DOCUMENT_LEVELS;

/** A share as a percentage with one decimal. */
export const percent = (n: number, of: number) => (of ? (Math.round((1000 * n) / of) / 10).toFixed(1) : '0.0');

/** The plan's blocks that share wording with another plan, for its reading page's marker. */
export const sharedBlocks = (plan: string) => sharedWording().blocks[plan] ?? {};
