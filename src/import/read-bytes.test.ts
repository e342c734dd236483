import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset, decodeWindows1252, sniffBinary } from './read-bytes.ts';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === 'number' ? [value] : [...new TextEncoder().encode(value)],
    ),
  );

describe('sniffBinary', () => {
  it('recognises files by their first bytes, whatever they are called', () => {
    expect(sniffBinary(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffBinary(bytes('PK', 3, 4, 'rest'))).toBe('zip');
    expect(sniffBinary(bytes(0x89, 'PNG', 13, 10))).toBe('png');
    expect(sniffBinary(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffBinary(bytes('GIF89a'))).toBe('gif');
    expect(sniffBinary(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
  });

  it('leaves text alone, even text that starts like a signature', () => {
    expect(sniffBinary(bytes('The harbour reopened on Monday.'))).toBeNull();
    expect(sniffBinary(bytes('RIFF and other words'))).toBeNull();
    expect(sniffBinary(bytes('PDF files are not read'))).toBeNull();
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 exactly, dropping only a leading byte order mark', () => {
    const decoded = decodeBytes(bytes(0xef, 0xbb, 0xbf, '  Café “quoted”\r\n\n'));
    expect(decoded).toEqual({ ok: true, text: '  Café “quoted”\r\n\n', warning: null });
  });

  it('reads UTF-16 after its byte order mark, either way round', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x48, 0, 0xe9, 0))).toEqual({
      ok: true,
      text: 'Hé',
      warning: null,
    });
    expect(decodeBytes(bytes(0xfe, 0xff, 0, 0x48, 0, 0xe9))).toEqual({
      ok: true,
      text: 'Hé',
      warning: null,
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const decoded = decodeBytes(bytes('Caf', 0xe9, ' ', 0x93, 'hi', 0x94));
    expect(decoded.ok && decoded.text).toBe('Café “hi”');
    expect(decoded.ok && decoded.warning).toMatch(
      /^The file is not UTF-8; it was read as Windows-1252.*accents/,
    );
  });

  it('honours an encoding the file declares when its bytes are not UTF-8', () => {
    // 0xA4 is the euro sign in ISO-8859-15 and the currency sign in Windows-1252.
    const decoded = decodeBytes(bytes('Price: 5', 0xa4), 'iso-8859-15');
    expect(decoded).toEqual({ ok: true, text: 'Price: 5€', warning: null });
  });

  it('ignores a declared encoding for bytes that are valid UTF-8', () => {
    expect(decodeBytes(bytes('Café'), 'windows-1252')).toMatchObject({
      text: 'Café',
    });
  });

  it('falls back to Windows-1252 with a warning when the declared encoding is unknown', () => {
    const decoded = decodeBytes(bytes('Caf', 0xe9), 'no-such-encoding');
    expect(decoded).toMatchObject({ ok: true, text: 'Café' });
    expect(decoded.ok && decoded.warning).toMatch(/Windows-1252/);
  });

  it('refuses binary data: a NUL byte, or many control characters', () => {
    const withNul = decodeBytes(bytes('abc', 0, 'def'));
    expect(!withNul.ok && withNul.message).toMatch(/^The file is not text/);
    const noisy = bytes(...Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41)));
    expect(decodeBytes(noisy).ok).toBe(false);
  });

  it('keeps a text with a few stray control characters', () => {
    const text = `${'A line of ordinary words. '.repeat(20)}\u000c${'More words. '.repeat(20)}`;
    expect(decodeBytes(bytes(text))).toEqual({ ok: true, text, warning: null });
  });
});

describe('decodeWindows1252', () => {
  it('reads the bytes Windows-1252 gives its own characters, and Latin-1 above them', () => {
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x96, 0x9f, 0xa0, 0xe9, 0xff))).toBe('€…–Ÿ\u00a0éÿ');
  });
});

describe('declaredCharset', () => {
  it('finds <meta charset> and the http-equiv form', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="ISO-8859-1">'))).toBe('ISO-8859-1');
    expect(
      declaredCharset(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      ),
    ).toBe('windows-1252');
    expect(declaredCharset(bytes('<html><head><title>No charset</title>'))).toBeNull();
  });
});
