import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../corpus/fixtures/fixture-corpus.ts';
import { applyFilters, cellStance, primaryEvidence } from './apply-filters.ts';
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

describe('cellStance and primaryEvidence', () => {
  const base = fixtureCorpus.evidence[0]!;

  it('says "not reported" for no evidence', () => {
    expect(cellStance([])).toBe('not-reported');
    expect(primaryEvidence([])).toBeUndefined();
  });

  it('shows the strongest way the article carries the claim, not a denial it also reports', () => {
    const denial = { ...base, stance: 'disputes' as const, origin: 'reviewed' as const, start: 0 };
    const carried = { ...base, stance: 'attributes' as const, origin: 'auto' as const };
    expect(cellStance([denial, carried])).toBe('attributes');
    const ownVoice = { ...carried, stance: 'asserts' as const, start: base.start + 1 };
    expect(cellStance([denial, carried, ownVoice])).toBe('asserts');
  });

  it('prefers an unhedged passage, so a dropped hedge shows, then a reviewed one', () => {
    const hedged = { ...base, hedged: true, origin: 'reviewed' as const };
    const unhedged = { ...base, hedged: false, origin: 'auto' as const, start: base.start + 5 };
    expect(primaryEvidence([hedged, unhedged])).toBe(unhedged);
    const reviewed = { ...unhedged, origin: 'reviewed' as const, start: base.start + 9 };
    expect(primaryEvidence([unhedged, reviewed])).toBe(reviewed);
  });
});
