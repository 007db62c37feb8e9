import type { Citation, CitedPlan, Lang } from './cite';

// What the browser fetches to cite a plan's blocks (/data/cite/<lang>/<slug>.json): built at build
// time from the plan data, loaded only when a reader cites, collects or exports a passage.

/** A plan's citation data in one language: the plan, and per block its label, section title and text. */
export interface CiteData {
  lang: Lang;
  siteName: string;
  /** The site's English name, for Chicago and APA, which are English styles even when citing the Chinese. */
  siteNameEn: string;
  /** Absolute URL of the plan page in this language (block URLs add `#<eid>`). */
  url: string;
  plan: CitedPlan;
  blocks: Record<string, [label: string, title: string | null, text: string]>;
  /** Every table cell by cell (spans filled in), by the table's eId: its column names and its rows by row eId. */
  tables?: Record<string, { columns: string[]; rows: [eid: string, cells: string[]][] }>;
}

/** The table a block is or lies in: the whole table for a table, one row (with the column names) for a row; else null. */
export function tableOf(data: CiteData, eid: string): { columns: string[]; rows: string[][] } | null {
  for (const [tableEid, t] of Object.entries(data.tables ?? {})) {
    if (eid === tableEid) return { columns: t.columns, rows: t.rows.map(([, cells]) => cells) };
    const row = t.rows.find(([r]) => r === eid);
    if (row) return { columns: t.columns, rows: [row[1]] };
  }
  return null;
}

/** Today's date as YYYY-MM-DD in the reader's time zone: the access date of a citation. */
export const today = (d = new Date()): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The citation of one block, or null when the plan has no such block; `english` names the site in English. */
export function toCitation(data: CiteData, eid: string, accessed: string, english = false): Citation | null {
  const b = data.blocks[eid];
  if (!b) return null;
  return { lang: data.lang, plan: data.plan, block: { eid, label: b[0], title: b[1] }, url: `${data.url}#${eid}`, accessed, siteName: english ? data.siteNameEn : data.siteName };
}

export type CiteStyle = 'gbt' | 'chicago' | 'apa';

/** A citation in one of the three text styles; GB/T names the site in the citing language, the others in English. */
export function citeIn(style: CiteStyle, data: CiteData, eid: string, accessed: string, styles: Record<CiteStyle, (c: Citation) => string>): string | null {
  const c = toCitation(data, eid, accessed, style !== 'gbt');
  return c && styles[style](c);
}
