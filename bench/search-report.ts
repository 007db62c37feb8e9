// Search figures judged against the targets (measured by bench/search.ts, which also writes its section).
import { fmtKB, KB, TARGETS, type Verdict } from './common.ts';
import type { PageWeight } from './page-weight.ts';
import { searchByteVerdicts, searchTimeVerdicts, type QueryFigures, type SearchFigures } from './search.ts';

/** The search UI budget, no search code on reading pages, cold bytes and warm time per language. */
export function searchVerdicts(pages: PageWeight[], search: SearchFigures[], traditional?: { cold: QueryFigures; table: number }): Verdict[] {
  const out: Verdict[] = [];
  const ui = pages.find((p) => p.path === '/zh/search/');
  if (ui) out.push({ target: `search UI ≤ ${TARGETS.searchUiGzipBytes / KB} kB gzip on top of Pagefind's client`, measured: `${fmtKB(ui.js.gzip)} JS + ${fmtKB(ui.css.gzip)} CSS (/zh/search/)`, pass: ui.js.gzip + ui.css.gzip <= TARGETS.searchUiGzipBytes });
  const reading = pages.filter((p) => /\/plans\//.test(p.path));
  // Judged when the page was weighed (searchCode); figures from before that field judge by file name only, never by reading a dist/ built since.
  const leaks = reading.filter((p) => p.searchCode ?? p.js.files.some((f) => /pagefind|search\./.test(f)));
  out.push({ target: 'reading pages load no search code until search is opened', measured: `${reading.length - leaks.length}/${reading.length} plan and parallel pages reference no Pagefind or search script`, pass: leaks.length === 0, cause: leaks.map((p) => p.path).join(', ') || undefined });
  if (traditional) out.push(...searchByteVerdicts(search, traditional, TARGETS.coldQueryBytes));
  if (search.length) out.push(...searchTimeVerdicts(search, TARGETS.warmQueryMs));
  return out;
}
