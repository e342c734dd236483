import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../corpus/check-corpus.ts';
import { fixtureCorpus } from '../../corpus/fixtures/fixture-corpus.ts';
import { CorpusSchema } from '../../corpus/schema.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { strikeFixture } from './strike-fixture.ts';
import {
  dayNumber,
  eventDays,
  formatDate,
  isoDay,
  monthStarts,
  timelineModel,
} from './timeline-data.ts';

const model = (filters: Partial<Filters> = {}) =>
  timelineModel(strikeFixture, { ...DEFAULT_FILTERS, ...filters });

describe('the strike fixture', () => {
  it('is a sound corpus', () => {
    expect(CorpusSchema.safeParse(strikeFixture).success).toBe(true);
    expect(checkCorpus(strikeFixture)).toEqual([]);
  });
});

describe('dates', () => {
  it('counts days in UTC and back', () => {
    expect(isoDay(dayNumber('2015-11-29'))).toBe('2015-11-29');
    expect(dayNumber('2015-12-23') - dayNumber('2015-09-30')).toBe(84);
  });

  it('formats no more precisely than the date is known', () => {
    expect(formatDate('2015-11-29')).toBe('29 Nov 2015');
    expect(formatDate('2015-10-01', 'month')).toBe('Oct 2015');
    expect(formatDate('2015-10-01', 'year')).toBe('2015');
  });

  it('spreads an event known to the month over the month', () => {
    const days = eventDays({ date: '2015-10-01', endDate: null, datePrecision: 'month' });
    expect(days && [isoDay(days.start), isoDay(days.end)]).toEqual(['2015-10-01', '2015-10-31']);
    const year = eventDays({ date: '2015-01-01', endDate: null, datePrecision: 'year' });
    expect(year && [isoDay(year.start), isoDay(year.end)]).toEqual(['2015-01-01', '2015-12-31']);
    expect(eventDays({ date: null, endDate: null, datePrecision: 'day' })).toBeNull();
  });

  it('lists the first of each month on the axis', () => {
    expect(monthStarts(dayNumber('2015-09-30'), dayNumber('2015-12-23')).map(isoDay)).toEqual([
      '2015-10-01',
      '2015-11-01',
      '2015-12-01',
    ]);
    expect(monthStarts(dayNumber('2015-12-01'), dayNumber('2016-01-01')).map(isoDay)).toEqual([
      '2015-12-01',
      '2016-01-01',
    ]);
  });
});

describe('timelineModel', () => {
  it('runs the axis from the campaign start to the report and the articles', () => {
    const m = model();
    expect(isoDay(m.start)).toBe('2015-09-30');
    expect(isoDay(m.end)).toBe('2015-12-23');
    expect(m.campaigns.map((c) => [c.event.id, c.end])).toEqual([['campaign', null]]);
    expect(m.publications.map((p) => isoDay(p.day))).toEqual(['2015-12-23']);
  });

  it('places strikes in date order with place and precision', () => {
    expect(model().strikes.map((s) => [s.event.id, s.placeText, s.dateText])).toEqual([
      ['al-ghantu', 'al-Ghantu (Homs governorate)', 'Oct 2015 (day not known)'],
      ['aleppo-strike', 'Aleppo', '3 Nov 2015'],
      ['ariha-market', 'Ariha (Idlib governorate)', '29 Nov 2015'],
    ]);
  });

  it('gives the figures outlets cite for a strike as ranges, vague ones as vague', () => {
    const ghantu = model().strikes[0];
    expect(ghantu?.figures.map((f) => [f.groupLabel, f.range])).toEqual([
      ['children killed', 'at least 32; dozens (vague)'],
      ['women killed', '11'],
    ]);
    const ariha = model().strikes[2];
    expect(ariha?.figures.map((f) => [f.groupLabel, f.range])).toEqual([
      ['civilians killed', '49'],
      ['people killed', '46'],
    ]);
  });

  it('says which articles mention each strike, and how, and which do not', () => {
    const [ghantu, aleppo, ariha] = model().strikes;
    expect(ghantu?.mentionedBy.map((m) => [m.articleId, m.how])).toEqual([
      ['a2', ['figure', 'date', 'claim']],
      ['a3', ['figure']],
    ]);
    expect(ghantu?.notMentionedBy.map((m) => m.articleId)).toEqual(['a1']);
    expect(aleppo?.mentionedBy).toEqual([]);
    expect(aleppo?.notMentionedBy.map((m) => m.label)).toEqual([
      'Wire Desk (article a1)',
      'Daily Reprint (article a2, inferred)',
      'Unidentified outlet (article a3)',
    ]);
    expect(ariha?.mentionedBy.map((m) => m.articleId)).toEqual(['a1', 'a3']);
  });

  it('follows the outlet filter for figures, mentions and article dates', () => {
    const m = model({ outlets: ['unidentified-a3'] });
    expect(m.articles).toEqual([]);
    expect(m.undatedArticles.map((a) => a.articleId)).toEqual(['a3']);
    expect(m.strikes[2]?.figures.map((f) => f.range)).toEqual(['46']);
    expect(m.strikes[2]?.notMentionedBy).toEqual([]);
  });

  it('states the whole timeline in words', () => {
    expect(timelineModel(fixtureCorpus, DEFAULT_FILTERS).summary).toBe(
      'Russian air campaign in Syria: from 30 Sep 2015. 1 strike: Ariha (Idlib governorate), ' +
        '29 Nov 2015. Amnesty International report published: 23 Dec 2015. ' +
        'Articles published: 23 Dec 2015 (2), date unknown (1).',
    );
  });
});
