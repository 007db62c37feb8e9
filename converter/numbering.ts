/** Plan numbering as printed (三、 （二） 4．) and its value. */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral from 一 to 九十九. */
export function cnNumber(s: string): number {
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return DIGITS[s] ?? NaN;
  const tens = i === 0 ? 1 : (DIGITS[s.slice(0, i)] ?? NaN);
  const units = i === s.length - 1 ? 0 : (DIGITS[s.slice(i + 1)] ?? NaN);
  return tens * 10 + units;
}

export interface Numbered {
  level: 1 | 2 | 3;
  value: number;
  /** The number exactly as printed, with its punctuation. */
  num: string;
  rest: string;
}

const LEVELS: [1 | 2 | 3, RegExp, (m: RegExpExecArray) => number][] = [
  [1, /^([一二三四五六七八九十]+)、\s*/, (m) => cnNumber(m[1]!)],
  [2, /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*/, (m) => cnNumber(m[1]!)],
  [3, /^(\d{1,2})\s*[．.](?!\d)\s*/, (m) => Number(m[1])],
];

/** Reads the plan numbering at the start of a line, if any. */
export function readNumber(text: string): Numbered | undefined {
  for (const [level, re, value] of LEVELS) {
    const m = re.exec(text);
    if (m) return { level, value: value(m), num: m[0].trimEnd(), rest: text.slice(m[0].length) };
  }
  return undefined;
}

/** Sentence-final marks: a paragraph ending in anything else was cut (page break or wrap). */
const CLOSED = /[。！？；：…!?;:）)\]］】]$/;

/** True when a paragraph ends mid-sentence. */
export function endsOpen(text: string): boolean {
  return text.length > 0 && !CLOSED.test(text);
}
