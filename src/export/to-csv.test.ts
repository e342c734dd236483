import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { COLUMNS, toCsv } from './to-csv.ts';

/** Reads CSV back with an independent, well-kept parser (RFC 4180, byte order mark allowed). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true });
}

describe('toCsv', () => {
  const columns = [
    { key: 'article', label: 'Article' },
    // Not a shared key, so the view's own heading (with its comma) is written.
    { key: 'words', label: 'Quote, as written' },
    { key: 'low', label: 'Low' },
  ];

  it('writes a header and one line per row that read back the same', () => {
    const csv = toCsv({
      columns,
      rows: [
        { article: 'a1', words: 'at least 200 civilians', low: 200 },
        { article: 'a2', words: 'killed "at least 200", the group said,\nand more', low: null },
      ],
    });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['Article', 'Quote, as written', 'Low'],
      ['a1', 'at least 200 civilians', '200'],
      ['a2', 'killed "at least 200", the group said,\nand more', ''],
    ]);
  });

  it('keeps a spreadsheet from running a quote as a formula', () => {
    const csv = toCsv({ columns, rows: [{ article: 'a1', words: '=HYPERLINK("x")', low: -1 }] });
    expect(parseCsv(csv)[1]).toEqual(['a1', `'=HYPERLINK("x")`, '-1']);
  });
});

describe('ids in a spreadsheet', () => {
  const columns = [
    { key: 'article', label: 'Article' },
    { key: 'event', label: 'Event' },
    { key: 'quote', label: 'Quote' },
    { key: 'mentionedBy', label: 'Mentioned by', id: true },
  ];

  it('writes ids a spreadsheet would turn into numbers or dates as text formulas', () => {
    const csv = toCsv({
      columns,
      rows: [
        { article: '000', event: 'nov-3', quote: '000', mentionedBy: '000, 001' },
        { article: 'a1', event: 'arvel-market-2015-11-29', quote: '2015', mentionedBy: 'a1, a3' },
        { article: '1e3', event: 'campaign', quote: null, mentionedBy: null },
      ],
    });
    // `="000"` is how a CSV says "the text 000" to Excel, LibreOffice and Google Sheets: a bare 000
    // opens as the number 0. In the file it is quoted like any field holding quotation marks.
    expect(csv.split('\r\n')[1]).toBe('"=""000""","=""nov-3""",000,"=""000, 001"""');
    expect(parseCsv(csv).slice(1)).toEqual([
      ['="000"', '="nov-3"', '000', '="000, 001"'],
      // Ids that stay text on their own, and cells that are not ids, are written as they are.
      ['a1', 'arvel-market-2015-11-29', '2015', 'a1, a3'],
      ['="1e3"', 'campaign', '', ''],
    ]);
  });

  it('never wraps anything but plain ids in a formula', () => {
    const csv = toCsv({
      columns: [{ key: 'article', label: 'Article' }],
      rows: [{ article: '0"+HYPERLINK("x")' }, { article: '=1+1' }],
    });
    expect(parseCsv(csv).slice(1)).toEqual([['0"+HYPERLINK("x")'], ["'=1+1"]]);
  });

  it('gives a shared column the same heading in every export', () => {
    const csv = toCsv({
      columns: [
        { key: 'figure', label: 'Figure cited' },
        { key: 'outlet', label: 'Outlet name' },
        { key: 'statement', label: 'Statement' },
      ],
      rows: [],
    });
    expect(parseCsv(csv)[0]).toEqual([COLUMNS.figure.label, COLUMNS.outlet.label, 'Statement']);
  });
});
