/**
 * How a block is named when it is cited: its place in the plan's numbering, read from its eId, in
 * one house style for every plan (二、（二）7. 第1段 / Part 2, Section (2), Item 7, paragraph 1).
 * Where the received text lost its numbering (Chaozhou), the headings show the same numbers as
 * supplied by the editors, so a label never names numbering the reader cannot see.
 * Also the kinds of part a chapter can be. Pure: used by the converter (block data) and in the browser
 * (block tools, search results and filters).
 */

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1–99 in Chinese numerals. */
export function cnNumeral(n: number): string {
  if (n <= 10) return CN[n]!;
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}

type Step = { name: string; n: number };

const steps = (eid: string): Step[] =>
  eid.split('__').map((part) => {
    const m = /^([a-z]+)(?:_(\d+))?$/.exec(part);
    return { name: m?.[1] ?? part, n: Number(m?.[2] ?? 0) };
  });

const REGIONS: Record<string, [string, string]> = {
  notice: ['印发通知', 'Issuing notice'],
  title: ['标题', 'Title'],
  preamble: ['前言', 'Preamble'],
  attachments: ['附件目录', 'List of attachments'],
  colophon: ['版记', 'Colophon'],
};

/**
 * The citation label of an eId. `annexes`: how many annexes the plan has (a single one is just 附件 / Annex).
 */
export function blockLabel(eid: string, opts: { annexes: number }): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const { name, n } of steps(eid)) {
    switch (name) {
      case 'chp':
        zh.push(`${cnNumeral(n)}、`);
        en.push(`Part ${n}`);
        break;
      case 'sec':
        zh.push(`（${cnNumeral(n)}）`);
        en.push(`Section (${n})`);
        break;
      case 'subsec':
        zh.push(`${n}.`);
        en.push(`Item ${n}`);
        break;
      case 'para':
        zh.push(`第${n}段`);
        en.push(`paragraph ${n}`);
        break;
      case 'item':
        zh.push(`第${n}项`);
        en.push(`entry ${n}`);
        break;
      case 'table':
        zh.push(`表${n}`);
        en.push(`Table ${n}`);
        break;
      case 'row':
        zh.push(`第${n}行`);
        en.push(`row ${n}`);
        break;
      case 'hrow':
        zh.push(`表头第${n}行`);
        en.push(`header row ${n}`);
        break;
      case 'notes':
        zh.push('注');
        en.push('notes');
        break;
      case 'note':
        zh.push(`注${n}`);
        en.push(`note ${n}`);
        break;
      case 'annex':
        zh.push(opts.annexes > 1 ? `附件${n}` : '附件');
        en.push(opts.annexes > 1 ? `Annex ${n}` : 'Annex');
        break;
      default: {
        const r = REGIONS[name];
        zh.push(r ? r[0] : name);
        en.push(r ? r[1] : name);
      }
    }
  }
  // Chinese numbering runs together (二、（二）7.); a paragraph or row count is set off by a space.
  const zhLabel = zh.reduce((s, p) => (s && /^(第|表|注)/.test(p) ? `${s} ${p}` : s + p), '');
  return { zh: zhLabel, en: en.join(', ') };
}


/** The number a heading shows where the received text lost it: the last step of its eId in the house style. */
export function suppliedNumber(eid: string): string | undefined {
  const m = /(?:^|__)(chp|sec|subsec)_(\d+)$/.exec(eid);
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] === 'chp' ? `${cnNumeral(n)}、` : m[1] === 'sec' ? `（${cnNumeral(n)}）` : `${n}.`;
}

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
