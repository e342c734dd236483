import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/schema.ts';
import { articleLabel, articleLabelParts } from './article-label.ts';
import { casualtyFixture } from '../test-support/casualty-fixture.ts';

const article = (id: string) => casualtyFixture.articles.find((a) => a.id === id)!;

describe('articleLabel', () => {
  it('names the outlet and the article, and says when the outlet is only inferred', () => {
    expect(articleLabel(casualtyFixture, article('w1'))).toBe('Wire One (article w1)');
    expect(articleLabel(casualtyFixture, article('w2'))).toBe(
      'Reprint Daily (article w2, inferred)',
    );
    // An unidentified outlet's name already carries the article: it is not said twice.
    expect(articleLabel(casualtyFixture, article('w3'))).toBe('Unidentified outlet (article w3)');
  });

  it('leaves out "inferred" where a mark beside it already says how the outlet is known', () => {
    expect(articleLabel(casualtyFixture, article('w2'), { identity: false })).toBe(
      'Reprint Daily (article w2)',
    );
  });

  it('names an outlet alone, in its short form, only when it has one article', () => {
    expect(articleLabel(casualtyFixture, article('w2'), { form: 'short' })).toBe('Reprint Daily');
    expect(articleLabel(casualtyFixture, article('w3'), { form: 'short' })).toBe(
      'Unidentified outlet (article w3)',
    );
    const twice: Corpus = {
      ...casualtyFixture,
      articles: [...casualtyFixture.articles, { ...article('w1'), id: 'w4' }],
    };
    expect(articleLabel(twice, article('w1'), { form: 'short' })).toBe('Wire One (article w1)');
  });

  it('splits into the outlet and the article for drawings on two lines', () => {
    expect(articleLabelParts(casualtyFixture, article('w2'))).toEqual({
      outlet: 'Reprint Daily',
      detail: 'article w2, inferred',
    });
    expect(articleLabelParts(casualtyFixture, article('w3'))).toEqual({
      outlet: 'Unidentified outlet',
      detail: 'article w3',
    });
  });
});
