import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import {
  applyFilters,
  cellStance,
  cellStances,
  otherStances,
  primaryEvidence,
} from './apply-filters.ts';
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
    ).toEqual(['rulvia-denies-targeting-civilians']);
    expect(
      ids(
        applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, claims: ['may-be-war-crimes'] }).claims,
      ),
    ).toEqual(['may-be-war-crimes']);
    expect(ids(applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, q: 'MARKET' }).claims)).toEqual([
      'arvel-market-49-killed',
    ]);
  });

  it('narrows claims to those tied to the chosen event', () => {
    const view = applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, event: 'arvel-market' });
    expect(ids(view.claims)).toEqual(['arvel-market-49-killed']);
  });

  it('keeps claims with at least one visible cell of a chosen stance', () => {
    const disputed = applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, stances: ['asserts'] });
    expect(ids(disputed.claims)).toEqual([
      'arvel-market-49-killed',
      'rulvia-denies-targeting-civilians',
    ]);
    const notReportedInA3 = applyFilters(fixtureCorpus, {
      ...DEFAULT_FILTERS,
      outlets: ['unidentified-a3'],
      stances: ['not-reported'],
    });
    expect(ids(notReportedInA3.claims)).toEqual([
      'toll-200-civilians',
      'rulvia-denies-targeting-civilians',
    ]);
  });
});

describe('the stance filter matches any stance a cell takes', () => {
  // Article a2 carries the war-crimes claim and, in an invented second passage, reports its denial.
  const corpus = structuredClone(fixtureCorpus);
  const carried = corpus.evidence.find(
    (e) => e.articleId === 'a2' && e.claimId === 'may-be-war-crimes',
  )!;
  corpus.evidence.push({
    ...carried,
    stance: 'disputes',
    attributedTo: 'a ministry spokesman',
    hedged: false,
  });

  it('keeps a claim whose only denial sits behind a stronger mark', () => {
    expect(
      ids(applyFilters(fixtureCorpus, { ...DEFAULT_FILTERS, stances: ['disputes'] }).claims),
    ).toEqual([]);
    expect(ids(applyFilters(corpus, { ...DEFAULT_FILTERS, stances: ['disputes'] }).claims)).toEqual(
      ['may-be-war-crimes'],
    );
  });

  it('still narrows by the articles shown', () => {
    const others = applyFilters(corpus, {
      ...DEFAULT_FILTERS,
      stances: ['disputes'],
      outlets: ['wire-desk', 'unidentified-a3'],
    });
    expect(ids(others.claims)).toEqual([]);
  });
});

describe('cellStances and otherStances', () => {
  const base = fixtureCorpus.evidence[0]!;
  const carried = { ...base, stance: 'attributes' as const, attributedTo: 'a rights group' };
  const denial = {
    ...base,
    stance: 'disputes' as const,
    attributedTo: 'a ministry',
    start: base.start + 3,
  };

  it('lists the main stance first, then every other one the article takes', () => {
    expect(cellStances([])).toEqual(['not-reported']);
    expect(cellStances([denial, carried])).toEqual(['attributes', 'disputes']);
    expect(cellStances([denial])).toEqual(['disputes']);
    const ownVoice = { ...carried, stance: 'asserts' as const, attributedTo: null };
    expect(cellStances([denial, carried, ownVoice])).toEqual(['asserts', 'attributes', 'disputes']);
  });

  it('names whose words each other stance reports, reviewed passages first', () => {
    expect(otherStances([])).toEqual([]);
    expect(otherStances([carried])).toEqual([]);
    expect(otherStances([denial, carried])).toEqual([
      { stance: 'disputes', attributedTo: 'a ministry', reviewed: base.origin === 'reviewed' },
    ]);
    const reviewedDenial = {
      ...denial,
      attributedTo: 'a spokesman',
      origin: 'reviewed' as const,
      start: base.start + 9,
    };
    expect(otherStances([carried, { ...denial, origin: 'auto' as const }, reviewedDenial])).toEqual(
      [{ stance: 'disputes', attributedTo: 'a spokesman', reviewed: true }],
    );
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
