import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../corpus/fixtures/fixture-corpus.ts';
import { applyFilters, cellStance } from './apply-filters.ts';
import { DEFAULT_FILTERS } from './filters.ts';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('applyFilters', () => {
  it('lets everything through with no filter', () => {
    const view = applyFilters(fixtureCorpus, DEFAULT_FILTERS);
    expect(ids(view.articles)).toEqual(['a1', 'a2', 'a3']);
    expect(view.claims).toHaveLength(fixtureCorpus.claims.length);
    expect(view.evidence).toHaveLength(fixtureCorpus.evidence.length);
  });

  it('narrows articles and their evidence by outlet', () => {
    const view = applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, outlets: ['unidentified-a3'] });
    expect(ids(view.articles)).toEqual(['a3']);
    expect(new Set(view.evidence.map((e) => e.articleId))).toEqual(new Set(['a3']));
  });

  it('narrows claims by category, by id and by search text in claims and evidence', () => {
    expect(
      ids(applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, categories: ['denial'] }).claims),
    ).toEqual(['russia-denies-targeting-civilians']);
    expect(
      ids(
        applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, claims: ['may-be-war-crimes'] }).claims,
      ),
    ).toEqual(['may-be-war-crimes']);
    expect(ids(applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, q: 'MARKET' }).claims)).toEqual([
      'ariha-market-49-killed',
    ]);
  });

  it('narrows claims to those tied to the chosen event', () => {
    const view = applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, event: 'ariha-market' });
    expect(ids(view.claims)).toEqual(['ariha-market-49-killed']);
  });

  it('keeps claims with at least one visible cell of a chosen stance', () => {
    const disputed = applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, stances: ['asserts'] });
    expect(ids(disputed.claims)).toEqual([
      'ariha-market-49-killed',
      'russia-denies-targeting-civilians',
    ]);
    const notReportedInA3 = applyFilters(fixtureCorpus, {
      ...DEFAULT_FILTERS,
      outlets: ['unidentified-a3'],
      stances: ['not-reported'],
    });
    expect(ids(notReportedInA3.claims)).toEqual([
      'toll-200-civilians',
      'russia-denies-targeting-civilians',
    ]);
  });
});

describe('cellStance', () => {
  it('says "not reported" for no evidence and prefers a reviewed link', () => {
    expect(cellStance([])).toBe('not-reported');
    const [reviewed, auto] = [
      fixtureCorpus.evidence[0]!,
      { ...fixtureCorpus.evidence[6]!, origin: 'auto' as const },
    ];
    expect(cellStance([auto, reviewed])).toBe(reviewed.stance);
  });
});
