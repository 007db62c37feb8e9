// CSV as spreadsheets read it: UTF-8 with a byte-order mark and CRLF line ends (what Excel needs to
// read Chinese), fields quoted where they hold a quote, a comma or a line break.

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A CSV file from a header row and rows of values. */
export function csv(header: readonly string[], rows: unknown[][]): string {
  return `\uFEFF${[header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n')}\r\n`;
}

/** An endpoint's response for a CSV file. */
export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
