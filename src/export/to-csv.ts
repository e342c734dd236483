/** A value in an exported data table. */
export type Cell = string | number | boolean | null;

/** The data behind a view, as a table: what CSV and JSON exports write. */
export interface DataTable {
  /** Column keys in order, each with the heading a person reads. */
  columns: { key: string; label: string }[];
  rows: Record<string, Cell>[];
}

// A spreadsheet runs a cell that begins with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table as RFC 4180 CSV: a header row of column labels, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break. A text cell that a spreadsheet would run as a
 * formula gets a leading apostrophe; numbers are written as they are.
 */
export function toCsv(table: DataTable): string {
  const lines = [
    table.columns.map((c) => field(c.label)),
    ...table.rows.map((row) => table.columns.map((c) => field(row[c.key] ?? null))),
  ];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
