import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { strikeFixture } from '../../test-support/strike-fixture.ts';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../export/to-csv.ts';
import { discrepanciesTable, shownDiscrepancies, spanContext } from './discrepancy-data.ts';

const shown = (filters: Partial<Filters> = {}) =>
  shownDiscrepancies(strikeFixture, { ...DEFAULT_FILTERS, ...filters });
const subjects = (filters: Partial<Filters> = {}) =>
  shown(filters).map((s) => s.discrepancy.subject);

describe('shownDiscrepancies', () => {
  it('lists every discrepancy by kind, each side with its words in context', () => {
    expect(subjects()).toEqual([
      'Arvel market strike: killed',
      'al-Gharlo strike: children killed',
      'War crimes: "may amount to" against "committed"',
    ]);
    const [arvel] = shown();
    expect(arvel?.sides.map((s) => [s.articleLabel, s.quote, s.note])).toEqual([
      ['Wire Desk (article a1)', '49 civilians', '49 civilians'],
      ['Unidentified outlet (article a3)', '46 people', '46 people'],
    ]);
    expect(arvel?.sides[0]?.before).toMatch(/Arvel on Nov\. 29 killed $/);
    expect(arvel?.sides[0]?.after).toMatch(/^, it said\./);
  });

  it('keeps each side a true span of its article', () => {
    for (const { sides } of shown()) {
      for (const side of sides) {
        const text = strikeFixture.articles.find((a) => a.id === side.articleId)?.text;
        expect(text?.slice(side.start, side.end)).toBe(side.quote);
      }
    }
  });

  it('narrows to the chosen event', () => {
    expect(subjects({ event: 'arvel-market' })).toEqual(['Arvel market strike: killed']);
    expect(subjects({ event: 'alvina-strike' })).toEqual([]);
  });

  it('drops a discrepancy when the outlet filter leaves fewer than two sides', () => {
    expect(subjects({ outlets: ['wire-desk', 'unidentified-a3'] })).toEqual([
      'Arvel market strike: killed',
      'War crimes: "may amount to" against "committed"',
    ]);
    expect(subjects({ outlets: ['wire-desk'] })).toEqual([]);
  });

  it('follows the claim filters', () => {
    expect(subjects({ categories: ['legal-assessment'] })).toEqual([
      'War crimes: "may amount to" against "committed"',
    ]);
  });
});

describe('spanContext', () => {
  it('cuts at words and marks the cuts', () => {
    const text = 'one two three four five six seven eight nine ten';
    const start = text.indexOf('five');
    // Nine characters each side reach into "three" and "seven": those half-words are left out.
    expect(spanContext(text, start, start + 4, 9)).toEqual({ before: '…four ', after: ' six…' });
    expect(spanContext(text, start, start + 4, 11)).toEqual({
      before: '…three four ',
      after: ' six seven…',
    });
    expect(spanContext('a\nb', 2, 3)).toEqual({ before: 'a ', after: '' });
  });

  it('stops at boilerplate, so a photo caption never reads as the words around a quote', () => {
    const caption = 'ALVINA, NOV 3: rescuers at work (Photo: Agency)';
    const text = `Headline here\n${caption}\nThe ministry dismissed the report. Then it left.`;
    const removed = [{ start: text.indexOf(caption), end: text.indexOf(caption) + caption.length }];
    const start = text.indexOf('The ministry');
    const end = start + 'The ministry dismissed the report.'.length;
    expect(spanContext(text, start, end, 90, removed)).toEqual({
      before: '',
      after: ' Then it left.',
    });
    const head = text.indexOf('Headline here');
    expect(spanContext(text, head, head + 13, 90, removed)).toEqual({ before: '', after: '' });
    // Without the removed ranges, the caption is in the context.
    expect(spanContext(text, start, end, 90).before).toContain('rescuers at work');
  });
});

describe('discrepanciesTable', () => {
  it('has one line per side shown', () => {
    const table = discrepanciesTable(shown({ event: 'arvel-market' }));
    expect(table.rows.map((r) => [r.article, r.quote])).toEqual([
      ['a1', '49 civilians'],
      ['a3', '46 people'],
    ]);
  });

  it('writes the headings and ids every other export writes', () => {
    const [header, ...rows] = parse(toCsv(discrepanciesTable(shown({ event: 'arvel-market' }))));
    expect(header).toEqual([
      'Kind',
      'Subject',
      'Claim',
      'Event',
      'Article',
      'Outlet',
      'What it says',
      'Quote',
      'Start offset',
      'End offset',
    ]);
    // The outlet is its id, as in the casualty charts' table; the label is on the page.
    expect(rows.map((r) => [r[4], r[5]])).toEqual([
      ['a1', 'wire-desk'],
      ['a3', 'unidentified-a3'],
    ]);
  });
});
