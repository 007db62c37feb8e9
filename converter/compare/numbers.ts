// Reading the numbers the plans write, so a target's value can be checked against its source text.

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The value of a run of Chinese numerals below 10,000 (十 → 10, 二十五 → 25, 一百二十 → 120). */
export function chineseNumeral(run: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of run) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in POWER) {
      total += (digit ?? 1) * POWER[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

// Plans sometimes put a space between a figure and its 万/亿 (23.34 万件).
const NUMBER = /([0-9][0-9,]*(?:\.[0-9]+)?|[〇零一二两三四五六七八九十百千]+)\s?(万|亿)?/u;

/**
 * The number a piece of plan text states, in base units: 0.65万 → 6500, 5亿 → 500000000,
 * 十家 → 10, 翻一番 → 2. Null when the text states no number.
 */
export function writtenValue(written: string): number | null {
  if (/翻一番/.test(written)) return 2;
  if (/翻两番/.test(written)) return 4;
  const m = NUMBER.exec(written);
  if (!m) return null;
  const n = /^[0-9]/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : chineseNumeral(m[1]!);
  if (n === null || Number.isNaN(n)) return null;
  return round(n * (m[2] ? SCALE[m[2]]! : 1));
}

/**
 * Scales a table cell may carry from its row's unit cell (a 万元 column holds tens of thousands of
 * yuan). Only a table row (cells joined by " | ") with a unit cell of its own has one; prose never does.
 */
export function columnScales(blockText: string): number[] {
  const cells = blockText.split(' | ').map((c) => c.trim());
  const scales = [1];
  if (cells.length < 2) return scales;
  if (cells.some((c) => /^万(元|件|人)$/.test(c))) scales.push(1e4);
  if (cells.includes('亿元')) scales.push(1e8);
  return scales;
}

/** Whether `value` is what `written` states, allowing for a unit scale of the row (never on top of a written 万/亿). */
export function statesValue(written: string, value: number, blockText: string): boolean {
  const n = writtenValue(written);
  if (n === null) return false;
  const scales = /[万亿]/.test(written) ? [1] : columnScales(blockText);
  return scales.some((s) => round(n * s) === round(value));
}

// Float products such as 0.65 × 10,000 must compare equal to 6500.
const round = (n: number) => Math.round(n * 1e6) / 1e6;
