import type { Citation } from './cite';

// The basket's exports, as pure functions of its passages and their citations.

/** One passage as exported: where it is from, its text, and its citation in the chosen style. */
export interface Passage { citation: Citation; planTitle: string; text: string; cited: string }

// Intraword underscores (block IDs in URLs) never make emphasis in CommonMark, so they stay as they are.
const mdEscape = (s: string) =>
  s
    .replace(/([\\`*[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#>+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown: each passage as a quotation headed by its plan and section, with a footnoted citation. */
export function basketMarkdown(title: string, passages: Passage[]): string {
  const body = passages.map((p, k) => `**${mdEscape(p.planTitle)}**, ${mdEscape(p.citation.block.label)}\n\n> ${mdEscape(p.text).replace(/\n/g, '\n> ')}[^${k + 1}]`);
  const notes = passages.map((p, k) => `[^${k + 1}]: ${mdEscape(p.cited)}`);
  return `# ${mdEscape(title)}\n\n${body.join('\n\n')}\n\n${notes.join('\n')}\n`;
}

/** HTML for the clipboard: pastes into a word processor as quotations with numbered, linked notes. */
export function basketHtml(title: string, passages: Passage[]): string {
  const body = passages
    .map((p, k) => `<p><strong>${html(p.planTitle)}</strong>, <a href="${html(p.citation.url)}">${html(p.citation.block.label)}</a></p>\n<blockquote><p>${html(p.text)}<sup><a href="#note-${k + 1}">${k + 1}</a></sup></p></blockquote>`)
    .join('\n');
  const notes = passages.map((p, k) => `<li id="note-${k + 1}">${html(p.cited)} <a href="${html(p.citation.url)}">${html(p.citation.url)}</a></li>`).join('\n');
  return `<h1>${html(title)}</h1>\n${body}\n<ol>\n${notes}\n</ol>`;
}

/** Plain text for the clipboard alongside the HTML. */
export function basketPlain(title: string, passages: Passage[]): string {
  return `${title}\n\n${passages.map((p, k) => `${p.planTitle}, ${p.citation.block.label}\n“${p.text}” [${k + 1}]`).join('\n\n')}\n\n${passages.map((p, k) => `[${k + 1}] ${p.cited}`).join('\n')}\n`;
}
