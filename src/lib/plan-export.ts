import type { PlanFrontmatter } from '../schemas/plan';
import { t, type Lang } from './i18n';
import { issuedText, periodText } from './plan';

// A plan as a downloadable file, in either language: Markdown (GFM, with an HTML anchor carrying
// each block's permanent ID, so `plan.md#chp_2__sec_2__subsec_7` works) and plain text (each block
// one paragraph, prefixed with its ID in brackets). Both are built from the block data, the same
// text the site shows; every block's text is written out whole, and nothing in it becomes syntax.

type Bilingual = { zh: string; en: string };

/** One block of `content/data/blocks/<slug>.json` (only the fields the exports use). */
export interface ExportBlock {
  eid: string;
  kind: 'title' | 'heading' | 'item' | 'para' | 'member' | 'table' | 'row' | 'note';
  text: Bilingual;
}

/** One table of `content/data/tables/<slug>.json`: Chinese cells, merged cells filled in from above. */
export interface ExportTable {
  eid: string;
  columns: string[];
  rows: { eid: string; cells: string[] }[];
}

export interface ExportInput {
  meta: PlanFrontmatter;
  blocks: readonly ExportBlock[];
  tables: readonly ExportTable[];
  /** The absolute URL of the plan's page in the export's language. */
  url: string;
}

/** The English exports' statement of status; the Chinese original carries none. */
export const REFERENCE_NOTE = 'Reference translation of the Chinese original. The Chinese text prevails.';

/** Stands in a Markdown table for a cell merged with the one above it in the original. */
export const DITTO = '〃';

const URL_LABEL: Record<Lang, string> = { zh: '网址', en: 'URL' };
const DITTO_NOTE: Record<Lang, string> = {
  zh: `${DITTO} 表示该格在原表中与上一行合并。`,
  en: `${DITTO} marks a cell merged with the one above it in the original table.`,
};

/** The header facts, label and value, in the export's language; what the text does not state says so. */
function facts(meta: PlanFrontmatter, lang: Lang, url: string): [string, string][] {
  const none = t(lang, 'meta.none');
  return [
    ...(meta.titleSupplied ? [[t(lang, 'title.supplied'), meta.titleSupplied] as [string, string]] : []),
    [t(lang, 'meta.issuer'), meta.issuer ?? none],
    [t(lang, 'meta.docNumber'), meta.docNumber ?? none],
    [t(lang, 'meta.issued'), issuedText(meta, lang)],
    [t(lang, 'meta.period'), periodText(meta, lang)],
    [URL_LABEL[lang], url],
  ];
}

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

/** Heading level of a heading block from its ID's nesting: `chp_2` → 2, `chp_2__sec_1` → 3, deeper → 4. */
export const headingLevel = (eid: string): number => Math.min(4, eid.split('__').length + 1);

const isHeaderRow = (eid: string) => eid.includes('__hrow_');
const splitCells = (text: string) => text.split(' | ');
const norm = (s: string) => s.replace(/\s+/gu, '');

/**
 * Where each cell a row actually has (merged cells appear only in their first row) stands among the
 * table's columns: `full` is the row with merged cells filled in, `present` the cells written in
 * this row, both in Chinese. `match(full, cell)` says whether a present cell can stand at a column.
 * Returns one column index per present cell, or null when they cannot be placed in order.
 */
export function alignCells(full: readonly string[], present: readonly string[], match: (full: string, cell: string) => boolean = (f, c) => norm(f) === norm(c)): number[] | null {
  // Leftmost placement that still leaves room for the rest (a subsequence match, with lookahead).
  const place = (i: number, j: number): number[] | null => {
    if (j === present.length) return [];
    for (let k = i; k <= full.length - (present.length - j); k++) {
      if (!match(full[k]!, present[j]!)) continue;
      const rest = place(k + 1, j + 1);
      if (rest) return [k, ...rest];
    }
    return null;
  };
  return place(0, 0);
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Escapes characters that could start inline syntax anywhere in a line (emphasis, code, links, HTML, entities). */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes one line of running text: inline syntax, and whatever at its start would open a block (heading, list, quote, rule, fence). */
function escapeLine(line: string): string {
  const s = escapeInline(line);
  const m = /^([ \t]*)(.*)$/s.exec(s)!;
  const [, indent, rest] = m as unknown as [string, string, string];
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(rest);
  if (ordered) return `${indent}${ordered[1]}\\${ordered[2]}${rest.slice(ordered[0].length)}`;
  if (/^[#>+\-=]/.test(rest)) return `${indent}\\${rest}`;
  return s;
}

/** Running text as Markdown that renders as exactly this text: every line escaped. */
export function escapeMarkdown(text: string): string {
  return text.split(/\r?\n/).map(escapeLine).join('\n');
}

const escapeHeading = (s: string) => escapeInline(s.replace(/\r?\n/g, ' ')).replace(/#/g, '\\#');
const escapeCell = (s: string) => escapeInline(s).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const anchor = (eid: string) => `<a id="${eid}"></a>`;

/** A GFM pipe table from a table block and its rows; each row's ID is an anchor in its first cell. */
function markdownTable(rows: readonly ExportBlock[], data: ExportTable | undefined, lang: Lang): string[] {
  const headers = rows.filter((r) => isHeaderRow(r.eid));
  const body = rows.filter((r) => !isHeaderRow(r.eid));
  const width = Math.max(data?.columns.length ?? 0, ...rows.map((r) => splitCells(r.text[lang]).length), 1);
  let merged = false;

  // Header: the header rows merged column by column (基期值 + 2020年 → 基期值 2020年); a header
  // row that cannot be placed under the columns goes into the body as it is.
  const head: string[] = Array.from({ length: width }, () => '');
  const extraBody: ExportBlock[] = [];
  headers.forEach((r, i) => {
    const zh = splitCells(r.text.zh);
    const cells = splitCells(r.text[lang]);
    const at = data && zh.length === cells.length ? alignCells(data.columns, zh, (f, c) => norm(f).includes(norm(c))) : i === 0 && cells.length <= width ? cells.map((_, k) => k) : null;
    if (!at) return extraBody.push(r);
    at.forEach((col, k) => {
      const cell = `${k === 0 ? anchor(r.eid) : ''}${escapeCell(cells[k]!)}`;
      head[col] = head[col] ? `${head[col]} ${cell}` : cell;
    });
  });

  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const bodyLines = [...extraBody, ...body].map((r) => {
    const zh = splitCells(r.text.zh);
    const cells = splitCells(r.text[lang]);
    const full = data?.rows.find((d) => d.eid === r.eid)?.cells;
    const at = full && full.length === width && zh.length === cells.length ? alignCells(full, zh) : null;
    let out: string[];
    if (at) {
      out = Array.from({ length: width }, () => DITTO);
      at.forEach((col, k) => (out[col] = escapeCell(cells[k]!)));
      if (cells.length < width) merged = true;
    } else {
      // Placed in order; cells beyond the table's width share the last column, so none is dropped.
      const esc = cells.map(escapeCell);
      out = [...esc.slice(0, width - 1), esc.slice(width - 1).join(' \\| ')];
      while (out.length < width) out.push('');
    }
    out[0] = `${anchor(r.eid)}${out[0]}`;
    return line(out);
  });
  const table = [line(head), line(Array.from({ length: width }, () => '---')), ...bodyLines].join('\n');
  return merged ? [table, `*${escapeInline(DITTO_NOTE[lang])}*`] : [table];
}

/** The plan as Markdown in one language: a header with the facts, then every block under its ID. */
export function planMarkdown(input: ExportInput, lang: Lang): string {
  const { meta, blocks, tables, url } = input;
  const out: string[] = [`# ${escapeHeading(meta.title)}`];
  out.push(facts(meta, lang, url).map(([k, v]) => `- ${escapeInline(k)}${colon(lang)}${v === url ? `<${url}>` : escapeInline(v)}`).join('\n'));
  if (lang === 'en') out.push(`> ${REFERENCE_NOTE}`);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text[lang];
    if (b.kind === 'heading') out.push(`${anchor(b.eid)}\n${'#'.repeat(headingLevel(b.eid))} ${escapeHeading(text)}`);
    else if (b.kind === 'title') out.push(`${anchor(b.eid)}\n${text.trim() ? `**${escapeInline(text)}**` : ''}`);
    else if (b.kind === 'table') {
      const rows: ExportBlock[] = [];
      while (blocks[i + 1]?.kind === 'row' && blocks[i + 1]!.eid.startsWith(`${b.eid}__`)) rows.push(blocks[++i]!);
      out.push(text.trim() ? `${anchor(b.eid)}\n**${escapeInline(text)}**` : anchor(b.eid));
      if (rows.length) out.push(...markdownTable(rows, tables.find((d) => d.eid === b.eid), lang));
    } else out.push(`${anchor(b.eid)}\n${escapeMarkdown(text)}`);
  }

  if (meta.editorialNotes.length) {
    out.push('---', `**${escapeInline(t(lang, 'ednote.heading'))}**`, escapeMarkdown(t(lang, 'ednote.intro')));
    for (const n of meta.editorialNotes) {
      const lines = [`**${escapeInline(t(lang, 'ednote.marker', { n: n.n }))}**${lang === 'zh' ? '（' : ' ('}${escapeInline(t(lang, `ednote.${n.kind}`))}${lang === 'zh' ? '）' : ')'} [${escapeInline(n.eid)}](#${n.eid})`];
      if (n.original !== null) lines.push(`${escapeInline(t(lang, 'ednote.original'))}${colon(lang)}${escapeInline(n.original)}`);
      if (n.corrected !== null) lines.push(`${escapeInline(t(lang, 'ednote.corrected'))}${colon(lang)}${escapeInline(n.corrected)}`);
      lines.push(escapeMarkdown(n.text));
      out.push(lines.join('  \n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** The plan as plain text in one language: the facts, then every block as `[eid] text`, a blank line between blocks. */
export function planText(input: ExportInput, lang: Lang): string {
  const { meta, blocks, url } = input;
  const header = [meta.title, ...facts(meta, lang, url).map(([k, v]) => `${k}${colon(lang)}${v}`)];
  if (lang === 'en') header.push(REFERENCE_NOTE);
  const out = [header.join('\n'), ...blocks.map((b) => (b.text[lang] ? `[${b.eid}] ${b.text[lang]}` : `[${b.eid}]`))];
  if (meta.editorialNotes.length) {
    out.push(`${t(lang, 'ednote.heading')}\n${t(lang, 'ednote.intro')}`);
    for (const n of meta.editorialNotes) {
      const lines = [`${t(lang, 'ednote.marker', { n: n.n })}${lang === 'zh' ? '（' : ' ('}${t(lang, `ednote.${n.kind}`)}${lang === 'zh' ? '）' : ')'} → ${n.eid}`];
      if (n.original !== null) lines.push(`${t(lang, 'ednote.original')}${colon(lang)}${n.original}`);
      if (n.corrected !== null) lines.push(`${t(lang, 'ednote.corrected')}${colon(lang)}${n.corrected}`);
      lines.push(n.text);
      out.push(lines.join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}
