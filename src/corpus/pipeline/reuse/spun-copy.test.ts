import {
  SPUN,
  WITH_WIRE,
  WITH_WIRE_AND_QUOTE,
} from '../../../test-support/pipeline/compared-articles.ts';
import { pairKey } from './shared.ts';
import { findSpunCopy } from './spun-copy.ts';

const [A, B, C] = [WITH_WIRE_AND_QUOTE, WITH_WIRE, SPUN];

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
