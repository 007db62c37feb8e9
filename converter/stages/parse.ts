import { SeedError } from '../errors.ts';
import type { SourceLine } from '../types.ts';

/** Decodes a seed as strict UTF-8 and splits it into numbered lines. */
export function parseSeed(bytes: Uint8Array, file: string): SourceLine[] {
  if (bytes.length === 0 || bytes.every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09)) {
    throw new SeedError(file, undefined, 'the seed is empty', 'copy the plan text from shared/seeds again; an empty export is not a plan');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    throw new SeedError(
      file,
      line,
      `the seed is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at})`,
      're-export the Word file as UTF-8 plain text (e.g. `iconv -f GB18030 -t UTF-8`), then update its sha256 in seeds/SOURCES.md',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) {
    const line = text.slice(0, text.indexOf('\r')).split('\n').length;
    throw new SeedError(file, line, 'the seed has carriage returns (CRLF line ends)', 'convert it to LF line ends (`dos2unix`) so line numbers and checksums stay stable');
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((t, i) => ({ n: i + 1, text: t }));
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let n = 1;
  for (let i = 0; i < upTo; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Offset of the first byte that breaks UTF-8 well-formedness (overlongs and surrogates included). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Second-byte ranges per the Unicode well-formed UTF-8 table (Table 3-7).
    const [need, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [-1, 0, 0];
    if (need < 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
