import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from './to-csv.ts';

/** Reads CSV back with an independent, well-kept parser (RFC 4180, byte order mark allowed). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true });
}

describe('toCsv', () => {
  const columns = [
    { key: 'article', label: 'Article' },
    { key: 'quote', label: 'Quote, as written' },
    { key: 'low', label: 'Low' },
  ];

  it('writes a header and one line per row that read back the same', () => {
    const csv = toCsv({
      columns,
      rows: [
        { article: 'a1', quote: 'at least 200 civilians', low: 200 },
        { article: 'a2', quote: 'killed "at least 200", the group said,\nand more', low: null },
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
    const csv = toCsv({ columns, rows: [{ article: 'a1', quote: '=HYPERLINK("x")', low: -1 }] });
    expect(parseCsv(csv)[1]).toEqual(['a1', `'=HYPERLINK("x")`, '-1']);
  });
});
