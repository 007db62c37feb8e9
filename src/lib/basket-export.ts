import type { Citation } from './cite';

// The basket's exports, as pure functions of its passages and their citations.

/** A table as collected: its column names and its rows (the whole table, or the one row collected). */
export interface PassageTable { columns: string[]; rows: string[][] }

/** One passage as exported: where it is from, its text, its citation in the chosen style, and its cells when it is a table or a row. */
export interface Passage { citation: Citation; planTitle: string; text: string; cited: string; table?: PassageTable | null }

// Intraword underscores (block IDs in URLs) never make emphasis in CommonMark, so they stay as they are.
const mdEscape = (s: string) =>
  s
    .replace(/([\\`*[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#>+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const mdCell = (s: string) => mdEscape(s.replace(/\s*\n\s*/g, ' ')).replace(/^([#>+-])/, '\\$1') || ' ';

/** A GFM table: a header row of column names, the delimiter row, then every row. */
export function gfmTable(t: PassageTable): string {
  const width = Math.max(t.columns.length, ...t.rows.map((r) => r.length));
  const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, k) => mdCell(cells[k] ?? '')).join(' | ')} |`;
  return [row(t.columns), `|${' --- |'.repeat(width)}`, ...t.rows.map(row)].join('\n');
}

/** An HTML table with its column names as header cells. */
export function htmlTable(t: PassageTable): string {
  return `<table>\n<thead><tr>${t.columns.map((c) => `<th scope="col">${html(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${t.rows.map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
}

const isRow = (p: Passage) => !!p.table && p.table.rows.length === 1 && /__h?row_\d+$/.test(p.citation.block.eid);

/** Markdown: each passage as a quotation headed by its plan and section, with a footnoted citation; tables and rows as GFM tables. */
export function basketMarkdown(title: string, passages: Passage[]): string {
  const body = passages.map((p, k) => {
    const head = `**${mdEscape(p.planTitle)}**, ${mdEscape(p.citation.block.label)}`;
    if (p.table && isRow(p)) return `${head}[^${k + 1}]\n\n${gfmTable(p.table)}`;
    const quote = `> ${mdEscape(p.text).replace(/\n/g, '\n> ')}[^${k + 1}]`;
    return p.table ? `${head}\n\n${quote}\n\n${gfmTable(p.table)}` : `${head}\n\n${quote}`;
  });
  const notes = passages.map((p, k) => `[^${k + 1}]: ${mdEscape(p.cited)}`);
  return `# ${mdEscape(title)}\n\n${body.join('\n\n')}\n\n${notes.join('\n')}\n`;
}

/** HTML for the clipboard: pastes into a word processor as quotations (tables as tables) with numbered, linked notes. */
export function basketHtml(title: string, passages: Passage[]): string {
  const body = passages
    .map((p, k) => {
      const note = `<sup><a href="#note-${k + 1}">${k + 1}</a></sup>`;
      const head = `<p><strong>${html(p.planTitle)}</strong>, <a href="${html(p.citation.url)}">${html(p.citation.block.label)}</a>${p.table && isRow(p) ? note : ''}</p>`;
      if (p.table && isRow(p)) return `${head}\n${htmlTable(p.table)}`;
      const quote = `<blockquote><p>${html(p.text)}${note}</p></blockquote>`;
      return p.table ? `${head}\n${quote}\n${htmlTable(p.table)}` : `${head}\n${quote}`;
    })
    .join('\n');
  const notes = passages.map((p, k) => `<li id="note-${k + 1}">${html(p.cited)} <a href="${html(p.citation.url)}">${html(p.citation.url)}</a></li>`).join('\n');
  return `<h1>${html(title)}</h1>\n${body}\n<ol>\n${notes}\n</ol>`;
}

/** Plain text for the clipboard alongside the HTML. */
export function basketPlain(title: string, passages: Passage[]): string {
  const cells = (t: PassageTable) => [t.columns, ...t.rows].map((r) => r.join('\t')).join('\n');
  return `${title}\n\n${passages.map((p, k) => `${p.planTitle}, ${p.citation.block.label}\n“${p.text}” [${k + 1}]${p.table ? `\n${cells(p.table)}` : ''}`).join('\n\n')}\n\n${passages.map((p, k) => `[${k + 1}] ${p.cited}`).join('\n')}\n`;
}
