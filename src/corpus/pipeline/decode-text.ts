import type { InputError } from './input-error.ts';

/** The part of the WHATWG Encoding standard's decoder this module uses. */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

// TextDecoder is a global in the browser, in workers and in Node alike, but the pure layer's
// tsconfig has no DOM library to declare it: name the one constructor used here, and no more.
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder;
};

// ignoreBOM keeps a byte order mark in the text: the loader tolerates it, nothing is lost silently.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The 1-based line of a byte offset: the text before it is valid, so count its newlines. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Where the first malformed UTF-8 sequence starts (RFC 3629), or -1 when all is well. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    // Sequence length and smallest code point by lead byte; anything else cannot start one.
    const [length, min] =
      lead < 0x80
        ? [1, 0]
        : lead >= 0xc2 && lead <= 0xdf
          ? [2, 0x80]
          : lead >= 0xe0 && lead <= 0xef
            ? [3, 0x800]
            : lead >= 0xf0 && lead <= 0xf4
              ? [4, 0x10000]
              : [0, 0];
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes one file's bytes as UTF-8, refusing anything else with the line of the first bad byte:
 * the build must never read mojibake as an article's exact words.
 */
export function decodeText(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: InputError } {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidByte(bytes));
    const byte = bytes[at] ?? 0;
    return {
      ok: false,
      error: {
        file,
        line: lineAtByte(bytes, at),
        field: null,
        message: `not UTF-8 text (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${at}): expected a UTF-8 text file; save it as UTF-8, or remove it if it is not an article`,
      },
    };
  }
}
