import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../corpus/fixtures/fixture-corpus.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { casualtyCharts, chartFinding, type ChartRow } from './casualty-data.ts';

const charts = (filters: Partial<Filters> = {}) =>
  casualtyCharts(fixtureCorpus, { ...DEFAULT_FILTERS, ...filters });

const rowsOf = (key: string, filters: Partial<Filters> = {}) =>
  charts(filters)
    .find((c) => c.key === key)
    ?.rows.map((r) => [r.articleId, r.valueText]);

describe('casualtyCharts', () => {
  it('makes one chart per event, group and outcome, in date order', () => {
    expect(charts().map((c) => c.title)).toEqual([
      'Russian air campaign in Syria: civilians killed',
      'Russian air campaign in Syria: fighters killed',
      'Ariha market strike: civilians killed',
      'Ariha market strike: people killed',
    ]);
  });

  it('gives every visible article a row, "not reported" rather than zero', () => {
    expect(rowsOf('ariha-market/civilians/killed')).toEqual([
      ['a1', '49'],
      ['a2', 'not reported'],
      ['a3', 'not reported'],
    ]);
    const missing = charts()[2]?.rows.find((r) => r.articleId === 'a2');
    expect(missing).toMatchObject({ kind: 'not-reported', low: null, high: null, figures: [] });
  });

  it('keeps qualifiers and vagueness, one row per distinct value an article cites', () => {
    expect(rowsOf('campaign/civilians/killed')).toEqual([
      ['a1', 'at least 200'],
      ['a2', 'at least 200'],
      ['a2', 'hundreds (vague)'],
      ['a3', 'not reported'],
    ]);
    const vague = charts()[0]?.rows.find((r) => r.kind === 'vague');
    expect(vague).toMatchObject({ high: null, attributedTo: 'activists' });
    expect(rowsOf('campaign/fighters/killed')?.[0]).toEqual(['a1', 'around 12']);
  });

  it('ties each bar to the spans behind it', () => {
    const row = charts()[2]?.rows[0];
    const article = fixtureCorpus.articles.find((a) => a.id === row?.articleId);
    for (const figure of row?.figures ?? []) {
      expect(article?.text.slice(figure.start, figure.end)).toBe(figure.quote);
    }
    expect(row?.figures.map((f) => f.quote)).toEqual(['49 civilians']);
  });

  it('narrows to the chosen event', () => {
    expect(charts({ event: 'ariha-market' }).map((c) => c.key)).toEqual([
      'ariha-market/civilians/killed',
      'ariha-market/people/killed',
    ]);
  });

  it('narrows rows to the chosen outlets', () => {
    const only = charts({ outlets: ['unidentified-a3'] });
    expect(only.map((c) => c.key)).toEqual(['ariha-market/people/killed']);
    expect(only[0]?.rows.map((r) => r.articleId)).toEqual(['a3']);
  });

  it('follows the claim filters: a chart stays when a visible claim or its evidence carries it', () => {
    expect(charts({ categories: ['legal-assessment'] })).toEqual([]);
    expect(charts({ q: 'market' }).map((c) => c.key)).toEqual([
      'ariha-market/civilians/killed',
      'ariha-market/people/killed',
    ]);
  });
});

describe('chartFinding', () => {
  const row = (articleId: string, valueText: string, kind: ChartRow['kind']): ChartRow => {
    const number = Number(/\d+/.exec(valueText)?.[0] ?? NaN);
    const low = Number.isNaN(number) ? null : number;
    return {
      key: `${articleId}-${valueText}`,
      articleId,
      outletId: `outlet-${articleId}`,
      articleLabel: `article ${articleId}`,
      kind,
      low: kind === 'vague' ? 200 : low,
      high: kind === 'exact' ? low : null,
      valueText,
      attributedTo: null,
      figures: [],
    };
  };

  it('says outlets disagree when two articles cite different numbers', () => {
    expect(
      chartFinding([
        row('001', '49', 'exact'),
        row('002', '46', 'exact'),
        row('003', 'not reported', 'not-reported'),
      ]),
    ).toBe('Outlets disagree: 49 in article 001; 46 in article 002. Not reported in article 003.');
  });

  it('says outlets agree, or that only one reports it', () => {
    expect(chartFinding([row('1', '49', 'exact'), row('2', '49', 'exact')])).toBe(
      'Outlets agree: 49 in article 1 and article 2.',
    );
    expect(chartFinding([row('1', '49', 'exact'), row('2', 'not reported', 'not-reported')])).toBe(
      'Only article 1 reports it: 49. Not reported in article 2.',
    );
  });

  it('calls figures that cannot both be true a disagreement, and compatible ones a difference', () => {
    expect(chartFinding([row('1', 'at least 32', 'lower-bound'), row('2', '32', 'exact')])).toBe(
      'Outlets cite different figures: at least 32 in article 1; 32 in article 2.',
    );
    expect(chartFinding([row('1', 'at least 200', 'lower-bound'), row('2', '180', 'exact')])).toBe(
      'Outlets disagree: at least 200 in article 1; 180 in article 2.',
    );
  });

  it('says whom an article attributes its figure to', () => {
    const witness = { ...row('001', '3', 'exact'), attributedTo: 'a witness' };
    expect(chartFinding([witness, row('002', 'not reported', 'not-reported')])).toBe(
      'Only article 001 reports it: 3. Not reported in article 002. Article 001 attributes 3 to a witness.',
    );
  });

  it('does not call a vague figure beside a bound a disagreement', () => {
    expect(
      chartFinding([
        row('1', 'at least 200', 'lower-bound'),
        row('2', 'at least 200', 'lower-bound'),
        row('2', 'hundreds (vague)', 'vague'),
      ]),
    ).toBe(
      'Outlets cite different figures: at least 200 in article 1 and article 2; hundreds (vague) in article 2.',
    );
  });
});
