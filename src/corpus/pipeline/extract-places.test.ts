import fc from 'fast-check';
import { extractPlaces } from './extract-places.ts';
import { SYRIA, UKRAINE, sentencesOf } from './fixtures/extract-context.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from './fixtures/arbitrary-text.ts';

function places(text: string, context: ExtractContext = SYRIA) {
  return extractPlaces(text, sentencesOf(text), context).map((p) => [p.quote, p.eventId]);
}

describe('extractPlaces', () => {
  it('finds a place by its name or alias as whole words, in capitals or capitalised', () => {
    expect(
      places('Missiles hit a market in Ariha, Idlib province. Al-Ghantu was hit. ARIHA mourned.'),
    ).toEqual([
      ['Ariha', 'ariha-market-2015-11-29'],
      ['Al-Ghantu', 'al-ghantu-2015-10-15'],
      ['ARIHA', 'ariha-market-2015-11-29'],
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(places('Syrian civilians fled Tal-Ariha and Arihas.')).toEqual([]);
  });

  it('prefers the longer name and gives a shared name to every event that has it', () => {
    expect(places('The Ariha market was hit.')).toEqual([
      ['Ariha market', 'ariha-market-2015-11-29'],
    ]);
    expect(places('Strikes in Syria.')).toEqual([
      ['Syria', 'campaign'],
      ['Syria', 'syrian-war'],
    ]);
  });

  it('works for another war', () => {
    expect(places('A missile struck the Kramatorsk railway station.', UKRAINE)).toEqual([
      ['Kramatorsk railway station', 'kramatorsk-station'],
    ]);
  });

  it('never throws on arbitrary text and every mention is verbatim', () => {
    fc.assert(
      fc.property(textWith(['Ariha', 'Syria', '-', '\n'], ''), (text) => {
        for (const p of extractPlaces(text, sentencesOf(text), SYRIA)) {
          expect(text.slice(p.start, p.end)).toBe(p.quote);
        }
      }),
    );
  });
});
