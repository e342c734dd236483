import fc from 'fast-check';
import { extractDates } from './extract-dates.ts';
import { extractFigures } from './extract-figures.ts';
import { extractPlaces } from './extract-places.ts';
import { SYRIA, UKRAINE, sentencesOf } from './fixtures/extract-context.ts';
import { linkEvents } from './link-events.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from './fixtures/arbitrary-text.ts';

function linked(text: string, context: ExtractContext = SYRIA) {
  const sentences = sentencesOf(text);
  const figures = extractFigures(text, sentences, context);
  const dates = extractDates(text, sentences, context);
  const places = extractPlaces(text, sentences, context);
  return linkEvents(text, sentences, figures, dates, places, context).map((f) => [
    f.quote,
    f.eventId ?? f.eventNote,
  ]);
}

describe('linkEvents', () => {
  it('links a strike’s toll through the place or the day its sentence names', () => {
    expect(
      linked(
        'In another suspected Russian attack, at least 46 civilians, including 32 children and 11 women, were killed on October 15 in al-Ghantu.\n\nThree missiles hit on November 29, killing 49 civilians.',
      ),
    ).toEqual([
      ['at least 46 civilians', 'al-ghantu-2015-10-15'],
      ['32 children', 'al-ghantu-2015-10-15'],
      ['11 women', 'al-ghantu-2015-10-15'],
      ['Three missiles', 'ariha-market-2015-11-29'],
      ['49 civilians', 'ariha-market-2015-11-29'],
    ]);
  });

  it('links a campaign-wide toll through its range, its boundary date or the country of the strikes', () => {
    expect(
      linked(
        'Strikes killed at least 200 civilians from September to November of this year. Strikes killed “at least 200 civilians” up to Nov. 29. Russian air strikes in Syria have killed hundreds of civilians, Amnesty said on Wednesday.',
      ).map(([, event]) => event),
    ).toEqual(['campaign', 'campaign', 'campaign']);
  });

  it('gives a count of one attack, in a sentence naming only the campaign’s country, to the strike its words name', () => {
    const place = (name: string) => ({
      name,
      aliases: [name],
      governorate: null,
      country: null,
      coordinates: null,
    });
    const context: ExtractContext = {
      referenceDate: '2021-05-10',
      people: [],
      events: [
        {
          id: 'air-war',
          kind: 'campaign',
          label: 'Air campaign in Northland',
          date: '2021-01-01',
          endDate: null,
          datePrecision: 'day',
          place: place('Northland'),
        },
        {
          id: 'wedding-hall',
          kind: 'strike',
          label: 'Strike on a wedding hall in Tarsa',
          date: '2021-05-08',
          endDate: null,
          datePrecision: 'day',
          place: place('Tarsa'),
        },
      ],
    };
    expect(
      linked(
        [
          'The attack on a Northland wedding killed 40 people.',
          'Air strikes in Northland have killed hundreds of people.',
          'The attack in Northland killed 12 people.',
        ].join('\n\n'),
        context,
      ),
    ).toEqual([
      ['40 people', 'wedding-hall'],
      ['hundreds of people', 'air-war'],
      // One attack, but nothing in its words tells which: the campaign, as its place says.
      ['12 people', 'air-war'],
    ]);
  });

  it('links the report’s own counts to the report, whatever place they name', () => {
    expect(
      linked(
        'Its report focused on six attacks in Homs, Idlib and Aleppo. The group interviewed dozens of witnesses.',
      ).map(([, event]) => event),
    ).toEqual(['amnesty-report', 'amnesty-report']);
  });

  it('carries an event over to the next paragraphs, but not into "another" attack', () => {
    expect(
      linked(
        'Missiles hit the market in Ariha, killing 49 civilians.\n\n"People were screaming," he said.\n\nHe saw 40 bodies lined up in a row.\n\nAnother attack killed 12 people.',
      ),
    ).toEqual([
      ['49 civilians', 'ariha-market-2015-11-29'],
      ['40 bodies', 'ariha-market-2015-11-29'],
      ['12 people', 'its sentence introduces another event and names no place or date of it'],
    ]);
  });

  it('links a part to the event of the whole counted before it', () => {
    expect(
      linked(
        'The report focuses on six attacks in Homs, Idlib and Aleppo provinces, which five of the attacks targeted homes.',
      ),
    ).toEqual([
      ['six attacks', 'amnesty-report'],
      ['five of the attacks', 'amnesty-report'],
    ]);
  });

  it('uses a governorate only when one strike in the catalogue happened there', () => {
    expect(linked('Another attack killed 11 women in a basement in Homs.')).toEqual([
      ['11 women', 'al-ghantu-2015-10-15'],
    ]);
  });

  it('links the war’s toll when the sentence is about the war, not the strikes', () => {
    expect(
      linked(
        '“The conflict in Syria has been going on for almost five years. Around 300,000 people are estimated to have become its victims,” he said.',
      ),
    ).toEqual([['Around 300,000 people', 'syrian-war']]);
  });

  it('does not give a strike a count from another year, nor a casualty count to a report', () => {
    expect(
      linked(
        'Three missiles hit the market in Ariha on November 29, killing 49 civilians. Since 2011 such attacks in Ariha have killed more than 900 people.',
      ),
    ).toEqual([
      ['Three missiles', 'ariha-market-2015-11-29'],
      ['49 civilians', 'ariha-market-2015-11-29'],
      [
        'more than 900 people',
        'a count wider than the event its sentence names (another year, a war)',
      ],
    ]);
    // The report came out on December 23: people hurt that day were not hurt by the report.
    expect(linked('On December 23, 12 people were injured.')).toEqual([
      [
        '12 people',
        'no place, date or report work in its sentence or the paragraphs before it names an event',
      ],
    ]);
  });

  it('leaves a figure without an event, saying why, when nothing names one', () => {
    const [[, note]] = linked('Officials said 12 people were killed.') as [[string, string]];
    expect(note).toMatch(/no place, date or report work/);
  });

  it('follows the same rules in another war', () => {
    expect(
      linked(
        'A missile hit the Kramatorsk railway station on April 8, killing 61 civilians. Human Rights Watch documented 14 attacks.',
        UKRAINE,
      ),
    ).toEqual([
      ['61 civilians', 'kramatorsk-station'],
      ['14 attacks', 'hrw-report'],
    ]);
  });

  it('never throws on arbitrary text and returns each figure once, unchanged but for its event', () => {
    fc.assert(
      fc.property(
        textWith(['killed 12 civilians', 'in Ariha', 'on Sept. 30', 'Another', '\n\n', 'Syria']),
        (text) => {
          const sentences = sentencesOf(text);
          const figures = extractFigures(text, sentences, SYRIA);
          const result = linkEvents(
            text,
            sentences,
            figures,
            extractDates(text, sentences, SYRIA),
            extractPlaces(text, sentences, SYRIA),
            SYRIA,
          );
          expect(result.map((f) => f.quote)).toEqual(figures.map((f) => f.quote));
          for (const f of result) expect(f.eventId === null).toBe(f.eventNote !== null);
        },
      ),
    );
  });
});
