import { sentenceWords, tokenize } from '../compare-tokens.ts';
import { naiveSentences } from '../../../test-support/pipeline/naive-sentences.ts';
import { pairKey, type ComparedArticle } from './shared.ts';
import { findSpunCopy } from './spun-copy.ts';

const WIRE =
  'Heavy rain flooded the valley town of Orrin on Tuesday, cutting the only road to the coast and leaving hundreds of families without power or clean water for a second day.';
const QUOTE = 'We have never seen water rise this fast in forty years of keeping records here';

function article(id: string, text: string): ComparedArticle {
  const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + 1 + (m[1] ?? '').length,
  }));
  const tokens = tokenize(text, [], quoted);
  return { id, text, tokens, sentences: sentenceWords(naiveSentences(text), tokens) };
}

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
