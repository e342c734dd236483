import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { DEFAULT_FILTERS } from '../../filters/filters.ts';
import { summarizeFilters } from './filter-summary.ts';

describe('summarizeFilters', () => {
  it('counts everything when nothing is filtered', () => {
    expect(summarizeFilters(fixtureCorpus, DEFAULT_FILTERS).text).toBe(
      'Showing 4 of 4 claims, 3 of 3 articles',
    );
  });

  it('counts what an outlet and a category leave', () => {
    const summary = summarizeFilters(fixtureCorpus, {
      ...DEFAULT_FILTERS,
      outlets: ['wire-desk'],
      categories: ['casualties'],
    });
    expect(summary.claims).toEqual({ shown: 2, total: 4 });
    expect(summary.articles).toEqual({ shown: 1, total: 3 });
    expect(summary.text).toBe('Showing 2 of 4 claims, 1 of 3 articles');
  });

  it('counts a search that matches nothing as zero', () => {
    expect(summarizeFilters(fixtureCorpus, { ...DEFAULT_FILTERS, q: 'zzz' }).text).toBe(
      'Showing 0 of 4 claims, 3 of 3 articles',
    );
  });
});
