import { SeedError } from '../errors.ts';
import type { PlanHints } from '../hints.ts';
import type { CleanLine, TableCell, TableData, TableRow } from '../types.ts';

type TableHint = NonNullable<PlanHints['tables']>[number];

interface RawCell {
  text: string;
}
interface RawRow {
  line: number;
  cells: RawCell[];
}

/**
 * Rebuilds a table that the export flattened to one cell per line: cells are tab-led lines,
 * rows are separated by blank lines, and an untabbed line after a blank continues the last
 * cell of a row that is not yet full (a paragraph break inside the cell).
 */
export function parseTable(
  lines: CleanLine[],
  start: number,
  hint: TableHint,
  eid: string,
  file: string,
  byLine: Map<number, CleanLine>,
  fallbackLabel: string,
): { table: TableData; end: number } {
  const rows: RawRow[] = [];
  let cur: RawRow | undefined;
  let afterBlank = false;
  let columns = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cell) {
      if (!cur || afterBlank) {
        if (cur) rows.push(cur);
        if (rows.length === 1) columns = rows[0]!.cells.length;
        cur = { line: l.n, cells: [] };
      }
      cur.cells.push({ text: l.text });
      afterBlank = false;
    } else if (l.text === '') {
      afterBlank = true;
    } else if (cur && afterBlank && (rows.length === 0 || cur.cells.length < columns)) {
      cur.cells.at(-1)!.text += `\n${l.text}`;
      afterBlank = false;
    } else break;
  }
  if (cur) rows.push(cur);
  if (rows.length < hint.headerRows + 1) {
    throw new SeedError(file, lines[start]!.n, `the table has ${rows.length} rows, fewer than its ${hint.headerRows} header rows and one body row`, 'check the table hint (headerRows) against the seed');
  }
  columns = rows[0]!.cells.length;
  for (const r of rows) {
    if (r.cells.length !== columns) {
      throw new SeedError(file, r.line, `unknown table shape: this row has ${r.cells.length} cells, the header has ${columns}`, 'a row lost or gained a cell in the export; fix the table hint or record a correction');
    }
  }

  const out: TableRow[] = rows.map((r, k) => {
    const header = k < hint.headerRows;
    return {
      eid: header ? `${eid}__hrow_${k + 1}` : `${eid}__row_${k - hint.headerRows + 1}`,
      line: r.line,
      header,
      cells: r.cells.map((c) => ({ text: c.text })),
    };
  });
  mergeEmpty(out, hint, file);

  const caption = hint.caption ? byLine.get(hint.caption) : undefined;
  const noteLines = (hint.notes ?? []).map((n) => byLine.get(n)!).filter(Boolean);
  const notes = noteLines.map((l, k) =>
    k === 0 && /^注[：:]$/.test(l.text)
      ? { eid: `${eid}__notes`, text: l.text, line: l.n }
      : { eid: `${eid}__note_${/^注[：:]$/.test(noteLines[0]!.text) ? k : k + 1}`, text: l.text, line: l.n },
  );
  const columnsText = headerText(out.filter((r) => r.header));
  return {
    table: { caption: caption ? { text: caption.text, line: caption.n } : undefined, label: caption?.text ?? fallbackLabel, columns: columnsText, rows: out, notes },
    end: i,
  };
}

/** Empty cells in merged columns continue the cell above: render them as row spans. */
function mergeEmpty(rows: TableRow[], hint: TableHint, file: string): void {
  const width = rows[0]!.cells.length;
  for (let c = 0; c < width; c++) {
    let anchor: TableCell | undefined;
    let anchorHeader = false;
    for (const row of rows) {
      const cell = row.cells[c]!;
      const mergeable = row.header || hint.merge === 'all' || hint.merge.includes(c);
      if (cell.text !== '' || !mergeable) {
        anchor = cell;
        anchorHeader = row.header;
        continue;
      }
      if (!anchor || anchorHeader !== row.header) {
        throw new SeedError(file, row.line, `an empty cell in column ${c + 1} has no cell above it to continue`, 'mark the column as not merged in the table hint, or check the export');
      }
      anchor.rowspan = (anchor.rowspan ?? 1) + 1;
      cell.covered = true;
      cell.value = anchor.text;
    }
  }
}

/** Column names: each column's header cells joined top to bottom (基期值 / 2020年). */
export function headerText(header: TableRow[]): string[] {
  const width = header[0]?.cells.length ?? 0;
  return Array.from({ length: width }, (_, c) =>
    header
      .map((r) => r.cells[c]!)
      .filter((cell) => !cell.covered && cell.text)
      .map((cell) => cell.text)
      .join(' '),
  );
}
