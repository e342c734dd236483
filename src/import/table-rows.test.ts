import { describe, expect, it } from 'vitest';
import { readCsvTable, readJsonLines } from './table-rows.ts';

describe('readCsvTable', () => {
  const csv = [
    'Title,OUTLET,Published,url,Text',
    '"Dam opens","The Vale News",2022-01-05,https://vale.example/dam,"First line.',
    '',
    'Second paragraph, with a comma."',
    'No text here,Vale News,2022-01-06,,',
    '',
    'Bad date,Vale News,05/01/2022,not a url,Some text.',
  ].join('\r\n');
  const { drafts, problems } = readCsvTable('stories.csv', csv);

  it('makes each row with text a draft, its text exactly as the cell holds it', () => {
    expect(drafts.map(({ draft, line }) => [line, draft.source, draft.text])).toEqual([
      [2, 'stories.csv line 2', 'First line.\r\n\r\nSecond paragraph, with a comma.'],
      [7, 'stories.csv line 7', 'Some text.'],
    ]);
    expect(drafts[0]?.draft).toMatchObject({
      title: 'Dam opens',
      outlet: 'The Vale News',
      published: '2022-01-05',
      url: 'https://vale.example/dam',
    });
    expect(drafts[0]?.draft.evidence).toContainEqual({
      proposes: 'outlet',
      from: 'column outlet',
      value: 'The Vale News',
    });
  });

  it('names the file, line and field of each problem, and imports the other rows', () => {
    expect(problems.map((p) => [p.source, p.line, p.field, p.level])).toEqual([
      ['stories.csv', 5, 'text', 'error'],
      ['stories.csv', 7, 'published', 'warning'],
      ['stories.csv', 7, 'url', 'warning'],
    ]);
    expect(drafts[1]?.draft).toMatchObject({ title: 'Bad date', published: null, url: null });
  });

  it('warns about columns it does not read', () => {
    const result = readCsvTable('t.csv', 'text,Section\nWords.,Local\n');
    expect(result.drafts).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ level: 'warning', line: 1, field: 'section' }),
    ]);
  });

  it('refuses a table without a text column, saying what the header should hold', () => {
    const result = readCsvTable('t.csv', 'title,body\nA,B\n');
    expect(result.drafts).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ level: 'error', line: 1, field: 'text' }),
    ]);
  });

  it('stops at a quote that is never closed, keeping the rows before it', () => {
    const result = readCsvTable('t.csv', 'title,text\nA,Fine.\nB,"Broken\nC,Lost.\n');
    expect(result.drafts.map(({ draft }) => draft.text)).toEqual(['Fine.']);
    expect(result.problems).toEqual([expect.objectContaining({ level: 'error', line: 3 })]);
  });

  it('reads tab-separated tables', () => {
    const result = readCsvTable('t.tsv', 'title\ttext\nA, with comma\tWords.\n', '\t');
    expect(result.drafts[0]?.draft).toMatchObject({ title: 'A, with comma', text: 'Words.' });
  });
});

describe('readJsonLines', () => {
  it('reads one article per line and names the line of each bad one', () => {
    const text = [
      '{"Title": "Pier repainted", "text": "The pier was repainted.", "published": "2020-08-01"}',
      '{"title": "broken", ',
      '',
      '["not", "an", "object"]',
      '{"title": "No text"}',
      '{"text": "Second article.", "url": "mailto:desk@news.example", "tags": ["x"]}\r',
    ].join('\n');
    const { drafts, problems } = readJsonLines('stories.jsonl', text);
    expect(drafts.map(({ draft, line }) => [line, draft.title, draft.text])).toEqual([
      [1, 'Pier repainted', 'The pier was repainted.'],
      [6, null, 'Second article.'],
    ]);
    expect(drafts[0]?.draft.evidence).toContainEqual({
      proposes: 'published',
      from: 'JSON field published',
      value: '2020-08-01',
    });
    expect(problems.map((p) => [p.line, p.field, p.level])).toEqual([
      [2, null, 'error'],
      [4, null, 'error'],
      [5, 'text', 'error'],
      [6, 'tags', 'warning'],
      [6, 'url', 'warning'],
    ]);
  });
});
