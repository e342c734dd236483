import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { loadInputs } from '../corpus/pipeline/load-inputs.ts';
import type { ArticleDraft } from './article-draft.ts';
import { FALLBACK_REFERENCE_DATE, draftsToFiles, outletSlug } from './project-files.ts';

let next = 0;
function draft(fields: Partial<ArticleDraft> = {}): ArticleDraft {
  next += 1;
  return {
    key: `k${next}`,
    source: `pasted text ${next}`,
    text: 'The ferry to Lomsey Island ran aground on Friday. All 40 passengers were safe.\n',
    title: null,
    outlet: null,
    published: null,
    url: null,
    byline: null,
    evidence: [],
    ...fields,
  };
}

function written(drafts: ArticleDraft[], kept?: Record<string, string>) {
  const result = draftsToFiles({ title: 'Ferry aground', drafts, kept });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
}

function loaded(drafts: ArticleDraft[], kept?: Record<string, string>) {
  const result = loadInputs(written(drafts, kept).files);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.inputs;
}

describe('draftsToFiles', () => {
  it('numbers the articles in the drafts’ order and writes what the loader reads back', () => {
    const drafts = [
      draft({
        title: 'Ferry runs aground: "no one hurt"',
        published: '2024-06-07',
        url: 'https://example.org/ferry',
        outlet: 'Island Courier',
      }),
      draft({ title: '001', published: null }),
    ];
    const result = written(drafts);
    expect([...result.articleIds]).toEqual([
      [drafts[0]!.key, '001'],
      [drafts[1]!.key, '002'],
    ]);
    const inputs = loaded(drafts);
    expect(inputs.articles.map((a) => [a.id, a.outletId, a.title, a.published, a.url])).toEqual([
      [
        '001',
        'island-courier',
        'Ferry runs aground: "no one hurt"',
        '2024-06-07',
        'https://example.org/ferry',
      ],
      ['002', 'unidentified-002', '001', null, null],
    ]);
    expect(inputs.settings).toMatchObject({
      title: 'Ferry aground',
      referenceDate: '2024-06-07',
    });
    expect(inputs.events).toEqual([]);
    expect(inputs.people).toEqual([]);
  });

  it('keeps any article text exactly, through the file and the loader', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '---',
        '---\n',
        '\n---\n',
        '\r\n',
        '\n',
        '\n\n',
        ' ',
        '\t',
        '\uFEFF',
        '…’',
        '𝄞',
      ),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (body) => {
        const result = draftsToFiles({ title: 'Any text', drafts: [draft({ text: body })] });
        const writable =
          body.trim() !== '' && !body.includes('\u0000') && !/[\uD800-\uDFFF]/u.test(body);
        expect(result.ok).toBe(writable);
        if (!result.ok) return;
        const read = loadInputs(result.files);
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.inputs.articles[0]!.text).toBe(body);
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it('keeps any title and outlet name, through the front matter and the catalogue', () => {
    const name = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(name, name, (title, outlet) => {
        const result = draftsToFiles({ title: 'Any name', drafts: [draft({ title, outlet })] });
        const broken = /[\uD800-\uDFFF]/u;
        expect(result.ok).toBe(!broken.test(title) && !broken.test(outlet));
        if (!result.ok) return;
        const read = loadInputs(result.files);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.inputs.articles[0]!.title).toBe(title === '' ? null : title);
        const named = outlet.trim().replace(/\s+/gu, ' ');
        expect(read.inputs.outlets[0]!.name).toBe(
          named === '' ? 'Unidentified outlet (article 001)' : named,
        );
      }),
      { numRuns: 150 },
    );
  }, 20_000);

  it('keeps a byline through the front matter into the corpus, and writes none when unknown', () => {
    const drafts = [draft({ byline: ' Jana Holt ' }), draft({ byline: null })];
    const files = written(drafts).files;
    expect(files['articles/001.md']).toContain('byline: "Jana Holt"');
    expect(files['articles/002.md']).not.toContain('byline');
    expect(loaded(drafts).articles.map((a) => a.byline)).toEqual(['Jana Holt', null]);
    const built = buildCorpus(files);
    if (!built.ok) throw new Error('the drafts should build');
    expect(built.corpus.articles.map((a) => a.byline)).toEqual(['Jana Holt', undefined]);
    expect(Object.keys(built.corpus.articles[1] ?? {})).not.toContain('byline');
  });

  it('keeps a text that opens with blank lines or a front-matter line of its own', () => {
    for (const body of [
      '\n\nBody after blank lines.',
      '---\nnot front matter\n---\nstill text',
      '\r\nCRLF text\r\n',
    ]) {
      expect(loaded([draft({ text: body })]).articles[0]!.text).toBe(body);
    }
  });

  it('states an outlet its page names in metadata, and keeps the metadata apart from the text', () => {
    const evidence = [
      { proposes: 'outlet' as const, from: 'og:site_name', value: 'Island Courier' },
    ];
    const inputs = loaded([
      draft({ outlet: 'Island Courier', evidence }),
      draft({ outlet: 'island  courier' }),
    ]);
    expect(inputs.outlets).toHaveLength(1);
    const outlet = inputs.outlets[0]!;
    expect(outlet).toMatchObject({ id: 'island-courier', name: 'Island Courier', kind: 'unknown' });
    expect(outlet.identification.how).toBe('stated');
    expect(outlet.identification.evidence).toEqual([]);
    expect(outlet.identification.metadata?.map((m) => [m.articleId, m.field, m.value])).toEqual([
      ['001', 'og:site_name', 'Island Courier'],
      ['002', 'typed by the person who imported it', 'island  courier'],
    ]);
    expect(inputs.articles.map((a) => a.outletId)).toEqual(['island-courier', 'island-courier']);
  });

  it('infers, never states, an outlet a person typed or a table gave, or one the page no longer backs', () => {
    const inputs = loaded([
      draft({ outlet: 'Harbour Post' }),
      draft({
        outlet: 'Bay Times',
        evidence: [{ proposes: 'outlet', from: 'column outlet', value: 'Bay Times' }],
      }),
      // The person changed the outlet after import: the page's name no longer supports it.
      draft({
        outlet: 'Cape Weekly',
        evidence: [{ proposes: 'outlet', from: 'og:site_name', value: 'Cape Daily' }],
      }),
    ]);
    expect(inputs.outlets.map((o) => [o.id, o.identification.how])).toEqual([
      ['harbour-post', 'inferred'],
      ['bay-times', 'inferred'],
      ['cape-weekly', 'inferred'],
    ]);
    expect(inputs.outlets[1]!.identification.metadata?.[0]?.field).toBe('column outlet');
    expect(inputs.outlets[2]!.identification.metadata?.[0]?.value).toBe('Cape Weekly');
  });

  it('gives an article without an outlet its own unidentified outlet, and ids that stay unique', () => {
    const inputs = loaded([
      draft({ outlet: 'Unidentified 002' }),
      draft({ outlet: '  ' }),
      draft({ outlet: 'Unidentified-002!' }),
      draft({ outlet: 'Reuters' }),
    ]);
    expect(inputs.outlets.map((o) => [o.id, o.name, o.kind, o.identification.how])).toEqual([
      ['unidentified-002-2', 'Unidentified 002', 'unknown', 'inferred'],
      ['unidentified-002', 'Unidentified outlet (article 002)', 'unknown', 'unknown'],
      ['unidentified-002-3', 'Unidentified-002!', 'unknown', 'inferred'],
      ['reuters', 'Reuters', 'wire', 'inferred'],
    ]);
  });

  it('makes an id of any name', () => {
    expect(outletSlug('Le Café du Port')).toBe('le-cafe-du-port');
    expect(outletSlug('日报')).toBe('outlet');
  });

  it('takes the earliest published day as the reference date, else a fixed placeholder', () => {
    const dated = loaded([draft({ published: '2024-06-09' }), draft({ published: '2024-06-07' })]);
    expect(dated.settings.referenceDate).toBe('2024-06-07');
    expect(loaded([draft()]).settings.referenceDate).toBe(FALLBACK_REFERENCE_DATE);
    expect(written([draft()]).files['corpus.yaml']).toContain('placeholder');
  });

  it('carries a kept project’s catalogue files over unchanged', () => {
    const kept = {
      'corpus.yaml': '# kept\ntitle: Kept title\nreferenceDate: 2024-01-01\n',
      'events.yaml':
        '- id: ferry\n  kind: other\n  label: The ferry ran aground\n  date: 2024-06-07\n  datePrecision: day\n  place: null\n',
      'reviews.yaml': '[]\n',
      'outlets.yaml': 'never used',
    };
    const files = written([draft({ outlet: 'Harbour Post' })], kept).files;
    expect(files['corpus.yaml']).toBe(kept['corpus.yaml']);
    expect(files['events.yaml']).toBe(kept['events.yaml']);
    expect(files['reviews.yaml']).toBe(kept['reviews.yaml']);
    expect(files['people.yaml']).toBe('[]\n');
    expect(files['outlets.yaml']).toContain('harbour-post');
  });

  it('refuses a bad date or address, naming the draft and the field, and throws nothing', () => {
    const result = draftsToFiles({
      title: 'Ferry aground',
      drafts: [
        draft({ source: 'ferry.html', published: '7 June 2024' }),
        draft({ source: 'stories.csv line 3', url: 'example.org/ferry', text: ' \n ' }),
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.source, p.field, p.level])).toEqual([
      ['ferry.html', 'published', 'error'],
      ['stories.csv line 3', 'text', 'error'],
      ['stories.csv line 3', 'url', 'error'],
    ]);
    expect(result.problems[0]!.message).toContain('"7 June 2024"');
  });

  it('refuses a project with no drafts, no title or two drafts with one key', () => {
    const one = draft();
    const result = draftsToFiles({ title: ' ', drafts: [] });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([null, 'title']);
    const twice = draftsToFiles({ title: 'T', drafts: [one, { ...one, source: 'again' }] });
    expect(twice.ok ? [] : twice.problems.map((p) => [p.source, p.field])).toEqual([
      ['again', 'key'],
    ]);
  });
});
