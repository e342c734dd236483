import { MAX_ARTICLE_CHARS } from '../corpus/pipeline/load-inputs.ts';
import type { ArticleDraft, ImportProblem } from '../project/article-draft.ts';
import { problem, type LocatedDraft, type ReadResult } from './draft-fields.ts';
import { dropDuplicates } from './duplicates.ts';
import { readHtmlArticle } from './html-article.ts';
import { readMarkdownArticle } from './markdown-article.ts';
import { readPastedText, readPlainText } from './pasted-text.ts';
import {
  decodeBytes,
  declaredCharset,
  MAX_FILE_BYTES,
  MAX_FILE_SIZE_WORDS,
  readBytes,
  sizeWords,
  sniffBinary,
  type BinaryKind,
} from './read-bytes.ts';
import { readCsvTable, readJsonLines } from './table-rows.ts';

export { MAX_FILE_BYTES };

export interface ImportResult {
  drafts: ArticleDraft[];
  problems: ImportProblem[];
}

type Reader = (source: string, text: string) => ReadResult;

/** The reader of each file name ending import knows, lower-cased. */
const READERS: Readonly<Record<string, Reader>> = {
  txt: readPlainText,
  text: readPlainText,
  md: readMarkdownArticle,
  markdown: readMarkdownArticle,
  html: readHtmlArticle,
  htm: readHtmlArticle,
  xhtml: readHtmlArticle,
  csv: (source, text) => readCsvTable(source, text, ','),
  tsv: (source, text) => readCsvTable(source, text, '\t'),
  jsonl: readJsonLines,
  ndjson: readJsonLines,
};

const READ_KINDS =
  'text (.txt), Markdown (.md), saved web pages (.html), tables (.csv with a text column) and JSON Lines (.jsonl)';

/** Office and e-book formats are zips: naming them helps more than calling them a zip. */
const ZIPPED_DOCUMENTS: Readonly<Record<string, string>> = {
  docx: 'a Word document',
  odt: 'an OpenDocument text',
  epub: 'an e-book',
  pages: 'a Pages document',
  xlsx: 'an Excel workbook',
  ods: 'an OpenDocument spreadsheet',
};

const PASTE_INSTEAD = 'open it, copy the article text, and paste it';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function binaryMessage(kind: BinaryKind, extension: string): string {
  if (kind === 'pdf') {
    return `The file is a PDF. PDF files are not read yet: ${PASTE_INSTEAD}.`;
  }
  if (kind === 'zip') {
    const document = ZIPPED_DOCUMENTS[extension];
    return document === undefined
      ? 'The file is a zip, not an article: to open a project use Open a project.'
      : `The file is ${document}, which import cannot read: ${PASTE_INSTEAD}.`;
  }
  const what = {
    png: 'a PNG image',
    jpeg: 'a JPEG image',
    gif: 'a GIF image',
    webp: 'a WebP image',
  }[kind];
  return `The file is not text (${what}): import reads ${READ_KINDS}.`;
}

/** Reads one file into drafts, or says why it could not; never throws. */
async function readFile(file: File): Promise<ReadResult> {
  const name = file.name === '' ? 'a file without a name' : file.name;
  const fail = (message: string): ReadResult => ({
    drafts: [],
    problems: [problem(name, 'error', message)],
  });
  if (file.size === 0) return fail('The file is empty: it has no text.');
  if (file.size > MAX_FILE_BYTES) {
    return fail(
      `The file is ${sizeWords(file.size)}; import reads files of up to ${MAX_FILE_SIZE_WORDS}: split it, or paste the article text.`,
    );
  }
  const bytes = await readBytes(file);
  if (bytes === null) {
    return fail(
      'The file could not be read: the browser was not allowed to open it, or it was moved. Pick it again.',
    );
  }
  if (bytes.length === 0) return fail('The file is empty: it has no text.');
  const extension = extensionOf(name);
  const binary = sniffBinary(bytes);
  if (binary !== null) return fail(binaryMessage(binary, extension));
  const reader = READERS[extension];
  if (reader === undefined) {
    const kind = extension === '' ? 'has no file name ending' : `is a .${extension} file`;
    return fail(
      `The file ${kind}, which import does not read: import reads ${READ_KINDS}; for anything else, ${PASTE_INSTEAD}.`,
    );
  }
  const isPage = reader === readHtmlArticle;
  const decoded = decodeBytes(bytes, isPage ? declaredCharset(bytes) : null);
  if (!decoded.ok) return fail(decoded.message);
  if (decoded.text.trim() === '') return fail('The file is empty: it holds only white space.');
  const result = reader(name, decoded.text);
  if (decoded.warning !== null) {
    result.problems.unshift(problem(name, 'warning', decoded.warning));
  }
  return result;
}

/** A short hash of a string (cyrb53): enough to tell drafts apart, not a secret. */
function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Turns what the readers found into drafts: an article too long for the build is refused, a
 * repeat of one already in the project or earlier in this import is left out, and each draft gets
 * a key no other draft of the project has, the same each time the same input is imported.
 */
function finish(results: readonly ReadResult[], existing: readonly ArticleDraft[]): ImportResult {
  const problems: ImportProblem[] = results.flatMap((result) => result.problems);
  const fitting: LocatedDraft[] = [];
  for (const located of results.flatMap((result) => result.drafts)) {
    if (located.draft.text.length > MAX_ARTICLE_CHARS) {
      problems.push(
        problem(
          located.file,
          'error',
          `The article is ${(located.draft.text.length / (1024 * 1024)).toFixed(1)} million characters long; an article may have up to ${MAX_ARTICLE_CHARS / (1024 * 1024)} million: it was not imported.`,
          { line: located.line },
        ),
      );
      continue;
    }
    fitting.push(located);
  }
  const { kept, problems: repeats } = dropDuplicates(fitting, existing);
  problems.push(...repeats);

  const keys = new Set(existing.map((draft) => draft.key));
  const drafts = kept.map(({ draft }, index) => {
    const base = `draft-${shortHash(`${draft.source}\u0000${draft.text}\u0000${index}`)}`;
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    keys.add(key);
    return { key, ...draft };
  });
  return { drafts, problems };
}

/** Reads picked or dropped files; `existing` are the drafts already in the project (for duplicates). */
export async function importFiles(
  files: readonly File[],
  existing: readonly ArticleDraft[],
): Promise<ImportResult> {
  const results = await Promise.all(
    files.map(async (file) => {
      try {
        return await readFile(file);
      } catch (error) {
        // A reader that fails in a way not foreseen must not cost the other files.
        const reason = error instanceof Error ? error.message : String(error);
        const name = file.name === '' ? 'a file without a name' : file.name;
        return {
          drafts: [],
          problems: [
            problem(
              name,
              'error',
              `The file could not be read (${reason}): nothing was imported from it.`,
            ),
          ],
        };
      }
    }),
  );
  return finish(results, existing);
}

/** The number the next paste starts counting from: one past the pastes already in the project. */
function nextPasteNumber(existing: readonly ArticleDraft[]): number {
  const numbers = existing.map((draft) => /^pasted text (\d+)$/u.exec(draft.source)?.[1]);
  return Math.max(0, ...numbers.map((n) => (n === undefined ? 0 : Number(n)))) + 1;
}

/** One pasted article, or several separated by a line holding only three or more '=' signs. */
export function importPastedText(text: string, existing: readonly ArticleDraft[]): ImportResult {
  return finish([readPastedText(text, nextPasteNumber(existing))], existing);
}
