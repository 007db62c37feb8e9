/**
 * Citation labels live in src/shared/labels.ts (the browser names blocks the same way); what kind
 * of part a chapter is stays here.
 */
export { blockLabel, cnNumeral, suppliedNumber } from '../../src/shared/labels.ts';

/** Kinds of part a block can be in, for filters and comparison. */
export const PART_KINDS = ['front', 'preamble', 'background', 'goals', 'tasks', 'safeguards', 'appendix'] as const;
export type PartKind = (typeof PART_KINDS)[number];

// What a chapter heading says it is about; a chapter these do not decide is named in the hints.
const CHAPTER_KINDS: [RegExp, PartKind][] = [
  [/保障/, 'safeguards'],
  [/背景|形势|成就|现状/, 'background'],
  [/总体要求|指导思想|目标|时限|原则/, 'goals'],
  [/任务|工作/, 'tasks'],
];

/** The kind of part a chapter heading introduces, if its words say so. */
export function chapterKind(heading: string): PartKind | undefined {
  return CHAPTER_KINDS.find(([re]) => re.test(heading))?.[1];
}
