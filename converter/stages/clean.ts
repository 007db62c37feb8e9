import type { CleanLine, ConversionReport, SourceLine } from '../types.ts';

/**
 * Cleanup removes only export artefacts; each rule is small, pure and reports what it did,
 * so the conversion report can show readers every change made to the source text.
 */

const REVISION = /^(设置格式|删除)\[([^\]]*)\]:\s?(.*)$/;
const BOOKMARK = /^\[bookmark: (_[A-Za-z]+\d*)\]/;
// Word's justified/indented layout survives as ASCII, no-break and ideographic spaces.
const INDENT = /^[ \u00a0\u3000]+/;
const TRAILING = /[ \t\u00a0\u3000]+$/;

type Part = Pick<ConversionReport, 'removed' | 'bookmarks' | 'indentation'>;

/** Drops Word revision marks (`设置格式[…]`, `删除[…]`): they annotate the draft, not the plan. */
export function dropRevisionLines(lines: SourceLine[], report: Part): SourceLine[] {
  return lines.filter((l) => {
    const m = REVISION.exec(l.text);
    if (!m) return true;
    report.removed.push({
      line: l.n,
      kind: m[1] === '删除' ? 'revision-delete' : 'revision-format',
      author: m[2]!,
      text: l.text,
    });
    return false;
  });
}

/** Strips `[bookmark: …]` tags; a `_Toc` bookmark marks a heading whose numbering was lost. */
export function stripBookmarks(lines: SourceLine[], report: Part): CleanLine[] {
  return lines.map((l) => {
    const m = BOOKMARK.exec(l.text.trimStart());
    if (!m) return { ...l };
    report.bookmarks.push({ line: l.n, tag: m[0] });
    const text = l.text.trimStart().slice(m[0].length);
    return m[1]!.startsWith('_Toc') ? { n: l.n, text, bookmark: true } : { n: l.n, text };
  });
}

/** Drops indentation (full-width, no-break and ASCII spaces) and marks tab-led table cells. */
export function stripIndentation(lines: CleanLine[], report: Part): CleanLine[] {
  return lines.map((l) => {
    const cell = l.text.startsWith('\t');
    let text = (cell ? l.text.slice(1) : l.text).replace(TRAILING, '');
    const m = INDENT.exec(text);
    if (m) {
      report.indentation.push({ line: l.n, chars: m[0].length });
      text = text.slice(m[0].length);
    }
    return cell ? { ...l, text, cell: true } : { ...l, text };
  });
}

/** Runs every cleanup rule in order. */
export function clean(lines: SourceLine[], report: Part): CleanLine[] {
  return stripIndentation(stripBookmarks(dropRevisionLines(lines, report), report), report);
}
