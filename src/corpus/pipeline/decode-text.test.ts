import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidByte } from './decode-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('firstInvalidByte', () => {
  it('accepts valid UTF-8 of every length', () => {
    expect(firstInvalidByte(utf8('a é ’ 𝄞 Tarsa'))).toBe(-1);
  });

  it('finds a Latin-1 byte, a truncated sequence, an overlong form and a surrogate', () => {
    expect(firstInvalidByte(bytes(0x63, 0x61, 0x66, 0xe9, 0x0a))).toBe(3);
    expect(firstInvalidByte(bytes(0x61, 0xe2, 0x80))).toBe(1);
    expect(firstInvalidByte(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidByte(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 exactly, keeping a byte order mark for the loader to see', () => {
    expect(decodeText('f', utf8('\uFEFFtext’s'))).toEqual({ ok: true, text: '\uFEFFtext’s' });
  });

  it('names the line and byte of the first bad sequence', () => {
    const result = decodeText(
      'data/articles/x.md',
      bytes(...utf8('---\nid: x\n'), 0x63, 0x61, 0x66, 0xe9),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        file: 'data/articles/x.md',
        line: 3,
        field: null,
        message:
          'not UTF-8 text (byte 0xe9 at offset 13): expected a UTF-8 text file; save it as UTF-8, or remove it if it is not an article',
      },
    });
  });
});
