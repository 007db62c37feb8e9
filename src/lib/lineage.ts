import { DOCUMENT_LEVELS } from '../schemas/lineage';
import { contentData } from './content-data';

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
export type DocumentRecord = (typeof import('../../content/data/documents-cited.json'))['documents'][number] & { plan?: string };

/**
 * The shared-wording data, read from its file once, when a page first needs it. Not imported: an
 * import makes it a module of the build, and it grows faster than the corpus.
 */
export const sharedWording = (): SharedWording => contentData<SharedWording>('shared-wording.json');
export const documents = contentData<{ documents: DocumentRecord[] }>('documents-cited.json').documents;
export const levels = DOCUMENT_LEVELS;

/** A share as a percentage with one decimal. */
export const percent = (n: number, of: number) => (of ? (Math.round((1000 * n) / of) / 10).toFixed(1) : '0.0');

/** The plan's blocks that share wording with another plan, for its reading page's marker. */
export const sharedBlocks = (plan: string) => sharedWording().blocks[plan] ?? {};
