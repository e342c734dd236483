import { formatInputError } from './input-error.ts';
import { loadInputs, MAX_ARTICLE_CHARS, type InputFiles } from './load-inputs.ts';
import {
  MINIMAL_ARTICLE_A,
  MINIMAL_FILES,
  withFiles,
} from '../../test-support/pipeline/minimal-files.ts';

function messages(files: InputFiles): string[] {
  const result = loadInputs(files);
  if (result.ok) throw new Error('expected the inputs to be refused');
  return result.errors.map(formatInputError);
}

const frontMatter = (fields: string) => `---\n${fields}\n---\n`;
const A1_FIELDS = `id: a1\noutlet: example-wire\ntitle: T\npublished: '2020-03-03'\nurl: null`;

describe('loadInputs', () => {
  it('loads a valid folder, keeping each article body exactly as written after the front matter', () => {
    const result = loadInputs(MINIMAL_FILES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { articles, outlets, settings } = result.inputs;
    expect(articles.map((a) => a.id)).toEqual(['a1', 'b2']);
    expect(articles[0]!.text).toBe(MINIMAL_ARTICLE_A);
    expect(articles[1]!.published).toBeNull();
    expect(settings.referenceDate).toBe('2020-03-04');
    const evidence = outlets[0]!.identification.evidence[0]!;
    expect(articles[0]!.text.slice(evidence.start, evidence.end)).toBe('Reporting by Example Wire');
  });

  it('accepts an unquoted date and Windows line endings in the front matter', () => {
    const result = loadInputs(
      withFiles({
        'articles/a1.md': `---\r\nid: a1\r\noutlet: example-wire\r\ntitle: T\r\npublished: 2020-03-03\r\nurl: null\r\n---\r\nReporting by Example Wire\r\n`,
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.inputs.articles[0]!.published).toBe('2020-03-03');
      expect(result.inputs.articles[0]!.text).toBe('Reporting by Example Wire\r\n');
    }
  });

  it('names the file, line and field of an invalid date', () => {
    const file =
      frontMatter(A1_FIELDS.replace("'2020-03-03'", '03/03/2020')) + 'Reporting by Example Wire';
    expect(messages(withFiles({ 'articles/a1.md': file }))).toEqual([
      'data/articles/a1.md:5: published: expected a date like 2015-12-23, got "03/03/2020"',
    ]);
  });

  it('refuses a file without front matter', () => {
    expect(messages(withFiles({ 'articles/b2.md': 'Just a story.\n' }))).toEqual([
      'data/articles/b2.md:1: expected front matter: a first line "---", then the fields id, outlet, title, published and url, then a line "---" before the article text',
    ]);
  });

  it('refuses front matter that is never closed', () => {
    expect(messages(withFiles({ 'articles/b2.md': '---\nid: b2\nJust a story.\n' }))).toEqual([
      'data/articles/b2.md:1: the front matter is not closed: expected a line "---" after its fields',
    ]);
  });

  it('names a missing front matter field and an unknown one', () => {
    const file =
      frontMatter('id: b2\noutlet: unknown-b\npublished: null\nurl: null\nauthor: X') + 'Text.';
    expect(messages(withFiles({ 'articles/b2.md': file }))).toEqual([
      'data/articles/b2.md:2: title: required field is missing: expected text',
      'data/articles/b2.md:6: author: unknown field: check its spelling, or remove it',
    ]);
  });

  it('explains an article id that YAML reads as a number', () => {
    const file =
      frontMatter('id: 007\noutlet: unknown-b\ntitle: null\npublished: null\nurl: null') + 'Text.';
    expect(messages(withFiles({ 'articles/b2.md': file }))).toEqual([
      "data/articles/b2.md:2: id: expected text, got the number 7 (YAML reads 007 as a number: write '007' in quotes)",
    ]);
  });

  it('refuses an unknown outlet, listing the known ones', () => {
    const file =
      frontMatter(A1_FIELDS.replace('example-wire', 'daily-planet')) + 'Reporting by Example Wire';
    expect(messages(withFiles({ 'articles/a1.md': file }))).toEqual([
      'data/articles/a1.md:3: outlet: "daily-planet" is not an outlet in data/outlets.yaml (known: example-wire, unknown-b)',
    ]);
  });

  it('refuses two files with the same article id, naming both', () => {
    const copy = MINIMAL_FILES['articles/a1.md']!;
    expect(messages(withFiles({ 'articles/a1-copy.md': copy }))).toEqual([
      'data/articles/a1.md:2: id: article id "a1" is already the id of data/articles/a1-copy.md: each article needs its own id',
    ]);
  });

  it('refuses an empty article file and an article with no text', () => {
    expect(messages(withFiles({ 'articles/b2.md': '' }))[0]).toMatch(
      /^data\/articles\/b2\.md: the file is empty: expected front matter/,
    );
    const noText = frontMatter(
      'id: b2\noutlet: unknown-b\ntitle: null\npublished: null\nurl: null',
    );
    expect(messages(withFiles({ 'articles/b2.md': noText + '\n\n' }))).toEqual([
      'data/articles/b2.md:8: the article has no text after its front matter',
    ]);
  });

  it('refuses a file holding binary data', () => {
    expect(messages(withFiles({ 'articles/b2.md': 'GIF89a\u0000\u0001\u0002' }))).toEqual([
      'data/articles/b2.md: the file holds binary data (NUL characters): expected UTF-8 text',
    ]);
    expect(messages(withFiles({ 'people.yaml': '\u0000\u0000' }))).toEqual([
      'data/people.yaml: the file holds binary data (NUL characters): expected UTF-8 text',
    ]);
  });

  it('refuses an article over the size limit quickly, saying the limit', () => {
    const huge =
      frontMatter(A1_FIELDS) + 'Reporting by Example Wire. '.repeat(MAX_ARTICLE_CHARS / 20);
    expect(messages(withFiles({ 'articles/a1.md': huge }))).toEqual([
      'data/articles/a1.md: the article text is 2.7 MB; the limit is 2 MB per article: split or trim it',
    ]);
  });

  it('names the line of a YAML syntax error in any catalogue file', () => {
    for (const name of [
      'corpus.yaml',
      'outlets.yaml',
      'claims.yaml',
      'events.yaml',
      'people.yaml',
    ]) {
      const original = MINIMAL_FILES[name]!;
      // Break the second line: an unclosed quote runs to the end of the file.
      const lines = original.split('\n');
      const broken = [lines[0], lines[1]!.replace(': ', ': "'), ...lines.slice(2)].join('\n');
      const found = messages(withFiles({ [name]: broken }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(
        new RegExp(`^data/${name.replace('.', '\\.')}:\\d+: YAML syntax error: \\S`),
      );
    }
    expect(messages(withFiles({ 'people.yaml': '- id: a\n\tname: b\n' }))).toEqual([
      'data/people.yaml:2: YAML syntax error: Unexpected scalar at node end (column 2)',
    ]);
  });

  it('names a missing or empty catalogue file', () => {
    expect(messages(withFiles({ 'events.yaml': undefined }))).toContain(
      'data/events.yaml: the file is missing: expected a list of events',
    );
    expect(messages(withFiles({ 'people.yaml': '# nobody yet\n' }))).toEqual([
      'data/people.yaml: the file is empty: expected a list of people',
    ]);
  });

  it('refuses a catalogue entry of the wrong kind, naming line and field', () => {
    const outlets = MINIMAL_FILES['outlets.yaml']!.replace('kind: wire', 'kind: paper');
    expect(messages(withFiles({ 'outlets.yaml': outlets }))).toEqual([
      'data/outlets.yaml:3: kind: expected one of newspaper, wire, broadcaster, magazine, digital, blog, aggregator, unknown, got "paper"',
    ]);
  });

  it('refuses an outlet evidence quote that is not in its article, with a hint when it nearly is', () => {
    const outlets = MINIMAL_FILES['outlets.yaml']!.replace(
      'Reporting by Example Wire',
      'reporting by example  wire',
    );
    expect(messages(withFiles({ 'outlets.yaml': outlets }))).toEqual([
      'data/outlets.yaml:8: identification.evidence[0].quote: "reporting by example  wire" is not in article a1 (a passage differs only in quote marks, dashes, spaces or capitals: copy it exactly)',
    ]);
  });

  it('carries what names an outlet from outside the text, and leaves the list out when empty', () => {
    const outlets = MINIMAL_FILES['outlets.yaml']!.replace(
      '    how: unknown\n',
      `    how: stated
    metadata:
      - article: b2
        field: og:site_name
        value: The Daily Example
        note: the page names its publisher
`,
    );
    const result = loadInputs(withFiles({ 'outlets.yaml': outlets }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inputs.outlets[1]!.identification.metadata).toEqual([
      {
        articleId: 'b2',
        field: 'og:site_name',
        value: 'The Daily Example',
        note: 'the page names its publisher',
      },
    ]);
    expect('metadata' in result.inputs.outlets[0]!.identification).toBe(false);
    expect(
      messages(withFiles({ 'outlets.yaml': outlets.replace('article: b2', 'article: c3') })),
    ).toEqual([
      'data/outlets.yaml:16: identification.metadata[0].article: "c3" is not an article id (known: a1, b2)',
    ]);
  });

  it('refuses a claim naming an unknown event, and a cue that is not a regular expression', () => {
    const claims = MINIMAL_FILES['claims.yaml']!.replace(
      'event: tarsa-strike',
      'event: tarsa',
    ).replace("all: ['war crimes?']", "all: ['war (crimes']");
    expect(messages(withFiles({ 'claims.yaml': claims }))).toEqual([
      'data/claims.yaml:6: figure.event: "tarsa" is not an event in data/events.yaml (known: tarsa-strike)',
      expect.stringMatching(
        /^data\/claims\.yaml:16: cues\.all\[0\]: expected a regular expression: /,
      ),
    ]);
  });

  it('refuses duplicate catalogue ids, pointing at both lines', () => {
    const people = `${MINIMAL_FILES['people.yaml']!}- id: jana-holt\n  name: J. Holt\n  affiliation: null\n`;
    expect(messages(withFiles({ 'people.yaml': people }))).toEqual([
      'data/people.yaml:5: id: person id "jana-holt" is already used on line 1',
    ]);
  });

  it('keeps reviews.yaml as text for the build, or null when absent', () => {
    const withReviews = loadInputs(withFiles({ 'reviews.yaml': '[]\n' }));
    expect(withReviews.ok && withReviews.inputs.reviews).toEqual({
      file: 'data/reviews.yaml',
      text: '[]\n',
    });
    const without = loadInputs(MINIMAL_FILES);
    expect(without.ok && without.inputs.reviews).toBeNull();
  });

  it('names the data folder as the caller does', () => {
    const result = loadInputs(withFiles({ 'events.yaml': undefined }), { root: 'tmp/data' });
    expect(!result.ok && formatInputError(result.errors[0]!)).toBe(
      'tmp/data/events.yaml: the file is missing: expected a list of events',
    );
  });
});
