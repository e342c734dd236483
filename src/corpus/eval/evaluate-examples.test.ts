import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import type { Corpus, Evidence, Stance } from '../schema.ts';
import { chooseExamples, evaluateExamples, formatExampleTable } from './evaluate-examples.ts';
import type { Gold } from './load-gold.ts';

const TEXT = 'The ferry sank. The ferry sank. Nine crew were rescued.';

const goldEvidence = (claim: string, start: number, end: number, stance: Stance = 'asserts') => ({
  claim,
  quote: TEXT.slice(start, end),
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

/** "sank" is carried by three articles (twice in a1), "rescued" by a1 alone. */
const GOLD: Gold[] = [
  gold('a2', [goldEvidence('sank', 0, 15)]),
  gold('a1', [goldEvidence('sank', 16, 31), goldEvidence('rescued', 32, 55)]),
  gold('a3', [goldEvidence('sank', 0, 15, 'attributes')]),
];

const evidence = (claimId: string, articleId: string, start: number, end: number): Evidence => ({
  claimId,
  articleId,
  start,
  end,
  quote: TEXT.slice(start, end),
  stance: 'asserts',
  attributedTo: null,
  hedged: false,
  origin: 'auto',
});

describe('chooseExamples', () => {
  it('takes each claim’s first gold evidence in article order, with its occurrence when the words recur', () => {
    const texts = new Map(GOLD.map((g) => [g.article, TEXT]));
    expect(chooseExamples(GOLD, texts)).toEqual([
      { claim: 'rescued', article: 'a1', quote: 'Nine crew were rescued.' },
      { claim: 'sank', article: 'a1', quote: 'The ferry sank.', occurrence: 2 },
    ]);
  });
});

describe('evaluateExamples', () => {
  const corpus: Corpus = {
    ...fixtureCorpus,
    evidence: [
      // The example's own article is not scored.
      evidence('sank', 'a1', 16, 31),
      evidence('sank', 'a2', 0, 15),
      // Not gold evidence of the claim: an extra link.
      evidence('sank', 'a2', 32, 55),
      evidence('sank', 'a3', 0, 15),
    ],
  };
  const choices = [
    { claim: 'sank', article: 'a1', quote: 'The ferry sank.', occurrence: 2 },
    { claim: 'rescued', article: 'a1', quote: 'Nine crew were rescued.' },
  ];
  const result = evaluateExamples(corpus, GOLD, choices);

  it('scores recall and precision in the articles other than the example’s', () => {
    expect(result).toMatchObject({ claims: 1, gold: 2, found: 2, linked: 3, extra: 1 });
    expect(result.recall).toBe(1);
    expect(result.precision).toBeCloseTo(2 / 3);
  });

  it('compares the stance of what it found with the gold', () => {
    expect(result.stance).toBe(0.5);
    expect(result.misses.some((m) => m.startsWith('stance  a3'))).toBe(true);
  });

  it('prints one row per story', () => {
    const lines = formatExampleTable([{ story: 'tiny', evaluation: result }]);
    expect(lines.at(-1)).toMatch(/^ {2}tiny +1 +2 +2 +1\.000 +3 +1 +0\.667 +0\.500 +1\.000$/);
  });
});
