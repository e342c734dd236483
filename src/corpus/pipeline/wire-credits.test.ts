import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';
import { findCredits, type CreditLexicon } from './wire-credits.ts';

const credits = (text: string, removed: Parameters<typeof findCredits>[2] = []) =>
  findCredits('x', text, removed, []).map((c) => [c.quote, c.agency, c.form, c.scope]);

describe('findCredits', () => {
  it('reads a contributor line, and every agency in a list of them', () => {
    expect(
      credits('The harbour reopened on Monday.\n\nReuters contributed to this report.'),
    ).toEqual([['Reuters contributed to this report', 'Reuters', 'contributed', 'article']]);
    expect(credits('The Associated Press and AFP contributed to this story.')).toEqual([
      [
        'The Associated Press and AFP contributed to this story',
        'Associated Press',
        'contributed',
        'article',
      ],
      [
        'The Associated Press and AFP contributed to this story',
        'Agence France-Presse',
        'contributed',
        'article',
      ],
    ]);
    expect(credits('Additional reporting by Xinhua.')).toEqual([
      ['Additional reporting by Xinhua', 'Xinhua', 'contributed', 'article'],
    ]);
  });

  it('reads an agency in brackets after a dateline, a sign-off and "with X"', () => {
    expect(credits('PORTVILLE (AFP) - The ferry sank near the pier.')).toEqual([
      ['PORTVILLE (AFP)', 'Agence France-Presse', 'dateline', 'article'],
    ]);
    expect(credits('(AP) — Two bridges closed overnight.')).toEqual([
      ['(AP)', 'Associated Press', 'dateline', 'article'],
    ]);
    expect(credits('Water levels kept rising.\n— Reuters')).toEqual([
      ['— Reuters', 'Reuters', 'sign-off', 'article'],
    ]);
    expect(credits('The mill closed in May (with AFP).')).toEqual([
      ['(with AFP)', 'Agence France-Presse', 'with', 'article'],
    ]);
  });

  it('reads a sentence sourced to an agency as covering that sentence only', () => {
    expect(
      credits('The dam held, according to the Kestrel-based TASS news agency, a minister said.'),
    ).toEqual([
      ['according to the Kestrel-based TASS news agency', 'TASS', 'according-to', 'sentence'],
    ]);
    expect(credits('Rates will rise, according to the state-run Xinhua news agency.')).toEqual([
      ['according to the state-run Xinhua news agency', 'Xinhua', 'according-to', 'sentence'],
    ]);
    expect(credits('The mayor told Reuters the road would reopen.')).toEqual([
      ['told Reuters', 'Reuters', 'told', 'sentence'],
    ]);
  });

  it('reads a photo credit as covering a picture, not the words', () => {
    expect(credits('A flooded street. Photo by Ana Vale/AFP')).toEqual([
      ['Photo by Ana Vale/AFP', 'Agence France-Presse', 'photo', 'photo'],
    ]);
  });

  it('does not read a capitalised word that is not an agency, or a name inside another word', () => {
    expect(credits('Apex contributed to this report. (APT) - x. told Rapid. — Reuterson')).toEqual(
      [],
    );
    // "ap" is not AP: forms are matched as written.
    expect(credits('The ap contributed to this report.')).toEqual([]);
  });

  it('leaves out agencies named in menus and links to other stories', () => {
    const text = 'Related: Reuters contributed to this report\nThe body.';
    expect(credits(text, [{ start: 0, end: 43, reason: 'related-links' }])).toEqual([]);
    expect(credits(text, [{ start: 0, end: 43, reason: 'credit' }])).toHaveLength(1);
  });

  it('links a credit to the corpus outlet that is the agency, when there is one', () => {
    const found = findCredits(
      'x',
      'Reuters contributed to this report.',
      [],
      [
        { id: 'reuters-wire', name: 'Reuters', kind: 'wire' },
        { id: 'reuters-blog', name: 'Reuters', kind: 'blog' },
      ],
    );
    expect(found.map((c) => c.outletId)).toEqual(['reuters-wire']);
    expect(findCredits('x', 'Reuters contributed to this report.', [], [])[0]?.outletId).toBe(null);
  });

  it('reads its agencies and shapes from the lexicon it is given', () => {
    const lexicon: CreditLexicon = {
      agencies: [{ name: 'Harbour Wire', forms: ['HW'] }],
      credits: [{ form: 'sign-off', scope: 'article', pattern: '^~ {agencies}$' }],
    };
    expect(findCredits('x', 'Text.\n~ HW', [], [], lexicon).map((c) => c.agency)).toEqual([
      'Harbour Wire',
    ]);
    expect(findCredits('x', 'Text.\n— Reuters', [], [], lexicon)).toEqual([]);
  });

  it('never throws on arbitrary text, and every credit is verbatim', () => {
    fc.assert(
      fc.property(
        textWith([
          'Reuters',
          'AFP',
          '(AP)',
          'contributed to this report',
          '—',
          '\n',
          'according to the',
          'news agency',
          'Photo by',
          'with',
          '(',
          ')',
        ]),
        (text) => {
          for (const c of findCredits('x', text, [], [])) {
            expect(text.slice(c.start, c.end)).toBe(c.quote);
            expect(c.quote.trim()).toBe(c.quote);
          }
        },
      ),
    );
  });
});
