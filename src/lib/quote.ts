/** The sentence of `text` that contains `written` (up to and including its 。；！？), for quoting a figure's source. */
export function sentenceAround(text: string, written: string): string {
  const at = text.indexOf(written);
  if (at < 0) return text;
  const ends = /[。；！？]/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(ends)) {
    if (m.index! < at) start = m.index! + 1;
    else if (m.index! >= at + written.length - 1) {
      end = m.index! + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
}
