import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, parseSeed } from '../stages/parse.ts';
import { seedError } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('parseSeed', () => {
  it('splits valid UTF-8 into lines numbered from 1, dropping only the final newline', () => {
    expect(parseSeed(utf8('一、总体要求\n\n　　（一）指导思想\n'), 'seeds/x.txt')).toEqual([
      { n: 1, text: '一、总体要求' },
      { n: 2, text: '' },
      { n: 3, text: '　　（一）指导思想' },
    ]);
  });

  it('strips a leading byte-order mark', () => {
    expect(parseSeed(bytes([0xef, 0xbb, 0xbf], '标题\n'), 'x.txt')).toEqual([{ n: 1, text: '标题' }]);
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['only blank lines and spaces', utf8('\n \n\t\n')],
  ])('fails on an empty seed (%s), naming the file', (_, input) => {
    const e = seedError(() => parseSeed(input, 'seeds/empty.txt'));
    expect(e.file).toBe('seeds/empty.txt');
    expect(e.line).toBeUndefined();
    expect(e.message).toMatch(/^seeds\/empty\.txt: the seed is empty/);
  });

  it('fails on GB18030 bytes with the line they are on', () => {
    // 产权 in GB18030 is B2 FA C8 A8; B2 cannot start a UTF-8 sequence.
    const e = seedError(() => parseSeed(bytes('标题\n正文。\n', [0xb2, 0xfa, 0xc8, 0xa8], '\n末行\n'), 'seeds/gb.txt'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('seeds/gb.txt:3: the seed is not valid UTF-8 (byte 0xb2 at offset 17)');
  });

  it('fails on a latin-1 byte with the line it is on', () => {
    const e = seedError(() => parseSeed(bytes('a\nb\ncaf', [0xe9], '\n'), 'l1.txt'));
    expect(e.line).toBe(3);
    expect(e.problem).toContain('byte 0xe9 at offset 7');
  });

  it('fails on CRLF line ends, naming the first line that has one', () => {
    const e = seedError(() => parseSeed(utf8('一\n二\r\n三\r\n'), 'crlf.txt'));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/carriage returns/);
  });

  // Sequences with a valid lead/continuation shape can still be ill-formed (surrogates,
  // overlongs, > U+10FFFF): the error must still point at their first byte and line.
  it('names the line of an encoded surrogate (ED A0 80)', () => {
    const e = seedError(() => parseSeed(bytes('a\nb\n', [0xed, 0xa0, 0x80], '\nc\n'), 's.txt'));
    expect(e.line).toBe(3);
    expect(e.problem).toContain('byte 0xed at offset 4');
  });
});

describe('firstInvalidUtf8', () => {
  it.each<[string, Uint8Array, number]>([
    ['valid text → length', utf8('a知b'), 5],
    ['empty → 0', new Uint8Array(), 0],
    ['lone continuation byte', bytes('ab', [0x80]), 2],
    ['overlong lead C0', bytes('a', [0xc0, 0x80]), 1],
    ['lead F5 is never valid', bytes([0xf5, 0x80, 0x80, 0x80]), 0],
    ['3-byte lead followed by ASCII', bytes('知', [0xe7, 0x41, 0x41]), 3],
    ['truncated 3-byte sequence at the end', bytes('知', [0xe7, 0x9f]), 3],
    ['4-byte emoji is valid', utf8('😀x'), 5],
  ])('%s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });
});
