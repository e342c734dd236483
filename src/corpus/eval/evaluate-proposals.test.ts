import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import type { Claim, Corpus, Evidence, Stance } from '../schema.ts';
import { evaluateProposals, formatProposalTable } from './evaluate-proposals.ts';
import type { Gold } from './load-gold.ts';

const goldEvidence = (claim: string, start: number, end: number, stance: Stance = 'asserts') => ({
  claim,
  quote: 'x'.repeat(end - start),
  start,
  end,
  stance,
  attributedTo: null,
  hedged: false,
});

const gold = (article: string, evidence: Gold['evidence']): Gold => ({
  article,
  boilerplate: [],
  figures: [],
  dates: [],
  quotes: [],
  evidence,
});

/** Curated claim "toll" is carried by three articles, "denial" by one. */
const GOLD: Gold[] = [
  gold('a1', [goldEvidence('toll', 0, 10), goldEvidence('denial', 20, 30)]),
  gold('a2', [goldEvidence('toll', 0, 10, 'attributes')]),
  gold('a3', [goldEvidence('toll', 0, 10)]),
];

const proposal = (id: string): Claim => ({
  id,
  statement: 'x',
  category: 'casualties',
  claimant: 'someone',
  figure: null,
  origin: 'auto',
});

const evidence = (
  claimId: string,
  articleId: string,
  start: number,
  end: number,
  stance: Stance = 'asserts',
  hedged = false,
): Evidence => ({
  claimId,
  articleId,
  start,
  end,
  quote: 'x'.repeat(end - start),
  stance,
  attributedTo: null,
  hedged,
  origin: 'auto',
});

const corpus: Corpus = {
  ...fixtureCorpus,
  claims: [proposal('p-toll'), proposal('p-denial'), proposal('p-alone'), proposal('p-else')],
  evidence: [
    // Overlaps the toll's gold in two of its three articles: covers it; one stance is wrong.
    evidence('p-toll', 'a1', 0, 10),
    evidence('p-toll', 'a2', 5, 15, 'asserts', true),
    // The denial is carried by one article only: overlapping it there covers it.
    evidence('p-denial', 'a1', 25, 28),
    // One article of the toll's three is not enough.
    evidence('p-alone', 'a3', 0, 10),
    evidence('p-else', 'a1', 40, 50),
  ],
};

describe('evaluateProposals', () => {
  const result = evaluateProposals(corpus, GOLD);

  it('counts a curated claim covered when a proposal overlaps its evidence in two of its articles, or its only one', () => {
    expect(result.curated).toEqual(['denial', 'toll']);
    expect(result.covered).toEqual(['denial', 'toll']);
    expect(result.coverage).toBe(1);
    expect(result.proposals.find((p) => p.claimId === 'p-toll')?.covers).toEqual(['toll']);
  });

  it('calls a proposal that covers no curated claim noise', () => {
    expect(result.noise).toEqual(['p-alone', 'p-else']);
    expect(result.noiseShare).toBe(0.5);
  });

  it('compares stance and hedge of covering proposals with the gold of the claim they cover', () => {
    expect(result.stance).toEqual({ compared: 3, agree: 2 });
    expect(result.hedge).toEqual({ compared: 3, agree: 2 });
  });

  it('prints one row per story', () => {
    const lines = formatProposalTable([{ story: 'tiny', evaluation: result }]);
    expect(lines.at(-1)).toMatch(/^ {2}tiny +2 +2 +100 % +4 +2 +50 % +0\.667 +0\.667 {2}-$/);
  });
});
