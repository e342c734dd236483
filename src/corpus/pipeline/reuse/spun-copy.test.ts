import {
  comparedArticle as article,
  QUOTE,
  WIRE,
} from '../../../test-support/pipeline/compared-articles.ts';
import { pairKey } from './shared.ts';
import { findSpunCopy } from './spun-copy.ts';

const A = article(
  'a',
  `${WIRE}\nOfficials said repairs would take a week.\n“${QUOTE},” the mayor said.`,
);
const B = article('b', `Local news.\n${WIRE}\nSchools were closed.`);
const C = article(
  'c',
  'Heavy rainfall inundated the valley city of Orrin on Tuesday, severing the sole road to the coast and leaving hundreds of households without electricity or clean water for a second day.',
);

describe('findSpunCopy', () => {
  it('finds spun copy: the same sentence with words swapped', () => {
    const found = [...findSpunCopy([A, B, C], new Set()).values()];
    const spun = found.find((r) => r.articleA === 'a' && r.articleB === 'c');
    expect(spun?.kind).toBe('spun');
    expect(spun?.passages[0]?.quoteB).toBe(C.text);
  });

  it('does not take the same words verbatim for a rewording', () => {
    const found = [...findSpunCopy([A, B, C], new Set()).values()];
    expect(found.some((r) => r.articleA === 'a' && r.articleB === 'b')).toBe(false);
  });

  it('leaves out the pairs it is told were found already', () => {
    const found = findSpunCopy([A, B, C], new Set([pairKey(0, 2)]));
    expect([...found.values()].map((r) => [r.articleA, r.articleB])).toEqual([['b', 'c']]);
  });
});
