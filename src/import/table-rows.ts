import Papa from 'papaparse';
import type { DraftEvidence, ImportProblem } from '../project/article-draft.ts';
import {
  dayOf,
  emptyDraft,
  httpUrl,
  oneLine,
  problem,
  type LocatedDraft,
  type ReadResult,
} from './draft-fields.ts';

/** The columns a table of articles may have; `text` is the one it must have. */
const PROPOSED = ['title', 'outlet', 'published', 'url', 'byline'] as const;
type Proposed = (typeof PROPOSED)[number];
const isProposed = (name: string): name is Proposed =>
  (PROPOSED as readonly string[]).includes(name);
export const TABLE_COLUMNS: readonly string[] = [...PROPOSED, 'text'];
const isColumn = (name: string) => TABLE_COLUMNS.includes(name);

const COLUMN_LIST = TABLE_COLUMNS.join(', ');

/** One row of a table: its values by lower-cased column name, and where it was read. */
interface Row {
  line: number;
  values: ReadonlyMap<string, unknown>;
}

interface RowsRead {
  rows: Row[];
  problems: ImportProblem[];
}

/**
 * Makes each row a draft: `text` exactly as the cell holds it, the other columns proposed with
 * the column they came from. A row without text is a problem and the other rows still import;
 * a bad date or address is left out of its draft with a warning.
 */
function rowsToDrafts(file: string, read: RowsRead, from: (column: string) => string): ReadResult {
  const problems = [...read.problems];
  const drafts: LocatedDraft[] = [];
  for (const { line, values } of read.rows) {
    const where = (field: string) => ({ line, field });
    const text = values.get('text');
    if (typeof text !== 'string' || text.trim() === '') {
      const why =
        text === undefined || text === null || text === ''
          ? 'has no text'
          : 'has a text that is not text';
      problems.push(
        problem(file, 'error', `This row ${why}: nothing was imported from it.`, where('text')),
      );
      continue;
    }
    const draft = emptyDraft(`${file} line ${line}`, text);
    for (const [column, raw] of values) {
      if (!isProposed(column) || raw === null || raw === undefined) continue;
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        problems.push(
          problem(file, 'warning', `The ${column} is not text; it was not used.`, where(column)),
        );
        continue;
      }
      const stated = String(raw);
      if (stated.trim() === '') continue;
      const value =
        column === 'published'
          ? dayOf(stated)
          : column === 'url'
            ? httpUrl(stated)
            : oneLine(stated);
      if (value === null) {
        const expected = column === 'published' ? 'a date as YYYY-MM-DD' : 'an http(s) address';
        problems.push(
          problem(
            file,
            'warning',
            `The ${column} "${stated}" is not ${expected}; the article was imported without it.`,
            where(column),
          ),
        );
        continue;
      }
      draft[column] = value;
      const evidence: DraftEvidence = { proposes: column, from: from(column), value: stated };
      draft.evidence.push(evidence);
    }
    drafts.push({ draft, file, line });
  }
  // In the order of the file, so a person can work down it.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { drafts, problems };
}

function unknownColumnsWarning(
  file: string,
  line: number,
  names: readonly string[],
): ImportProblem {
  const quoted = names.map((name) => `"${name}"`).join(', ');
  return problem(
    file,
    'warning',
    `The column${names.length > 1 ? 's' : ''} ${quoted} ${names.length > 1 ? 'are' : 'is'} not read (import reads ${COLUMN_LIST}); ${names.length > 1 ? 'they were' : 'it was'} ignored.`,
    { line, field: names[0] ?? null },
  );
}

/** The 1-based line on which a position of the text stands. */
function lineCounter(text: string): (position: number) => number {
  let counted = 0;
  let line = 1;
  // Rows are read in order, so count on from the last position asked about.
  return (position) => {
    for (; counted < position && counted < text.length; counted++)
      if (text[counted] === '\n') line += 1;
    return line;
  };
}

function readCsv(file: string, text: string, delimiter: string): RowsRead {
  const rows: Row[] = [];
  const problems: ImportProblem[] = [];
  const lineAt = lineCounter(text);
  let header: string[] | null = null;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The row starts after the line breaks that end the row before it.
      let start = cursor;
      while (text[start] === '\r' || text[start] === '\n') start += 1;
      cursor = result.meta.cursor;
      const line = lineAt(start);
      const broken = result.errors.find((error) => error.type === 'Quotes');
      if (broken !== undefined) {
        problems.push(
          problem(
            file,
            'error',
            `A quoted cell is not closed properly (${broken.message}), so this row and the rest of the file could not be read: check the quotes from this line on.`,
            { line },
          ),
        );
        return;
      }
      const cells = result.data;
      if (header === null) {
        header = cells.map((cell) => cell.trim().toLowerCase());
        const unknown = header.filter((name) => name !== '' && !isColumn(name));
        if (unknown.length > 0) problems.push(unknownColumnsWarning(file, line, unknown));
        return;
      }
      const names = header;
      if (cells.length !== names.length) {
        problems.push(
          problem(
            file,
            'warning',
            `This row has ${cells.length} cells where the header has ${names.length}: check that the columns line up.`,
            { line },
          ),
        );
      }
      const values = new Map<string, unknown>();
      names.forEach((name, i) => {
        if (!values.has(name)) values.set(name, cells[i]);
      });
      rows.push({ line, values });
    },
  });
  if (header !== null && !(header as string[]).includes('text')) {
    return {
      rows: [],
      problems: [
        problem(
          file,
          'error',
          `The table has no "text" column: its first line should name the columns (${COLUMN_LIST}), and every row needs its article's text.`,
          { line: 1, field: 'text' },
        ),
      ],
    };
  }
  return { rows, problems };
}

/**
 * Reads a CSV (or, with a tab delimiter, TSV) table with a header row: one article per row,
 * headers matched without regard to case. Never throws.
 */
export function readCsvTable(file: string, text: string, delimiter = ','): ReadResult {
  const read = readCsv(file, text, delimiter);
  const result = rowsToDrafts(file, read, (column) => `column ${column}`);
  if (read.rows.length === 0 && result.problems.every((p) => p.level !== 'error')) {
    result.problems.push(
      problem(file, 'error', 'The table has no rows of articles under its header.'),
    );
  }
  return result;
}

/** Reads JSON Lines: one JSON object per line, one article each. Never throws. */
export function readJsonLines(file: string, text: string): ReadResult {
  const rows: Row[] = [];
  const problems: ImportProblem[] = [];
  const unknown = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const source = raw.replace(/\r$/u, '');
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 80);
      problems.push(
        problem(
          file,
          'error',
          `This line is not valid JSON (${reason}): nothing was imported from it.`,
          {
            line,
          },
        ),
      );
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(
        problem(
          file,
          'error',
          `This line is not a JSON object: each line should be one article, like {"title": …, "text": …}.`,
          { line },
        ),
      );
      return;
    }
    const values = new Map<string, unknown>();
    for (const [key, field] of Object.entries(value)) {
      const name = key.trim().toLowerCase();
      if (!isColumn(name) && !unknown.has(key)) unknown.set(key, line);
      if (!values.has(name)) values.set(name, field);
    }
    rows.push({ line, values });
  });
  if (unknown.size > 0) {
    problems.push(unknownColumnsWarning(file, Math.min(...unknown.values()), [...unknown.keys()]));
  }
  const result = rowsToDrafts(file, { rows, problems }, (column) => `JSON field ${column}`);
  if (rows.length === 0 && problems.length === 0) {
    result.problems.push(problem(file, 'error', 'The file has no lines of articles.'));
  }
  return result;
}
