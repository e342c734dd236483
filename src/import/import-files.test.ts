// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../project/article-draft.ts';
import { importFiles, importPastedText, MAX_FILE_BYTES } from './import-files.ts';

const file = (name: string, content: string | Uint8Array) =>
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
const fixture = (name: string) =>
  file(name, readFileSync(join(import.meta.dirname, 'fixtures', name)));

describe('importFiles', () => {
  it('reads each kind of file it knows into drafts', async () => {
    const { drafts, problems } = await importFiles(
      [
        file('notes.txt', 'Market day moved\n\nThe market moves to Thursday.'),
        file('story.md', '---\ntitle: Dunes fenced off\n---\nThe dunes were fenced off.\n'),
        fixture('riverland-courier-ferry.html'),
        file('rows.csv', 'title,text\nRow one,First row text.\nRow two,Second row text.\n'),
        file('rows.jsonl', '{"text": "A line of JSON."}\n'),
      ],
      [],
    );
    expect(problems).toEqual([]);
    expect(drafts.map((draft) => [draft.source, draft.title])).toEqual([
      ['notes.txt', 'Market day moved'],
      ['story.md', 'Dunes fenced off'],
      ['riverland-courier-ferry.html', 'Floodwater closes Millbrook ferry crossing as river rises'],
      ['rows.csv line 2', 'Row one'],
      ['rows.csv line 3', 'Row two'],
      ['rows.jsonl line 1', null],
    ]);
  });

  it('gives each draft a key of its own, the same each time', async () => {
    const files = () => [file('a.txt', 'One.'), file('b.csv', 'text\nTwo.\nThree.\n')];
    const first = await importFiles(files(), []);
    const again = await importFiles(files(), []);
    const keys = first.drafts.map((draft) => draft.key);
    expect(new Set(keys).size).toBe(3);
    expect(again.drafts.map((draft) => draft.key)).toEqual(keys);
  });

  it('never gives a key the project already has', async () => {
    const {
      drafts: [draft],
    } = await importFiles([file('a.txt', 'One.')], []);
    const taken = { ...draft!, text: 'Another text.' };
    const { drafts } = await importFiles([file('a.txt', 'One.')], [taken]);
    expect(drafts[0]?.key).not.toBe(taken.key);
  });

  it('refuses what is not text, each with its own reason, and reads the other files', async () => {
    const { drafts, problems } = await importFiles(
      [
        file('empty.txt', ''),
        file('scan.txt', '%PDF-1.4\n%binary'),
        file('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
        file('project.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])),
        file('letter.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])),
        file('data.txt', new Uint8Array([0x41, 0, 0x42])),
        file('sheet.xls', 'not read'),
        file('good.txt', 'Still imported.'),
      ],
      [],
    );
    expect(drafts.map((draft) => draft.source)).toEqual(['good.txt']);
    const messages = Object.fromEntries(problems.map((p) => [p.source, p.message]));
    expect(problems.every((p) => p.level === 'error')).toBe(true);
    expect(messages['empty.txt']).toMatch(/is empty/u);
    expect(messages['scan.txt']).toMatch(
      /PDF files are not read yet: open it, copy the article text, and paste it/u,
    );
    expect(messages['photo.png']).toMatch(/is not text \(a PNG image\)/u);
    expect(messages['project.zip']).toMatch(/a zip.*to open a project use Open a project/u);
    expect(messages['letter.docx']).toMatch(/a Word document/u);
    expect(messages['data.txt']).toMatch(/is not text/u);
    expect(messages['sheet.xls']).toMatch(/\.xls file, which import does not read/u);
  });

  it('refuses a file over the limit, stating the limit', async () => {
    const big = file('huge.txt', 'a'.repeat(MAX_FILE_BYTES + 1));
    const { drafts, problems } = await importFiles([big], []);
    expect(drafts).toEqual([]);
    expect(problems[0]?.message).toMatch(/^The file is 5\.0 MB; import reads files of up to 5 MB/u);
  });

  it('reads a file that is not UTF-8 as Windows-1252, with a warning', async () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    const { drafts, problems } = await importFiles([file('old.txt', bytes)], []);
    expect(drafts[0]?.text).toBe('Café “ok”');
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'old.txt',
        level: 'warning',
        message: expect.stringMatching(/Windows-1252/u) as unknown,
      }),
    ]);
  });

  it('honours the encoding a web page declares', async () => {
    const head = new TextEncoder().encode(
      '<html><head><meta charset="iso-8859-15"></head><body><p>Tickets: 5',
    );
    const bytes = new Uint8Array([
      ...head,
      0xa4,
      ...new TextEncoder().encode(' each.</p></body></html>'),
    ]);
    const { drafts, problems } = await importFiles([file('page.html', bytes)], []);
    expect(drafts[0]?.text).toBe('Tickets: 5€ each.');
    expect(problems).toEqual([]);
  });

  it('imports the same article once, within one import and against the project', async () => {
    const existing: ArticleDraft[] = [
      {
        key: 'k1',
        source: 'earlier.txt',
        text: 'Known   text.',
        title: null,
        outlet: null,
        published: null,
        url: null,
        byline: null,
        evidence: [],
      },
    ];
    const { drafts, problems } = await importFiles(
      [
        file('a.txt', 'New text.'),
        file('b.txt', 'New text.\n'),
        file('c.csv', 'text\nKnown text.\n'),
      ],
      existing,
    );
    expect(drafts.map((draft) => draft.source)).toEqual(['a.txt']);
    expect(problems.map((p) => [p.source, p.line, p.message])).toEqual([
      ['b.txt', null, 'This is the same article as a.txt (the same text); it was not added again.'],
      [
        'c.csv',
        2,
        'This is the same article as earlier.txt (the same text); it was not added again.',
      ],
    ]);
  });

  it('turns a file the browser cannot read into a problem, never a throw', async () => {
    const broken = file('gone.txt', 'text');
    Object.defineProperty(broken, 'arrayBuffer', {
      value: () => Promise.reject(new Error('gone')),
    });
    const { drafts, problems } = await importFiles([broken, file('ok.txt', 'Fine.')], []);
    expect(drafts.map((draft) => draft.source)).toEqual(['ok.txt']);
    expect(problems[0]).toMatchObject({ source: 'gone.txt', level: 'error' });
  });
});

describe('importPastedText', () => {
  it('counts on from the pastes already in the project', () => {
    const first = importPastedText('One article.\n===\nAnother article.', []);
    expect(first.drafts.map((draft) => draft.source)).toEqual(['pasted text 1', 'pasted text 2']);
    const next = importPastedText('A third one.', first.drafts);
    expect(next.drafts.map((draft) => draft.source)).toEqual(['pasted text 3']);
  });

  it('does not add a paste that repeats an article', () => {
    const first = importPastedText('One article.', []);
    const again = importPastedText('One  article.', first.drafts);
    expect(again.drafts).toEqual([]);
    expect(again.problems[0]?.message).toBe(
      'This is the same article as pasted text 1 (the same text); it was not added again.',
    );
  });
});

describe('importFiles on arbitrary input', () => {
  const names = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.csv', 'a.jsonl', 'a.tsv', 'a');
  const content = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc.string({ maxLength: 200 }).map((text) => new TextEncoder().encode(text)),
    fc
      .array(
        fc.constantFrom('---', '===', 'title: x', 'text', '"', ',', '{', '}', '<p>', '\n', 'é'),
      )
      .map((parts) => new TextEncoder().encode(parts.join(''))),
  );

  it('never throws, and every draft it returns has text and a key of its own', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(names, content), { maxLength: 4 }), async (inputs) => {
        const result = await importFiles(
          inputs.map(([name, bytes]) => file(name, bytes)),
          [],
        );
        expect(result.drafts.every((draft) => draft.text.trim() !== '')).toBe(true);
        expect(new Set(result.drafts.map((draft) => draft.key)).size).toBe(result.drafts.length);
        // Every file ends as drafts, a problem, or both: nothing is dropped without a word.
        for (const [name] of inputs) {
          const heard =
            result.drafts.some((draft) => draft.source.startsWith(name)) ||
            result.problems.some((p) => p.source === name);
          expect(heard).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
