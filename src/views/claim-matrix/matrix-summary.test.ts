import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { buildClaimMatrix } from './claim-matrix-model.ts';
import { matrixSummary } from './matrix-summary.ts';

const summary = (filters: Partial<Filters> = {}) => {
  const all = { ...DEFAULT_FILTERS, ...filters };
  return matrixSummary(fixtureCorpus, all, buildClaimMatrix(fixtureCorpus, all));
};

describe('matrixSummary', () => {
  it('sums the matrix up in one line: articles, claims by grade, discrepancies, links', () => {
    const reviewed = fixtureCorpus.evidence.filter((e) => e.origin === 'reviewed').length;
    expect(summary()).toBe(
      `3 articles (2 share copy) · 4 claims: 2 corroborated, 2 single source · 2 discrepancies · ` +
        `${fixtureCorpus.evidence.length} links, ${reviewed} reviewed`,
    );
  });

  it('under a filter, says what is shown of what, and what is counted over all articles', () => {
    const line = summary({ outlets: ['unidentified-a3'] });
    expect(line).toMatch(/^Shown: 1 of 3 articles \(0 share copy\) · /);
    expect(line).toContain('(graded over all articles)');
    expect(line).toContain('2 discrepancies in all articles');
    const shownLinks = fixtureCorpus.evidence.filter((e) => e.articleId === 'a3').length;
    expect(line).toContain(`${shownLinks} of ${fixtureCorpus.evidence.length} links`);
  });
});
