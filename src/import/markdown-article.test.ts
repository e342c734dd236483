import { describe, expect, it } from 'vitest';
import { loadInputs } from '../corpus/pipeline/load-inputs.ts';
import { readMarkdownArticle } from './markdown-article.ts';

describe('readMarkdownArticle', () => {
  it('proposes the front matter fields and keeps the body exactly', () => {
    const file = [
      '---',
      'title: "Tram line reopens after repairs"',
      'outlet: The Hillside Gazette',
      'published: 2021-06-04T09:30:00Z',
      'url: https://gazette.example/tram',
      '---',
      '  The tram line reopened on Friday.\r\n\nPassengers cheered.  ',
    ].join('\n');
    const { drafts, problems } = readMarkdownArticle('tram.md', file);
    expect(problems).toEqual([]);
    expect(drafts[0]?.draft).toEqual({
      source: 'tram.md',
      text: '  The tram line reopened on Friday.\r\n\nPassengers cheered.  ',
      title: 'Tram line reopens after repairs',
      outlet: 'The Hillside Gazette',
      published: '2021-06-04',
      url: 'https://gazette.example/tram',
      byline: null,
      evidence: [
        { proposes: 'title', from: 'front matter', value: 'Tram line reopens after repairs' },
        { proposes: 'outlet', from: 'front matter', value: 'The Hillside Gazette' },
        { proposes: 'published', from: 'front matter', value: '2021-06-04T09:30:00Z' },
        { proposes: 'url', from: 'front matter', value: 'https://gazette.example/tram' },
      ],
    });
  });

  it('cuts the body where the build does', () => {
    const body = 'Body line one.\r\n---\r\nA rule inside the body stays.\n';
    const file = `\uFEFF---  \r\nid: a1\r\noutlet: hill\r\ntitle: T\r\npublished: null\r\nurl: null\r\n--- \r\n${body}`;
    const built = loadInputs({ 'articles/a1.md': file });
    const cli = built.ok ? null : built.errors.find((error) => error.file.endsWith('a1.md'));
    // The folder lacks its catalogue, but the article itself reads without an error.
    expect(cli).toBeUndefined();
    expect(readMarkdownArticle('a1.md', file).drafts[0]?.draft.text).toBe(body);
  });

  it('reads a file without front matter whole, its first heading as the title', () => {
    const file = '\n## Harbour wall repaired ##\n\nThe wall was repaired in May.\n';
    const { drafts, problems } = readMarkdownArticle('wall.md', file);
    expect(problems).toEqual([]);
    expect(drafts[0]?.draft.text).toBe(file);
    expect(drafts[0]?.draft.title).toBe('Harbour wall repaired');
    expect(drafts[0]?.draft.evidence).toEqual([
      { proposes: 'title', from: "the text's first line", value: '## Harbour wall repaired ##' },
    ]);
  });

  it('ignores unknown fields and a data folder’s id, warning about the unknown ones', () => {
    const file = '---\nid: x7\ntitle: A title\nmood: cheerful\n---\nText.\n';
    const { drafts, problems } = readMarkdownArticle('a.md', file);
    expect(drafts[0]?.draft.title).toBe('A title');
    expect(problems).toEqual([
      expect.objectContaining({ level: 'warning', line: 4, field: 'mood' }),
    ]);
  });

  it('leaves out a bad date or address with a warning naming its line', () => {
    const file = '---\npublished: 23/05/2017\nurl: ftp://files.example/a\n---\nText.\n';
    const { drafts, problems } = readMarkdownArticle('a.md', file);
    expect(drafts[0]?.draft).toMatchObject({ published: null, url: null, title: 'Text.' });
    expect(problems.map((p) => [p.line, p.field, p.level])).toEqual([
      [2, 'published', 'warning'],
      [3, 'url', 'warning'],
    ]);
  });

  it('imports the text when the front matter is not YAML, and says where', () => {
    const file = '---\ntitle: [unclosed\n---\nThe text.\n';
    const { drafts, problems } = readMarkdownArticle('a.md', file);
    expect(drafts[0]?.draft.text).toBe('The text.\n');
    expect(problems[0]).toMatchObject({ level: 'warning', line: 2 });
  });

  it('refuses front matter that is never closed, and a file with no body', () => {
    const open = readMarkdownArticle('a.md', '---\ntitle: T\nThe text.\n');
    expect(open.drafts).toEqual([]);
    expect(open.problems[0]).toMatchObject({ level: 'error', line: 1 });
    const empty = readMarkdownArticle('b.md', '---\ntitle: T\n---\n  \n');
    expect(empty.drafts).toEqual([]);
    expect(empty.problems[0]).toMatchObject({ level: 'error', line: 4 });
  });
});
