import fc from 'fast-check';
import { extractPlaces } from './extract-places.ts';
import { LAKELAND, RIVERLAND, sentencesOf } from '../../test-support/pipeline/extract-context.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

function places(text: string, context: ExtractContext = RIVERLAND) {
  return extractPlaces(text, sentencesOf(text), context).map((p) => [p.quote, p.eventId]);
}

describe('extractPlaces', () => {
  it('finds a place by its name or alias as whole words, in capitals or capitalised', () => {
    expect(
      places(
        'Rockets fell on a market in Tarsa, Vanmoor province. Al-Belvo was shelled. TARSA grieved.',
      ),
    ).toEqual([
      ['Tarsa', 'tarsa-market-2019-11-21'],
      ['Al-Belvo', 'al-belvo-2019-10-08'],
      ['TARSA', 'tarsa-market-2019-11-21'],
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(places('Riverlander families left Tal-Tarsa and Tarsas.')).toEqual([]);
  });

  it('prefers the longer name and gives a shared name to every event that has it', () => {
    expect(places('The Tarsa market burned.')).toEqual([
      ['Tarsa market', 'tarsa-market-2019-11-21'],
    ]);
    expect(places('Bombing in Riverland.')).toEqual([
      ['Riverland', 'campaign'],
      ['Riverland', 'riverland-war'],
    ]);
  });

  it('works for another war', () => {
    expect(places('A rocket landed on the Pell railway station.', LAKELAND)).toEqual([
      ['Pell railway station', 'pell-station'],
    ]);
  });

  it('never throws on arbitrary text and every mention is verbatim', () => {
    fc.assert(
      fc.property(textWith(['Tarsa', 'Riverland', '-', '\n'], ''), (text) => {
        for (const p of extractPlaces(text, sentencesOf(text), RIVERLAND)) {
          expect(text.slice(p.start, p.end)).toBe(p.quote);
        }
      }),
    );
  });
});
