import data from '../../content/data/compare/responsibilities.json';
import type { BlockRecord } from './compare';
import type { Lang } from './i18n';

// Who leads and who takes part in what, for the plans that say so (Deyang's notes, Huantai's annex).

export type PlanResponsibilities = (typeof data)[keyof typeof data];
export const responsibilities = data as Record<string, PlanResponsibilities>;

/**
 * A task's own words: a numbered item's title, or for a row of a task-division table the cell that
 * states the task (found in the Chinese, then the same cell of the translation).
 */
export function taskTitle(block: BlockRecord, taskText: string, lang: Lang): string {
  if (block.kind !== 'row') return block.heading?.[lang] ?? block.text[lang];
  const k = block.text.zh.split(' | ').indexOf(taskText);
  return k >= 0 ? (block.text[lang].split(' | ')[k] ?? taskText) : block.text[lang];
}
