// Shapes and pure helpers of shared wording used by both the build and the browser.

/** [start, end) in this block's Chinese text and in the other's, in characters (code points). */
export type Run = [number, number, number, number];

/** One plan's side-by-side data (/data/shared/<slug>.json). */
export interface SharedView {
  plan: string;
  plans: Record<string, { zh: string; en: string }>;
  /** Per block: how many plans and passages of other plans share wording with it, and the closest of those passages (the rest are not listed). */
  blocks: Record<string, { planCount: number; passageCount: number; partners: { plan: string; eid: string; shared: number; runs: Run[] }[] }>;
  /** Per `plan/eid`: its label, and its Chinese and English as indexes into `strings` (a paragraph copied into many plans is sent once). */
  texts: Record<string, { zh: number; en: number; label: { zh: string; en: string } }>;
  strings: string[];
}

/** The Chinese, English and label of a block of the view. */
export function viewText(view: SharedView, plan: string, eid: string): { zh: string; en: string; label: { zh: string; en: string } } {
  const t = view.texts[`${plan}/${eid}`]!;
  return { zh: view.strings[t.zh]!, en: view.strings[t.en]!, label: t.label };
}

/** A text cut into pieces, the pieces inside a span carrying that span's index (spans may not overlap; they are sorted here). */
export function markSpans(text: string, spans: [number, number][]): { text: string; run: number | null }[] {
  const chars = [...text];
  const order = spans.map((s, k) => ({ s, k })).sort((a, b) => a.s[0] - b.s[0]);
  const out: { text: string; run: number | null }[] = [];
  let at = 0;
  for (const { s: [start, end], k } of order) {
    const from = Math.max(start, at);
    if (from > at) out.push({ text: chars.slice(at, from).join(''), run: null });
    if (end > from) out.push({ text: chars.slice(from, end).join(''), run: k });
    at = Math.max(at, end);
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join(''), run: null });
  return out;
}
