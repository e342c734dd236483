import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { describeFilters, sourceLine } from './export-context.ts';

describe('describeFilters', () => {
  it('says when nothing is filtered', () => {
    expect(describeFilters(fixtureCorpus, DEFAULT_FILTERS)).toEqual([
      'No filters: every article and claim in the corpus',
    ]);
  });

  it('names each filter by what a person reads, not by id', () => {
    expect(
      describeFilters(fixtureCorpus, {
        ...DEFAULT_FILTERS,
        event: 'arvel-market',
        outlets: ['wire-desk', 'unidentified-a3'],
        categories: ['legal-assessment'],
        stances: ['not-reported'],
        q: ' market ',
      }),
    ).toEqual([
      'Event: Arvel market strike',
      'Outlets: Wire Desk, Unidentified outlet (article a3)',
      'Categories: legal assessment',
      'Stances: not reported',
      'Search: “market”',
    ]);
  });

  it('clips long claim statements', () => {
    const [line] = describeFilters(fixtureCorpus, {
      ...DEFAULT_FILTERS,
      claims: ['toll-200-civilians'],
    });
    expect(line).toBe(
      'Claims: Rulvian strikes killed at least 200 civilians (30 Sep to 29 Nov 2015)',
    );
  });
});

describe('sourceLine', () => {
  it('names the outlets, inferred ones as inferred, and the corpus', () => {
    expect(sourceLine(fixtureCorpus, ['a1', 'a2'])).toBe(
      'Source: Wire Desk, Daily Reprint (inferred). Corpus: Fixture: Amberly report on Rulvian ' +
        'strikes in Sylva. Made with the fact-check dashboard.',
    );
    expect(sourceLine(fixtureCorpus, [])).toMatch(/^Source: no articles\./);
  });
});
