import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../corpus/parse-corpus.ts';
import { generateCorpus } from './generate-corpus.ts';

function expectValid(corpus: ReturnType<typeof generateCorpus>) {
  const result = parseCorpus(corpus);
  expect(result.ok ? [] : result.failure.details).toEqual([]);
  expect(result.ok).toBe(true);
}

describe('generateCorpus', () => {
  it('makes a small corpus that passes every check, with every kind of record', () => {
    const corpus = generateCorpus({
      seed: 7,
      outlets: 4,
      articles: 8,
      claims: 12,
      reuseShare: 0.4,
    });
    expectValid(corpus);
    expect(corpus.outlets).toHaveLength(4);
    expect(corpus.articles).toHaveLength(8);
    expect(corpus.claims).toHaveLength(12);
    for (const key of ['evidence', 'figures', 'dates', 'quotes', 'reuse'] as const) {
      expect(corpus[key].length, key).toBeGreaterThan(0);
    }
    expect(new Set(corpus.evidence.map((e) => e.stance)).size).toBeGreaterThan(1);
    expect(corpus.figures.some((f) => f.vague)).toBe(true);
    expect(corpus.articles.some((a) => a.removed.length > 0)).toBe(true);
    // Every article sits in exactly one independent source.
    const grouped = corpus.sourceGroups.flatMap((g) => g.articleIds).sort();
    expect(grouped).toEqual(corpus.articles.map((a) => a.id).sort());
    expect(corpus.sourceGroups.length).toBeLessThan(corpus.articles.length);
  });

  it('gives the same corpus for the same seed and a different one for another', () => {
    const options = { outlets: 3, articles: 5, claims: 9 };
    expect(generateCorpus({ ...options, seed: 3 })).toEqual(
      generateCorpus({ ...options, seed: 3 }),
    );
    expect(generateCorpus({ ...options, seed: 3 })).not.toEqual(
      generateCorpus({ ...options, seed: 4 }),
    );
  });

  it('makes a valid 100-outlet × 1,000-claim corpus', () => {
    const corpus = generateCorpus({
      seed: 42,
      outlets: 100,
      articles: 120,
      claims: 1000,
      claimsPerArticle: 40,
    });
    expectValid(corpus);
    expect(corpus.outlets).toHaveLength(100);
    expect(corpus.claims).toHaveLength(1000);
    expect(new Set(corpus.articles.map((a) => a.outletId)).size).toBe(100);
    expect(corpus.evidence.length).toBeGreaterThan(3000);
    expect(corpus.discrepancies.length).toBeGreaterThan(0);
  });

  it('stays valid at the edges: one outlet, one claim, no claims per article', () => {
    expectValid(generateCorpus({ outlets: 1, articles: 1, claims: 1 }));
    expectValid(generateCorpus({ outlets: 2, articles: 4, claims: 3, claimsPerArticle: 0 }));
  });
});
