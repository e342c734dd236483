import { describe, expect, it } from 'vitest';
import type { Reuse } from '../../corpus/schema.ts';
import { claimSources, reuseIndex } from './claim-sources.ts';

/** A reuse record whose one shared passage sits at [startA, endA) in A and [startB, endB) in B. */
function shared(
  articleA: string,
  articleB: string,
  [startA, endA]: [number, number],
  [startB, endB]: [number, number],
): Reuse {
  return {
    articleA,
    articleB,
    containmentAB: 0.3,
    containmentBA: 0.3,
    kind: 'wire',
    passages: [
      {
        startA,
        endA,
        quoteA: 'x'.repeat(endA - startA),
        startB,
        endB,
        quoteB: 'x'.repeat(endB - startB),
      },
    ],
  };
}

const passage = (articleId: string, start: number, end: number) => ({ articleId, start, end });

describe('claimSources', () => {
  it('makes two articles one source when the claim’s passages in both lie in copy they share', () => {
    const reuse = [shared('p', 'q', [100, 300], [40, 240])];
    expect(claimSources([passage('p', 120, 180), passage('q', 60, 120)], reuse)).toEqual([
      ['p', 'q'],
    ]);
  });

  it('keeps them independent when they share copy elsewhere, not where they carry the claim', () => {
    // The shared passage is another paragraph in both: the claim is worded apart in each.
    const reuse = [shared('p', 'q', [100, 300], [40, 240])];
    expect(claimSources([passage('p', 400, 460), passage('q', 60, 120)], reuse)).toEqual([
      ['p'],
      ['q'],
    ]);
    expect(claimSources([passage('p', 120, 180), passage('q', 500, 560)], reuse)).toEqual([
      ['p'],
      ['q'],
    ]);
  });

  it('asks for one shared passage covering both sides, not one passage in each article', () => {
    const reuse: Reuse[] = [
      {
        ...shared('p', 'q', [0, 50], [0, 50]),
        passages: [
          {
            startA: 0,
            endA: 50,
            quoteA: 'x'.repeat(50),
            startB: 900,
            endB: 950,
            quoteB: 'x'.repeat(50),
          },
          {
            startA: 700,
            endA: 750,
            quoteA: 'x'.repeat(50),
            startB: 0,
            endB: 50,
            quoteB: 'x'.repeat(50),
          },
        ],
      },
    ];
    // p's passage lies in the first shared passage, q's in the second: different copy.
    expect(claimSources([passage('p', 10, 40), passage('q', 10, 40)], reuse)).toEqual([
      ['p'],
      ['q'],
    ]);
  });

  it('counts an overlap, not only a passage wholly inside the shared copy; touching is not overlap', () => {
    const reuse = [shared('p', 'q', [100, 200], [100, 200])];
    expect(claimSources([passage('p', 180, 260), passage('q', 40, 101)], reuse)).toEqual([
      ['p', 'q'],
    ]);
    expect(claimSources([passage('p', 200, 260), passage('q', 40, 101)], reuse)).toEqual([
      ['p'],
      ['q'],
    ]);
  });

  it('joins sources up through such links, and any of an article’s passages may link it', () => {
    const reuse = [shared('p', 'q', [0, 100], [0, 100]), shared('q', 'r', [500, 600], [0, 100])];
    const passages = [
      passage('p', 10, 20),
      passage('q', 10, 20),
      passage('q', 520, 540),
      passage('r', 30, 40),
      passage('s', 0, 10),
    ];
    expect(claimSources(passages, reuse)).toEqual([['p', 'q', 'r'], ['s']]);
  });

  it('gives each article its own source without reuse, and nothing without passages', () => {
    expect(claimSources([passage('b', 0, 5), passage('a', 0, 5)], [])).toEqual([['a'], ['b']]);
    expect(claimSources([], [shared('p', 'q', [0, 9], [0, 9])])).toEqual([]);
  });
});

describe('reuseIndex', () => {
  it('finds the reuse that touches any of the given articles, each record once', () => {
    const pq = shared('p', 'q', [0, 9], [0, 9]);
    const qr = shared('q', 'r', [0, 9], [0, 9]);
    const st = shared('s', 't', [0, 9], [0, 9]);
    const of = reuseIndex([pq, qr, st]);
    expect(of(['q'])).toEqual([pq, qr]);
    expect(of(['p', 'q'])).toEqual([pq, qr]);
    expect(of(['z'])).toEqual([]);
  });
});
