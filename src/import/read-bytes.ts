/** The largest file import reads, in bytes: a saved page or a table of articles fits well within. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The limit as a person reads it in messages. */
export const MAX_FILE_SIZE_WORDS = `${MAX_FILE_BYTES / (1024 * 1024)} MB`;

/** A file's size in the words of a message: "7.2 MB", "812 KB". */
export function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** The file's bytes, or null when the browser cannot read it (moved, deleted, no permission). */
export async function readBytes(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

/** What a file that is not text was recognised as, by its first bytes. */
export type BinaryKind = 'pdf' | 'zip' | 'png' | 'jpeg' | 'gif' | 'webp';

/** Each kind's signature: bytes that must stand at given offsets. */
const MAGIC: readonly { kind: BinaryKind; parts: readonly (readonly [number, string])[] }[] = [
  { kind: 'pdf', parts: [[0, '%PDF-']] },
  { kind: 'zip', parts: [[0, 'PK\x03\x04']] },
  { kind: 'zip', parts: [[0, 'PK\x05\x06']] }, // an empty zip
  { kind: 'png', parts: [[0, '\x89PNG']] },
  { kind: 'jpeg', parts: [[0, '\xff\xd8\xff']] },
  { kind: 'gif', parts: [[0, 'GIF8']] },
  {
    kind: 'webp',
    parts: [
      [0, 'RIFF'],
      [8, 'WEBP'],
    ],
  },
];

/** The kind of binary file the bytes start like, whatever the file is called; null otherwise. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  const starts = (at: number, signature: string) =>
    [...signature].every((char, i) => bytes[at + i] === char.charCodeAt(0));
  return MAGIC.find(({ parts }) => parts.every(([at, sig]) => starts(at, sig)))?.kind ?? null;
}

export type Decoded =
  | {
      ok: true;
      text: string;
      /** Set when the bytes were not UTF-8 and a guess was made: the person should check. */
      warning: string | null;
    }
  | { ok: false; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (the WHATWG table;
// its five unused bytes stay the control characters of the same number). Decoded here rather than
// by TextDecoder because Node's decoder for this label reads these bytes as Latin-1 does, and the
// page must read a file the same way in every browser and in tests.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 (which covers Latin-1's printable range): every byte is a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  bytes.forEach((byte, i) => {
    codes[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  });
  // In slices: a call takes only so many arguments.
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  }
  return parts.join('');
}

/** A decoder for a label a page declares, or null when the label names no encoding. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed, form feed and carriage return: text has few.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u0080-\u009f]/gu;

/** Binary data decoded by accident: a NUL, or more than one character in a hundred a control. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 8 && controls * 100 > text.length;
}

/**
 * Decodes a text file: UTF-16 when it starts with a UTF-16 byte order mark, else UTF-8 when the
 * bytes are valid UTF-8, else the encoding the file declares (a web page's charset), else
 * Windows-1252 with a warning. A leading byte order mark is dropped; nothing else is changed.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const notText = {
    ok: false as const,
    message:
      'The file is not text (it holds binary data): import reads articles as text, Markdown, web pages (HTML) or tables (CSV, JSON Lines)',
  };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16 !== null) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return looksBinary(text) ? notText : { ok: true, text, warning: null };
    } catch {
      return {
        ok: false,
        message: 'The file starts like UTF-16 text but is not valid UTF-16: save it again as UTF-8',
      };
    }
  }
  let text: string;
  let warning: string | null = null;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const own = declared === null ? null : decoderFor(declared);
    if (own?.encoding === 'windows-1252') {
      text = decodeWindows1252(bytes);
    } else if (own !== null && own.encoding !== 'utf-8') {
      text = own.decode(bytes);
    } else {
      text = decodeWindows1252(bytes);
      warning =
        'The file is not UTF-8; it was read as Windows-1252 (Western European): check its accents and curly quotes, and if they look wrong, save the file as UTF-8 and import it again';
    }
  }
  return looksBinary(text) ? notText : { ok: true, text, warning };
}

/**
 * The encoding a saved web page names in its first kilobyte (`<meta charset>` or the
 * `http-equiv` Content-Type), as the HTML standard's prescan looks for it; null when none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return match?.[1] ?? null;
}
