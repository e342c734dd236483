import { describe, expect, it } from 'vitest';
import { outletMetadataWords } from './outlet-metadata-words.ts';

describe('outletMetadataWords', () => {
  it('names the field, the exact value and the article, and says the words are not the text', () => {
    const words = outletMetadataWords({
      identification: {
        how: 'stated',
        evidence: [],
        metadata: [
          {
            articleId: '004',
            field: 'og:site_name',
            value: 'The Harbour Ledger',
            note: 'the page names its publisher',
          },
        ],
      },
    });
    expect(words).toEqual([
      'og:site_name “The Harbour Ledger” (article 004; from outside the article’s words): the page names its publisher',
    ]);
  });

  it('says nothing for an outlet known from its text alone', () => {
    expect(outletMetadataWords({ identification: { how: 'unknown', evidence: [] } })).toEqual([]);
  });
});
