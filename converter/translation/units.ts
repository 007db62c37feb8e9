import type { PlanHints } from '../hints.ts';
import type { Block, Inline, TableRow } from '../types.ts';

/**
 * Translation units: every piece of Chinese a reader sees, keyed by the block ID (or, for
 * frontmatter and editorial notes, by `meta.<field>` / `ednote.<n>`), with the Chinese as it
 * stands. The English edition is generated from the Chinese structure plus these units.
 *
 * Inline marks travel inside the text: `**…**` for a bold lead-in, `⟦n⟧` for the marker of
 * editorial note n. Responsibility notes are not units: they are rebuilt from the agency table.
 */

export type UnitText = string | string[] | MemberText;

/** A leading-group member line: role (may be empty), name and post. */
export interface MemberText {
  role: string;
  name: string;
  post: string;
}

export interface SourceUnit {
  id: string;
  zh: UnitText;
}

/** Marker for editorial note n inside unit text. */
export const noteMark = (n: number): string => `⟦${n}⟧`;
export const NOTE_MARK = /⟦(\d+)⟧/g;

/** Unit text of a block's inlines: bold as `**…**`, note markers as `⟦n⟧`, responsibility notes left out. */
export function inlineUnit(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.t) {
        case 'text':
          return i.text;
        case 'strong':
          return `**${i.text}**`;
        case 'ednote':
          return noteMark(i.n);
        case 'resp':
          return '';
      }
    })
    .join('')
    .trimEnd();
}

// The leading-group list prints "组  长：张桂森  市政府市长": role, name and post, spaced apart.
const MEMBER = /^(?:([^：]{1,6})：)?\s*(\S+)\s{2,}(.+)$/;

/** Role, name and post of a member line, if it has that shape. */
export function memberParts(text: string): MemberText | undefined {
  const m = MEMBER.exec(text);
  return m ? { role: m[1] ?? '', name: m[2]!, post: m[3]! } : undefined;
}

/** Columns of the responsibility table that hold agency names (generated from the agency table). */
export const AGENCY_COLUMNS = ['责任部门', '参与部门'];

/** Indexes, among a row's rendered (uncovered) cells, of the cells a translator translates. */
export function translatableCells(block: Block, row: TableRow, hints: Pick<PlanHints, 'meta'>): number[] {
  const agencyCols = hints.meta.responsibilityTable === block.eid ? AGENCY_COLUMNS.map((c) => block.table!.columns.indexOf(c)) : [];
  const out: number[] = [];
  row.cells.forEach((c, k) => {
    if (!c.covered && !(agencyCols.includes(k) && !row.header)) out.push(k);
  });
  return out;
}

/** The frontmatter fields that are text for readers, by unit key. */
export const META_FIELDS = ['title', 'shortTitle', 'titleSupplied', 'issuer', 'issuerReason', 'docNumber', 'issued.reason', 'period.basis'] as const;

function getPath(obj: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Every unit of a plan, in reading order: frontmatter texts, blocks, table parts, editorial notes. */
export function sourceUnits(blocks: Block[], meta: Record<string, unknown>, notes: { n: number; text: string }[], hints: Pick<PlanHints, 'meta'>): SourceUnit[] {
  const units: SourceUnit[] = [];
  for (const f of META_FIELDS) {
    const v = getPath(meta, f);
    if (typeof v === 'string' && v) units.push({ id: `meta.${f}`, zh: v });
  }
  for (const b of blocks) {
    if (b.table) {
      const t = b.table;
      if (t.caption) units.push({ id: b.eid, zh: t.caption.text });
      for (const r of t.rows) {
        const cells = translatableCells(b, r, hints).map((k) => r.cells[k]!.text);
        if (cells.length) units.push({ id: r.eid, zh: cells });
      }
      for (const n of t.notes) units.push({ id: n.eid, zh: n.text });
      continue;
    }
    const text = inlineUnit(b.inlines);
    if (b.kind === 'member') {
      const parts = memberParts(text);
      units.push({ id: b.eid, zh: parts ?? text });
      continue;
    }
    if (text) units.push({ id: b.eid, zh: text });
  }
  for (const n of notes) units.push({ id: `ednote.${n.n}`, zh: n.text });
  return units;
}

/** Two unit texts are the same Chinese. */
export function sameText(a: UnitText, b: UnitText): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
