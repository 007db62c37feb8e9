import { SeedError } from './errors.ts';
import type { Inline } from './types.ts';

/** Editorial-note markers travel through the text as private-use characters until tokenised. */
export const NOTE_BASE = 0xe000;
export const noteMarker = (n: number): string => String.fromCharCode(NOTE_BASE + n);

const RESP = /([\[［（(])(责任单位[：:])/;
const CLOSE: Record<string, string> = { '[': ']', '［': '］', '（': '）', '(': ')' };

/** Index of the bracket closing the one at `from`, counting nested pairs (各区（市、县）). */
function matchingClose(s: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0) return i;
  }
  return -1;
}

/** Splits at a separator that is not inside brackets (各区（市、县） stays whole). */
function splitTopLevel(list: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth--;
    if (depth === 0 && seps.includes(ch)) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const BARE_PLACE = /^[\u4e00-\u9fff]{1,5}[市县区]$/;
const PLACE_BODY = /^[\u4e00-\u9fff]{1,5}[市县区](人民政府|管委会)$/;

/**
 * Agencies of a responsibility note, in groups as the note separates them with "，"; within a
 * group, "、" separates agencies, and bare place names before "X县人民政府" share its suffix
 * (什邡市、绵竹市、中江县人民政府 → 什邡市人民政府, 绵竹市人民政府, 中江县人民政府).
 */
export function agencyGroups(list: string): string[][] {
  return splitTopLevel(list, '，,').map((group) => {
    const items = splitTopLevel(group, '、');
    for (let k = 0; k < items.length; k++) {
      const body = PLACE_BODY.exec(items[k]!);
      if (!body) continue;
      for (let j = k - 1; j >= 0 && BARE_PLACE.test(items[j]!); j--) items[j] += body[1]!;
    }
    return items;
  });
}

/** Agencies of a responsibility note as one list. */
export function splitAgencies(list: string): string[] {
  return agencyGroups(list).flat();
}

/** Tokenises block text into plain text, `**bold**` lead-ins, responsibility notes and note markers. */
export function tokenize(text: string, file: string, line: number): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  const resp = RESP.exec(rest);
  let tail: Inline | undefined;
  if (resp) {
    const open = resp[1]!;
    const close = CLOSE[open]!;
    const end = matchingClose(rest, resp.index, open, close);
    if (end < 0) {
      throw new SeedError(file, line, `the responsibility note opened with "${open}责任单位" is never closed`, `close it with "${close}" in a correction hint, or fix the export`);
    }
    const body = rest.slice(resp.index, end + 1);
    const after = rest.slice(end + 1);
    if (after.replace(/[\ue000-\ue0ff\s]/g, '') !== '') {
      throw new SeedError(file, line, `text follows the responsibility note: "${after.slice(0, 20)}"`, 'a responsibility note must end its task; check the export');
    }
    const inner = body.slice(1, -1).replace(/^责任单位[：:]/, '');
    tail = { t: 'resp', text: body, agencies: splitAgencies(inner.replace(/[\ue000-\ue0ff]/g, '')) };
    rest = rest.slice(0, resp.index) + after;
  }
  const parts = rest.split('**');
  if (parts.length % 2 === 0) {
    throw new SeedError(file, line, 'a "**" bold mark is not closed', 'every bold lead-in needs "**" on both sides; check the export');
  }
  parts.forEach((part, i) => pushText(out, part, i % 2 === 1 ? 'strong' : 'text'));
  if (tail) out.push(tail);
  return out;
}

function pushText(out: Inline[], s: string, t: 'text' | 'strong'): void {
  let buf = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= NOTE_BASE && c < NOTE_BASE + 0x100) {
      if (buf) out.push({ t, text: buf });
      buf = '';
      out.push({ t: 'ednote', n: c - NOTE_BASE });
    } else buf += ch;
  }
  if (buf) out.push({ t, text: buf });
}

/** Plain text of inlines, as a reader sees it (note markers excluded). */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => ('text' in i ? i.text : '')).join('');
}
