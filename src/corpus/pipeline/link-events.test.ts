import fc from 'fast-check';
import { extractDates } from './extract-dates.ts';
import { extractFigures } from './extract-figures.ts';
import { extractPlaces } from './extract-places.ts';
import { LAKELAND, RIVERLAND, sentencesOf } from '../../test-support/pipeline/extract-context.ts';
import { linkEvents } from './link-events.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

function linked(text: string, context: ExtractContext = RIVERLAND) {
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
        'In another raid blamed on Valdoran jets, at least 38 civilians, including 21 children and 9 women, were killed on October 8 in al-Belvo.\n\nTwo rockets landed on November 21, killing 27 civilians.',
      ),
    ).toEqual([
      ['at least 38 civilians', 'al-belvo-2019-10-08'],
      ['21 children', 'al-belvo-2019-10-08'],
      ['9 women', 'al-belvo-2019-10-08'],
      ['Two rockets', 'tarsa-market-2019-11-21'],
      ['27 civilians', 'tarsa-market-2019-11-21'],
    ]);
  });

  it('links a campaign-wide toll through its range, its boundary date or the country of the strikes', () => {
    expect(
      linked(
        'Air raids killed at least 150 civilians from September to November of this year. Air raids killed “at least 150 civilians” up to Nov. 21. Valdoran air strikes in Riverland have killed scores of civilians, Monitor Group said on Wednesday.',
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
        'Its study focused on seven attacks in Ostra, Vanmoor and Lisk. The researchers interviewed scores of survivors.',
      ).map(([, event]) => event),
    ).toEqual(['monitor-report', 'monitor-report']);
  });

  it('carries an event over to the next paragraphs, but not into "another" attack', () => {
    expect(
      linked(
        'Rockets struck the market in Tarsa, killing 27 civilians.\n\n"Everyone was running," she said.\n\nShe counted 30 bodies under sheets.\n\nAnother attack killed 8 people.',
      ),
    ).toEqual([
      ['27 civilians', 'tarsa-market-2019-11-21'],
      ['30 bodies', 'tarsa-market-2019-11-21'],
      ['8 people', 'its sentence introduces another event and names no place or date of it'],
    ]);
  });

  it('links a part to the event of the whole counted before it', () => {
    expect(
      linked(
        'The study focuses on seven attacks in Ostra, Vanmoor and Lisk provinces, which four of the attacks targeted schools.',
      ),
    ).toEqual([
      ['seven attacks', 'monitor-report'],
      ['four of the attacks', 'monitor-report'],
    ]);
  });

  it('uses a governorate only when one strike in the catalogue happened there', () => {
    expect(linked('Another attack killed 9 women in a cellar in Ostra.')).toEqual([
      ['9 women', 'al-belvo-2019-10-08'],
    ]);
  });

  it('links the war’s toll when the sentence is about the war, not the strikes', () => {
    expect(
      linked(
        '“The conflict in Riverland has dragged on for almost eight years. Some 120,000 people are thought to have lost their lives,” she said.',
      ),
    ).toEqual([['Some 120,000 people', 'riverland-war']]);
  });

  it('does not give a strike a count from another year, nor a casualty count to a report', () => {
    expect(
      linked(
        'Two rockets struck the market in Tarsa on November 21, killing 27 civilians. Since 2012 such raids on Tarsa have killed more than 600 people.',
      ),
    ).toEqual([
      ['Two rockets', 'tarsa-market-2019-11-21'],
      ['27 civilians', 'tarsa-market-2019-11-21'],
      [
        'more than 600 people',
        'a count wider than the event its sentence names (another year, a war)',
      ],
    ]);
    // The report came out on December 18: people hurt that day were not hurt by the report.
    expect(linked('On December 18, 8 people were wounded.')).toEqual([
      [
        '8 people',
        'no place, date or report work in its sentence or the paragraphs before it names an event',
      ],
    ]);
  });

  it('leaves a figure without an event, saying why, when nothing names one', () => {
    const [[, note]] = linked('Police said 8 people had died.') as [[string, string]];
    expect(note).toMatch(/no place, date or report work/);
  });

  it('follows the same rules in another war', () => {
    expect(
      linked(
        'A rocket struck the Pell railway station on April 6, killing 52 civilians. Civic Watch documented 17 attacks.',
        LAKELAND,
      ),
    ).toEqual([
      ['52 civilians', 'pell-station'],
      ['17 attacks', 'civic-watch-report'],
    ]);
  });

  it('never throws on arbitrary text and returns each figure once, unchanged but for its event', () => {
    fc.assert(
      fc.property(
        textWith([
          'killed 12 civilians',
          'in Tarsa',
          'on Sept. 16',
          'Another',
          '\n\n',
          'Riverland',
        ]),
        (text) => {
          const sentences = sentencesOf(text);
          const figures = extractFigures(text, sentences, RIVERLAND);
          const result = linkEvents(
            text,
            sentences,
            figures,
            extractDates(text, sentences, RIVERLAND),
            extractPlaces(text, sentences, RIVERLAND),
            RIVERLAND,
          );
          expect(result.map((f) => f.quote)).toEqual(figures.map((f) => f.quote));
          for (const f of result) expect(f.eventId === null).toBe(f.eventNote !== null);
        },
      ),
    );
  });
});
