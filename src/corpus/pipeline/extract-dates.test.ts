import fc from 'fast-check';
import { extractDates } from './extract-dates.ts';
import {
  EMPTY,
  LAKELAND,
  RIVERLAND,
  sentencesOf,
} from '../../test-support/pipeline/extract-context.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

function dates(text: string, context: ExtractContext = RIVERLAND) {
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
        'Valdora opened its air campaign on Sept. 16. Since September 16th 2019, Valdora has flown sorties. The study looks at the months since 16 September. Two rockets landed on November 21.',
      ).map((d) => [d.quote, d.value, d.precision]),
    ).toEqual([
      ['Sept. 16', '2019-09-16', 'day'],
      ['September 16th 2019', '2019-09-16', 'day'],
      ['16 September', '2019-09-16', 'day'],
      ['November 21', '2019-11-21', 'day'],
    ]);
  });

  it('resolves a weekday after a preposition to the latest such day on or before the reference', () => {
    // 2019-12-19 is a Thursday.
    const thursday = { ...RIVERLAND, referenceDate: '2019-12-19' };
    expect(dates('Monitor Group published its findings on Wednesday.', thursday)[0]).toMatchObject({
      quote: 'Wednesday',
      value: '2019-12-18',
    });
    expect(dates('Questioned on Monday, Kessel declined to comment.', thursday)[0]).toMatchObject({
      quote: 'Monday',
      value: '2019-12-16',
    });
  });

  it('gives month ranges month precision, running to the last day of the last month', () => {
    expect(
      dates('Air raids killed 150 civilians from September to November of this year.')[0],
    ).toEqual({
      quote: 'September to November of this year',
      value: '2019-09-01',
      valueEnd: '2019-11-30',
      precision: 'month',
      eventId: 'campaign',
    });
    expect(
      dates('The militias clashed from March to May of last year.', LAKELAND)[0],
    ).toMatchObject({
      value: '2019-03-01',
      valueEnd: '2019-05-31',
    });
  });

  it('joins "between X and Y" into one range and links it to the campaign it spans', () => {
    expect(
      dates('No fewer than 150 civilians died between September 16th 2019 and November 21st 2019.'),
    ).toEqual([
      {
        quote: 'September 16th 2019 and November 21st 2019',
        value: '2019-09-16',
        valueEnd: '2019-11-21',
        precision: 'day',
        eventId: 'campaign',
      },
    ]);
  });

  it('links a date to the event that happened on it, and a span boundary to the span', () => {
    expect(dates('Rockets struck the station on April 6.', LAKELAND)[0]?.eventId).toBe(
      'pell-station',
    );
    expect(dates('Air raids killed 150 civilians up to Nov. 21.')[0]?.eventId).toBe('campaign');
    expect(dates('The fighting began in 2012.')[0]).toMatchObject({
      quote: '2012',
      value: '2012-01-01',
      precision: 'year',
      eventId: 'riverland-war',
    });
    expect(dates('Kessel gave a briefing on Monday.')[0]?.eventId).toBeNull();
  });

  it('reads a wire-style weekday after a verb as this or last week’s, never a day to come', () => {
    // 2019-12-18 is a Wednesday.
    expect(
      dates(
        'Medics said Sunday that 9 people died. Volunteers dug through late Saturday. The council met this morning. The raid took place two years ago.',
      ).map((d) => [d.quote, d.value, d.precision]),
    ).toEqual([
      ['Sunday', '2019-12-15', 'day'],
      ['Saturday', '2019-12-14', 'day'],
      ['this morning', '2019-12-18', 'day'],
      ['two years ago', '2017-01-01', 'year'],
    ]);
  });

  it('ignores idioms, durations, clock times, a weekday after "a" or "every", and "may"', () => {
    expect(
      dates(
        'To this day, she cannot sleep. A day after the truce, the capital was blamed. The fighting has gone on for almost eight years. It was an ordinary Sunday. Every Friday the elders gathered. These raids may breach the laws of war. The briefing closed at 4:30 pm.',
      ),
    ).toEqual([]);
  });

  it('cuts the clock time off a dated timestamp', () => {
    expect(dates('The communique was issued on December 19, 2019 at 4:30 pm.')[0]).toMatchObject({
      quote: 'December 19, 2019',
      value: '2019-12-19',
    });
  });

  it('never throws on arbitrary text, and every date is verbatim and a calendar day', () => {
    fc.assert(
      fc.property(
        textWith([
          'Sept. 16',
          'on Monday',
          'between May 1 and',
          'June 3',
          '2012',
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
