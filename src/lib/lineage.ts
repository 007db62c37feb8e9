import { DOCUMENT_LEVELS } from '../schemas/lineage';
import { contentData } from './content-data';

// Shared wording and the documents cited (content/data/, written by the converter's lineage stage).

export type Run = [number, number, number, number];
export interface BlockShare { length: number; shared: number; planCount: number; passageCount: number; partners: { plan: string; eid: string; shared: number; runs: Run[] }[] }
export interface SharedWording {
  runLength: number;
  /** At most this many partner passages are listed per block, and this many other plans per plan. */
  maxPartners: number;
  maxPlans: number;
  plans: string[];
  characters: Record<string, number>;
  shared: Record<string, number>;
  /** Per plan: how many other plans share wording with it, and the closest of them. */
  closest: Record<string, { count: number; closest: { plan: string; shared: number }[] }>;
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

/** Characters of `plan` in runs shared with `other`, when `other` is among its listed closest plans (undefined otherwise). */
export const sharedBetween = (plan: string, other: string) => {
  const c = sharedWording().closest[plan];
  return c?.closest.find((x) => x.plan === other)?.shared ?? (c && c.count <= c.closest.length ? 0 : undefined);
};

/** The plan's blocks that share wording with another plan, for its reading page's marker. */
export const sharedBlocks = (plan: string) => sharedWording().blocks[plan] ?? {};
