import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../corpus/check-corpus.ts';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import { CorpusSchema } from '../../corpus/schema.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { roleFixture, strikeFixture } from '../../test-support/strike-fixture.ts';
import { dayNumber, eventDays, isoDay, monthStarts, timelineModel } from './timeline-data.ts';

const model = (filters: Partial<Filters> = {}) =>
  timelineModel(strikeFixture, { ...DEFAULT_FILTERS, ...filters });

describe('the strike fixtures', () => {
  it('are sound corpora', () => {
    for (const corpus of [strikeFixture, roleFixture]) {
      expect(CorpusSchema.safeParse(corpus).success).toBe(true);
      expect(checkCorpus(corpus)).toEqual([]);
    }
  });
});

describe('dates', () => {
  it('counts days in UTC and back', () => {
    expect(isoDay(dayNumber('2015-11-29'))).toBe('2015-11-29');
    expect(dayNumber('2015-12-23') - dayNumber('2015-09-30')).toBe(84);
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
      ['al-gharlo', 'al-Gharlo (Hovt governorate)', 'Oct 2015 (day not known)'],
      ['alvina-strike', 'Alvina', '3 Nov 2015'],
      ['arvel-market', 'Arvel (Idmar governorate)', '29 Nov 2015'],
    ]);
  });

  it('gives the figures outlets cite for a strike as ranges, vague ones as vague', () => {
    const gharlo = model().strikes[0];
    expect(gharlo?.figures.map((f) => [f.groupLabel, f.range])).toEqual([
      ['children killed', 'at least 32; dozens (vague)'],
      ['women killed', '11'],
    ]);
    const arvel = model().strikes[2];
    expect(arvel?.figures.map((f) => [f.groupLabel, f.range])).toEqual([
      ['civilians killed', '49'],
      ['people killed', '46'],
    ]);
  });

  it('says which articles mention each strike, and how, and which do not', () => {
    const [gharlo, alvina, arvel] = model().strikes;
    expect(gharlo?.mentionedBy.map((m) => [m.articleId, m.how])).toEqual([
      ['a2', ['figure', 'date', 'claim']],
      ['a3', ['figure']],
    ]);
    expect(gharlo?.notMentionedBy.map((m) => m.articleId)).toEqual(['a1']);
    expect(alvina?.mentionedBy).toEqual([]);
    expect(alvina?.notMentionedBy.map((m) => m.label)).toEqual([
      'Wire Desk (article a1)',
      'Daily Reprint (article a2, inferred)',
      'Unidentified outlet (article a3)',
    ]);
    expect(arvel?.mentionedBy.map((m) => m.articleId)).toEqual(['a1', 'a3']);
  });

  it('follows the outlet filter for figures, mentions and article dates', () => {
    const m = model({ outlets: ['unidentified-a3'] });
    expect(m.articles).toEqual([]);
    expect(m.undatedArticles.map((a) => a.articleId)).toEqual(['a3']);
    expect(m.strikes[2]?.figures.map((f) => f.range)).toEqual(['46']);
    expect(m.strikes[2]?.notMentionedBy).toEqual([]);
  });

  it('says a strike no article names is mentioned by none', () => {
    expect(model().strikes[1]?.absence).toBe('no article mentions it');
    expect(model().strikes[0]?.absence).toBeNull();
  });

  it('says what is true over the whole corpus when the filter hides the articles that mention it', () => {
    const gharlo = model({ outlets: ['wire-desk'] }).strikes[0];
    expect(gharlo?.mentionedBy).toEqual([]);
    expect(gharlo?.absence).toBe(
      'not mentioned in the 1 article shown; 2 articles hidden by the filters mention it',
    );
  });

  it('states the whole timeline in words', () => {
    expect(timelineModel(fixtureCorpus, DEFAULT_FILTERS).summary).toBe(
      'Rulvian air campaign in Sylva: from 30 Sep 2015. 1 strike: Arvel (Idmar governorate), ' +
        '29 Nov 2015. Amberly International report published: 23 Dec 2015. ' +
        'Articles published: 23 Dec 2015 (2), date unknown (1).',
    );
  });
});

describe('timelineModel on numbers of every role and boilerplate', () => {
  const roles = (filters: Partial<Filters> = {}) =>
    timelineModel(roleFixture, { ...DEFAULT_FILTERS, ...filters });
  const strike = (id: string, filters: Partial<Filters> = {}) =>
    roles(filters).strikes.find((s) => s.event.id === id);

  it("lists totals and parts as the strike's figures, never an account or a method count", () => {
    const arvel = strike('arvel-market');
    expect(arvel?.figures.map((g) => [g.groupLabel, g.range])).toEqual([
      ['civilians killed', '49'],
      ['people killed', '46'],
    ]);
    expect(arvel?.figures.flatMap((g) => g.figures.map((f) => f.role))).not.toContain('account');
    // The witness's 12 bodies and the six strikes documented are there, apart, as what they are.
    expect(arvel?.otherNumbers.map((f) => [f.quote, f.role, f.attributedTo])).toEqual([
      ['12 bodies', 'account', 'Sami Haddad'],
      ['6 strikes', 'method', 'Amberly International'],
    ]);
    const gharlo = strike('al-gharlo');
    // The total leads; the children counted in it follow, with the other outlets' counts.
    expect(gharlo?.figures.map((g) => [g.groupLabel, g.figures.map((f) => f.id)])).toEqual([
      ['civilians killed', ['a2-f5']],
      ['children killed', ['a2-f3', 'a2-f6', 'a3-f2']],
      ['women killed', ['a2-f4']],
    ]);
  });

  it('says a strike named only in a photo caption is named there, never that no article mentions it', () => {
    const alvina = strike('alvina-strike');
    expect(alvina?.mentionedBy).toEqual([]);
    expect(alvina?.absence).toBe('named only in a photo caption of article a3');
    expect(alvina?.boilerplate.map((b) => [b.articleId, b.reason, b.quote])).toEqual([
      [
        'a3',
        'caption',
        'Alvina, Nov. 3: rescuers search a building hit in the Mastell neighbourhood.',
      ],
    ]);
    // a3 names it, in its caption: it is not among the articles that do not.
    expect(alvina?.notMentionedBy.map((m) => m.articleId)).toEqual(['a1', 'a2']);
    expect(roles().summary).toContain(
      'Alvina, 3 Nov 2015 (named only in a photo caption of article a3)',
    );
    expect(roles().summary).not.toContain('no article mentions it');
  });

  it('keeps saying so when the filter hides the article with the caption', () => {
    const alvina = strike('alvina-strike', { outlets: ['wire-desk'] });
    expect(alvina?.absence).toBe(
      'named only in a photo caption of article a3 (hidden by the filters)',
    );
  });
});
