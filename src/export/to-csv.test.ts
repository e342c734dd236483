import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

/** A small RFC 4180 reader, to check the writer by reading back what it wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
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
