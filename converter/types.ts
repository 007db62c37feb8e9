/** Shapes shared by the converter stages (parse → clean → structure → emit). */

/** One line of a seed, numbered from 1 as in any editor. */
export interface SourceLine {
  n: number;
  text: string;
}

/** A line after cleanup, with what cleanup learnt about it. */
export interface CleanLine extends SourceLine {
  /** The line began with a `[bookmark: _Toc…]` tag: a heading whose numbering was lost. */
  bookmark?: boolean;
  /** The line began with a tab: a cell of a flattened table. */
  cell?: boolean;
}

/** Inline content of a block: plain text, bold lead-ins, notes. */
export type Inline =
  | { t: 'text'; text: string }
  | { t: 'strong'; text: string }
  | { t: 'resp'; text: string; agencies: string[] }
  | { t: 'ednote'; n: number }
  /** Chinese quoted inside an English text (a parenthesised original, a document number). */
  | { t: 'zh'; text: string }
  /** A title cited in 《》 (brackets included), linked to its entry in the documents cited. */
  | { t: 'doc'; text: string; doc: string };

export type BlockKind = 'heading' | 'item' | 'para' | 'title' | 'table' | 'member';

export interface TableCell {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** The cell is covered by a span from above or left and is not rendered. */
  covered?: boolean;
  /** For covered cells: the value they continue (for structured data). */
  value?: string;
  /** Editorial notes whose marker goes at the end of this cell. */
  notes?: number[];
}

export interface TableRow {
  eid: string;
  line: number;
  header: boolean;
  cells: TableCell[];
}

export interface TableData {
  caption?: { text: string; line: number };
  /** What the table is called for assistive technology: its caption, else the heading above it. */
  label: string;
  columns: string[];
  rows: TableRow[];
  notes: { eid: string; text: string; line: number }[];
}

export interface Block {
  kind: BlockKind;
  eid: string;
  /** Source lines the block was built from (more than one when a page break was rejoined). */
  lines: number[];
  /** Numbering as printed in the source, e.g. `三、`, `（二）`, `4．`. */
  num?: string;
  /** A heading's number supplied by the editors where the received text lost its numbering (Chaozhou). */
  supplied?: string;
  /** Heading level within the plan outline, 1 = chapter. */
  level?: number;
  inlines: Inline[];
  /** Region of the document: notice, title, preamble, body, attachments, annex_N, colophon. */
  region: string;
  table?: TableData;
  /** Released IDs that now point at this block. */
  aliases?: string[];
  /** A translated member line: role, name and post (the Chinese is split from the text). */
  member?: { role: string; name: string; post: string };
}

export interface Correction {
  /** Line of the seed where the corrected text starts. */
  line: number;
  find: string;
  replace: string;
  reason: string;
  kind: 'page-break-duplicate' | 'typo';
}

export interface EditorialNote {
  n: number;
  line: number;
  eid: string;
  kind: 'correction' | 'observation';
  text: string;
  original?: string;
  corrected?: string;
}

export interface RemovedLine {
  line: number;
  kind: 'revision-format' | 'revision-delete';
  author: string;
  text: string;
}

export interface Join {
  lines: [number, number];
  eid: string;
  /** The characters on either side of the break, for the report. */
  before: string;
  after: string;
}

export interface ConversionReport {
  slug: string;
  removed: RemovedLine[];
  bookmarks: { line: number; tag: string }[];
  indentation: { line: number; chars: number }[];
  joins: Join[];
  notes: EditorialNote[];
}
