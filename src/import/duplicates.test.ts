import { describe, expect, it } from 'vitest';
import type { LocatedDraft } from './draft-fields.ts';
import { emptyDraft } from './draft-fields.ts';
import { dropDuplicates, urlIdentity } from './duplicates.ts';

const located = (source: string, text: string, url: string | null = null): LocatedDraft => ({
  draft: { ...emptyDraft(source, text), url },
  file: source,
  line: null,
});

describe('dropDuplicates', () => {
  it('keeps the first of two texts that differ only in white space', () => {
    const { kept, problems } = dropDuplicates(
      [located('a.txt', 'The ferry\nruns again.'), located('b.txt', '  The ferry   runs again.\n')],
      [],
    );
    expect(kept.map(({ draft }) => draft.source)).toEqual(['a.txt']);
    expect(problems).toEqual([
      {
        source: 'b.txt',
        line: null,
        field: null,
        level: 'warning',
        message: 'This is the same article as a.txt (the same text); it was not added again.',
      },
    ]);
  });

  it('knows an article already in the project, and one at the same address', () => {
    const existing = [
      { source: 'old.html', text: 'Old text.', url: 'https://news.example/story/' },
    ];
    const { kept, problems } = dropDuplicates(
      [
        located('again.txt', 'Old   text.'),
        located('update.html', 'Updated text.', 'https://NEWS.example/story#top'),
        located('other.html', 'Other text.', 'https://news.example/other'),
      ],
      existing,
    );
    expect(kept.map(({ draft }) => draft.source)).toEqual(['other.html']);
    expect(problems.map((p) => p.message)).toEqual([
      'This is the same article as old.html (the same text); it was not added again.',
      'This is the same article as old.html (the same address); it was not added again.',
    ]);
  });

  it('tells different texts apart', () => {
    const { kept } = dropDuplicates([located('a', 'One.'), located('b', 'One two.')], []);
    expect(kept).toHaveLength(2);
  });
});

describe('urlIdentity', () => {
  it('ignores the fragment, a trailing slash and the host’s case, but not the query', () => {
    expect(urlIdentity('https://A.example/x/#y')).toBe(urlIdentity('https://a.example/x'));
    expect(urlIdentity('https://a.example/x?id=1')).not.toBe(
      urlIdentity('https://a.example/x?id=2'),
    );
    expect(urlIdentity(null)).toBeNull();
  });
});
