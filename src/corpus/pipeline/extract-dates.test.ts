import fc from 'fast-check';
import { extractDates } from './extract-dates.ts';
import { EMPTY, SYRIA, UKRAINE, sentencesOf } from './fixtures/extract-context.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from './fixtures/arbitrary-text.ts';

function dates(text: string, context: ExtractContext = SYRIA) {
  return extractDates(text, sentencesOf(text), context).map(
    ({ quote, value, valueEnd, precision, eventId }) => ({
      quote,
      value,
      valueEnd,
      precision,
      eventId,
    }),
  );
}

describe('extractDates', () => {
  it('resolves abbreviated, ordinal and day-first dates against the reference year', () => {
    expect(
      dates(
        'Russia started its campaign on Sept. 30. Since September 30th 2015, Russia intervened. The report covers the period since 30 September. Three missiles hit on November 29.',
      ).map((d) => [d.quote, d.value, d.precision]),
    ).toEqual([
      ['Sept. 30', '2015-09-30', 'day'],
      ['September 30th 2015', '2015-09-30', 'day'],
      ['30 September', '2015-09-30', 'day'],
      ['November 29', '2015-11-29', 'day'],
    ]);
  });

  it('resolves a weekday after a preposition to the latest such day on or before the reference', () => {
    const thursday = { ...SYRIA, referenceDate: '2015-12-24' };
    expect(dates('Amnesty International said on Wednesday.', thursday)[0]).toMatchObject({
      quote: 'Wednesday',
      value: '2015-12-23',
    });
    expect(dates('When asked on Monday, Peskov said so.', thursday)[0]).toMatchObject({
      quote: 'Monday',
      value: '2015-12-21',
    });
  });

  it('gives month ranges month precision, running to the last day of the last month', () => {
    expect(
      dates('Strikes killed 200 civilians from September to November of this year.')[0],
    ).toEqual({
      quote: 'September to November of this year',
      value: '2015-09-01',
      valueEnd: '2015-11-30',
      precision: 'month',
      eventId: 'campaign',
    });
    expect(dates('They fought from March to May of last year.', UKRAINE)[0]).toMatchObject({
      value: '2021-03-01',
      valueEnd: '2021-05-31',
    });
  });

  it('joins "between X and Y" into one range and links it to the campaign it spans', () => {
    expect(
      dates(
        'At least 200 civilians were killed between September 30th 2015 and November 29th 2015.',
      ),
    ).toEqual([
      {
        quote: 'September 30th 2015 and November 29th 2015',
        value: '2015-09-30',
        valueEnd: '2015-11-29',
        precision: 'day',
        eventId: 'campaign',
      },
    ]);
  });

  it('links a date to the event that happened on it, and a span boundary to the span', () => {
    expect(dates('Missiles hit the station on April 8.', UKRAINE)[0]?.eventId).toBe(
      'kramatorsk-station',
    );
    expect(dates('Strikes killed 200 civilians up to Nov. 29.')[0]?.eventId).toBe('campaign');
    expect(dates('The war broke out in 2011.')[0]).toMatchObject({
      quote: '2011',
      value: '2011-01-01',
      precision: 'year',
      eventId: 'syrian-war',
    });
    expect(dates('Peskov spoke on Monday.')[0]?.eventId).toBeNull();
  });

  it('reads a wire-style weekday after a verb as this or last week’s, never a day to come', () => {
    // 2015-12-23 is a Wednesday.
    expect(
      dates(
        'Officials said Sunday that 12 people died. Rescuers worked through late Saturday. The group met this morning. The strike happened two years ago.',
      ).map((d) => [d.quote, d.value, d.precision]),
    ).toEqual([
      ['Sunday', '2015-12-20', 'day'],
      ['Saturday', '2015-12-19', 'day'],
      ['this morning', '2015-12-23', 'day'],
      ['two years ago', '2013-01-01', 'year'],
    ]);
  });

  it('ignores idioms, durations, clock times, a weekday after "a" or "every", and "may"', () => {
    expect(
      dates(
        'To this day, I cannot forget. A day after the deal, Moscow was criticised. The war has lasted almost five years. It was a normal Sunday. Every Friday they met. Such attacks may amount to war crimes. The meeting ended at 1:15 pm.',
      ),
    ).toEqual([]);
  });

  it('cuts the clock time off a dated timestamp', () => {
    expect(dates('The statement came on December 24, 2015 at 1:15 pm.')[0]).toMatchObject({
      quote: 'December 24, 2015',
      value: '2015-12-24',
    });
  });

  it('never throws on arbitrary text, and every date is verbatim and a calendar day', () => {
    fc.assert(
      fc.property(
        textWith([
          'Sept. 30',
          'on Monday',
          'between May 1 and',
          'June 3',
          '2011',
          '\n',
          ' of this year',
        ]),
        (text) => {
          for (const d of extractDates(text, sentencesOf(text), EMPTY)) {
            expect(text.slice(d.start, d.end)).toBe(d.quote);
            expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (d.valueEnd !== null) expect(d.valueEnd >= d.value).toBe(true);
          }
        },
      ),
    );
  });
});
