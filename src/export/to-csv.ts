/** A value in an exported data table. */
export type Cell = string | number | boolean | null;

/** One column of an exported table. */
export interface Column {
  key: string;
  /** The heading a person reads. */
  label: string;
  /** The column holds identifiers (article "000", event ids): written so a spreadsheet keeps them as text. */
  id?: boolean;
}

/** The data behind a view, as a table: what CSV and JSON exports write. */
export interface DataTable {
  /** Column keys in order, each with the heading a person reads. */
  columns: Column[];
  rows: Record<string, Cell>[];
}

/**
 * One vocabulary for every view's export: a column that holds the same thing has the same key and
 * the same heading in the matrix, the casualty charts, the timeline and the discrepancies, so two
 * exports can be set side by side or joined in a spreadsheet. `toCsv` writes these headings for
 * these keys whatever a view calls them.
 */
export const COLUMNS = {
  claim: { key: 'claim', label: 'Claim', id: true },
  event: { key: 'event', label: 'Event', id: true },
  article: { key: 'article', label: 'Article', id: true },
  outlet: { key: 'outlet', label: 'Outlet', id: true },
  group: { key: 'group', label: 'Group' },
  outcome: { key: 'outcome', label: 'Outcome' },
  figure: { key: 'figure', label: 'Figure as cited' },
  role: { key: 'role', label: 'Role' },
  kind: { key: 'kind', label: 'Kind' },
  attributedTo: { key: 'attributedTo', label: 'Attributed to' },
  quote: { key: 'quote', label: 'Quote' },
  start: { key: 'start', label: 'Start offset' },
  end: { key: 'end', label: 'End offset' },
  origin: { key: 'origin', label: 'Origin' },
} as const satisfies Record<string, Column>;

const KNOWN: ReadonlyMap<string, Column> = new Map(Object.values(COLUMNS).map((c) => [c.key, c]));

/** A column as every export writes it: the shared heading and id flag for a shared key. */
export function standardColumn(column: Column): Column {
  const known = KNOWN.get(column.key);
  return known === undefined ? column : { ...column, label: known.label, id: known.id ?? false };
}

// A spreadsheet runs a cell that begins with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Ids a spreadsheet would read as something else: a number ("000" becomes 0, "1e3" 1000, "12" the
 * number 12), a date ("2015-12", "nov-3", "3-4"), or a list of ids that starts with one.
 */
const CONVERTED =
  /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d+(?:$|[,\s]))/iu;
/** What an id cell may hold to be written as a text formula: ids and the ", " between them. */
const ID_TEXT = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:, [a-z0-9]+(?:-[a-z0-9]+)*)*$/u;

function field(value: Cell, id: boolean): string {
  if (value === null) return '';
  let text = String(value);
  // An id is text: `="000"` makes Excel, LibreOffice and Google Sheets show 000 as text, where a
  // bare 000 would be read as the number 0 (and "2015-12" as a date). Only ids that would be
  // converted are wrapped, and only when they are plain ids, so the formula can hold nothing else.
  if (id && ID_TEXT.test(text) && CONVERTED.test(text)) text = `="${text}"`;
  else if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table as RFC 4180 CSV: a header row of column labels, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break. A text cell that a spreadsheet would run as a
 * formula gets a leading apostrophe; numbers are written as they are; ids a spreadsheet would
 * turn into numbers or dates are written as text formulas (`="000"`).
 */
export function toCsv(table: DataTable): string {
  const columns = table.columns.map(standardColumn);
  const lines = [
    columns.map((c) => field(c.label, false)),
    ...table.rows.map((row) => columns.map((c) => field(row[c.key] ?? null, c.id === true))),
  ];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
