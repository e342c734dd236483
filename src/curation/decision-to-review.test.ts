import { locateQuote } from '../corpus/pipeline/locate-quote.ts';
import type { Corpus } from '../corpus/schema.ts';
import { decisionToReview, occurrenceOf } from './decision-to-review.ts';

const TEXT = 'The river rose. The river rose again, and the river rose higher. aaaa';

describe('occurrenceOf', () => {
  test('counts each start of the words, as the build finds them, so the review finds the same words', () => {
    for (const quote of ['The river rose', 'river rose', 'aa', 'aaa']) {
      for (let at = TEXT.indexOf(quote); at >= 0; at = TEXT.indexOf(quote, at + 1)) {
        const occurrence = occurrenceOf(TEXT, quote, at);
        const found = locateQuote(TEXT, quote, 'x', occurrence);
        expect(found.ok && found.span.start).toBe(at);
      }
    }
  });

  test('is left out when the words occur once, or are not where the decision says', () => {
    expect(occurrenceOf(TEXT, 'higher', TEXT.indexOf('higher'))).toBeUndefined();
    expect(occurrenceOf(TEXT, 'river rose', 0)).toBeUndefined();
  });
});

describe('decisionToReview', () => {
  const corpus = {
    articles: [
      {
        id: '007',
        outletId: 'o',
        title: null,
        published: null,
        url: null,
        text: TEXT,
        removed: [],
      },
    ],
    claims: [],
  } satisfies Pick<Corpus, 'articles' | 'claims'>;
  const second = TEXT.indexOf('river rose', 1 + TEXT.indexOf('river rose'));

  test('quotes the words, never offsets, and carries only the fields that change', () => {
    const review = decisionToReview(
      {
        kind: 'figure',
        action: 'correct',
        target: {
          id: '007-f02',
          article: '007',
          start: second,
          end: second + 10,
          quote: 'river rose',
        },
        event: null,
      },
      corpus,
    );
    expect(review).toEqual({
      kind: 'figure',
      action: 'correct',
      article: '007',
      quote: 'river rose',
      occurrence: 2,
      event: null,
    });
  });
});
