import type { BlockRecord } from './compare';
import { contentData } from './content-data';
import type { Lang } from './i18n';

// Who leads and who takes part in what, for the plans that say so (Deyang's notes, Huantai's annex).

type Data = typeof import('../../content/data/compare/responsibilities.json');
export type PlanResponsibilities = Data[keyof Data];
export const responsibilities = contentData<Record<string, PlanResponsibilities>>('compare/responsibilities.json');

/**
 * A task's own words: a numbered item's title, or for a row of a task-division table the cell that
 * states the task (found in the Chinese, then the same cell of the translation).
 */
export function taskTitle(block: BlockRecord, taskText: string, lang: Lang): string {
  if (block.kind !== 'row') return block.heading?.[lang] ?? block.text[lang];
  const k = block.text.zh.split(' | ').indexOf(taskText);
  return k >= 0 ? (block.text[lang].split(' | ')[k] ?? taskText) : block.text[lang];
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const CN = '一二三四五六七八九十';
const KEY_TASK = /^([一二三四五六七八九十]+)、/;
const MEASURE = /^(\d+)[．.]\s*/;

/**
 * A task as readers name it: its number and title. A numbered item is its own number (二、（一）1.) and
 * heading; a row of a task-division table belongs to the key task (一、) and measure (1．) above it,
 * which may sit in an earlier row the cells span, and its own cell says what is done.
 */
export function taskName(block: BlockRecord, blocks: BlockRecord[], taskText: string, lang: Lang): { number: string; title: string; action: string | null } {
  if (block.kind !== 'row') return { number: block.label[lang], title: block.heading?.[lang] ?? block.text[lang], action: null };
  const table = block.eid.replace(/__row_\d+$/, '');
  const rows = blocks.filter((b) => b.kind === 'row' && b.eid.startsWith(`${table}__row_`));
  let key: string | null = null;
  let measure: { n: string; title: string } | null = null;
  for (let k = rows.findIndex((b) => b.eid === block.eid); k >= 0 && !key; k--) {
    const zh = rows[k]!.text.zh.split(' | ');
    const en = rows[k]!.text[lang].split(' | ');
    zh.forEach((cell, i) => {
      if (!measure && MEASURE.test(cell)) measure = { n: MEASURE.exec(cell)![1]!, title: (en[i] ?? cell).replace(MEASURE, '') };
      if (!key && KEY_TASK.test(cell)) key = KEY_TASK.exec(cell)![1]!;
    });
  }
  const keyNo = key ? (lang === 'zh' ? `${key}、` : `${ROMAN[CN.indexOf(key) + 1] ?? key}.`) : '';
  const m = measure as { n: string; title: string } | null;
  return { number: `${keyNo}${m ? m.n : ''}` || block.label[lang], title: m ? m.title : taskTitle(block, taskText, lang), action: taskTitle(block, taskText, lang) };
}
