import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../corpus/check-corpus.ts';
import type { Corpus, Figure } from '../../corpus/schema.ts';
import { wrapText } from '../../export/compose-svg.ts';
import { DEFAULT_FILTERS, type Filters } from '../../filters/filters.ts';
import { casualtyFixture } from '../../test-support/casualty-fixture.ts';
import {
  casualtyModel,
  chartFinding,
  chartVerdict,
  groupOtherNumbers,
  type ChartRow,
} from './casualty-data.ts';
import { chartExportMeta } from './chart-export.ts';
import { chartsTable } from './chart-table.ts';

const model = (filters: Partial<Filters> = {}, corpus: Corpus = casualtyFixture) =>
  casualtyModel(corpus, { ...DEFAULT_FILTERS, ...filters });
const chartOf = (key: string, filters: Partial<Filters> = {}) =>
  model(filters).charts.find((c) => c.key === key);

describe('the casualty fixture', () => {
  it('is a valid corpus: every span is its article’s text', () => {
    expect(checkCorpus(casualtyFixture)).toEqual([]);
  });
});

describe('casualtyModel: what is charted', () => {
  it('charts only totals of people, with an outcome that happened to them', () => {
    expect(model().charts.map((c) => c.title)).toEqual([
      'Kafr Town market strike: civilians killed',
      'The air campaign: civilians killed',
    ]);
    const charted = model().charts.flatMap((c) =>
      c.rows.flatMap((r) => r.figures.map((f) => f.id)),
    );
    // The witness's 40 bodies and three children, the three missiles, six attacks and the war's
    // 300,000 are never a chart's bar.
    for (const id of ['w1-f3', 'w1-f4', 'w1-f5', 'w1-f7', 'w3-f2'])
      expect(charted).not.toContain(id);
  });

  it('puts a disagreement first, whatever the dates', () => {
    // The campaign began first, but the market strike is where outlets cannot all be right.
    expect(model().charts.map((c) => [c.event?.id, c.verdict])).toEqual([
      ['market', 'disagree'],
      ['campaign', 'differ'],
    ]);
  });

  it('shows a part beside its total, not as a chart of its own', () => {
    const market = chartOf('market/civilians/killed');
    expect(market?.rows.find((r) => r.articleId === 'w1')).toMatchObject({
      valueText: '49',
      role: 'total',
      parts: 'of which 12 children',
    });
    expect(model().charts.some((c) => c.group === 'children')).toBe(false);
  });

  it('draws a part in its own group’s chart where an article gives no total, saying what it is part of', () => {
    const corpus = structuredClone(casualtyFixture);
    // Another article gives a children's total for the market: now children are compared.
    corpus.figures.push({
      ...corpus.figures.find((f) => f.id === 'w2-f1')!,
      id: 'w2-f9',
      low: 10,
      high: 10,
      group: 'children',
      noun: 'children',
    });
    const children = model({}, corpus).charts.find((c) => c.key === 'market/children/killed');
    expect(children?.rows.map((r) => [r.articleId, r.valueText, r.role, r.partOf])).toEqual([
      ['w1', '12', 'part', 'part of 49 civilians'],
      ['w2', '10', 'total', null],
      ['w3', 'not reported', null, null],
    ]);
  });

  it('lists every other number apart, with what it counts and whose it is', () => {
    const others = model().others.map((o) => [
      o.figure.quote,
      o.role,
      o.attribution,
      o.articleLabel,
    ]);
    expect(others).toEqual([
      ['around 300,000 lives', 'a wider count', null, 'Unidentified outlet (article w3)'],
      ['six attacks', "the report's method: attacks documented", null, 'Wire One (article w1)'],
      ['40 bodies', "a witness's account", 'per Samir Haddad', 'Wire One (article w1)'],
      ['three children', "a witness's account", 'per Samir Haddad', 'Wire One (article w1)'],
      ['three missiles', 'a count of missiles, not of people', null, 'Wire One (article w1)'],
    ]);
  });

  it('gathers the same other number printed by several articles into one line', () => {
    const corpus = structuredClone(casualtyFixture);
    const six = corpus.figures.find((f) => f.id === 'w1-f7')!;
    const text = `${corpus.articles[1]!.text}\nInvestigators documented six attacks.`;
    corpus.articles[1]!.text = text;
    const start = text.lastIndexOf('six attacks');
    corpus.figures.push({ ...six, id: 'w2-f7', articleId: 'w2', start, end: start + 11 });
    const groups = groupOtherNumbers(model({}, corpus).others);
    const six2 = groups.find((g) => g.quote === 'six attacks');
    expect(six2?.items.map((i) => i.articleLabel)).toEqual([
      'Wire One (article w1)',
      'Reprint Daily (article w2, inferred)',
    ]);
    expect(groups).toHaveLength(5);
  });

  it('narrows to the chosen event, charts and other numbers alike', () => {
    const market = model({ event: 'market' });
    expect(market.charts.map((c) => c.key)).toEqual(['market/civilians/killed']);
    expect(market.others.map((o) => o.figure.id)).toEqual(['w1-f3', 'w1-f4', 'w1-f5']);
  });
});

describe('vague amounts', () => {
  it('give no number to draw: their conventional low is never a bar’s length', () => {
    const vague = chartOf('campaign/civilians/killed')?.rows.find((r) => r.kind === 'vague');
    expect(vague).toMatchObject({ low: null, high: null, valueText: 'hundreds (vague)' });
  });

  it('have no number in the exported data either', () => {
    const table = chartsTable(model().charts, model().others);
    const hundreds = table.rows.find((r) => r.quote === 'Hundreds of civilians');
    expect(hundreds).toMatchObject({ low: null, high: null, kind: 'vague: no number given' });
  });
});

describe('findings are true of the whole corpus, under any filter', () => {
  it('says who disagrees, and who does not report it', () => {
    expect(chartOf('market/civilians/killed')?.finding).toBe('All 3 articles disagree: 49; 46.');
    expect(chartOf('campaign/civilians/killed')?.finding).toBe(
      'Wire One and Reprint Daily give figures that can both be true: at least 200; hundreds (vague). Not reported in Unidentified outlet (article w3).',
    );
  });

  it('never says "only" of an outlet others hidden by the filter also report', () => {
    // Reprint Daily alone is shown; Wire One and the unidentified w3 report the market toll too.
    const market = chartOf('market/civilians/killed', { outlets: ['reprint-daily'] });
    expect(market?.rows.map((r) => r.articleId)).toEqual(['w2']);
    expect(market?.finding).toBe(
      'In the whole corpus, all 3 articles disagree: 49; 46. Shown: 1 outlet; 2 hidden by the filter.',
    );
    expect(market?.finding).not.toMatch(/Only|\bagree:/);
    const campaign = chartOf('campaign/civilians/killed', { outlets: ['wire-one'] });
    expect(campaign?.finding).not.toContain('Only Wire One');
    expect(campaign?.finding).toMatch(/^In the whole corpus, Wire One and Reprint Daily give/);
    expect(campaign?.finding).toMatch(/Not reported in Unidentified outlet \(article w3\)\./);
    expect(campaign?.finding).toMatch(/Shown: 1 outlet; 2 hidden by the filter\.$/);
  });

  it('keeps the verdict whatever the filter shows', () => {
    for (const outlets of [[], ['wire-one'], ['reprint-daily'], ['wire-one', 'reprint-daily']]) {
      expect(chartOf('market/civilians/killed', { outlets })?.verdict).toBe('disagree');
    }
  });

  it('exports the same finding in the image as on the page', () => {
    const filters = { ...DEFAULT_FILTERS, outlets: ['reprint-daily'] };
    const chart = casualtyModel(casualtyFixture, filters).charts[0]!;
    const meta = chartExportMeta(casualtyFixture, filters, chart);
    expect(meta.subtitle).toBe(chart.finding);
    expect(meta.subtitle).toContain('2 hidden by the filter');
    expect(meta.filters).toEqual(['Outlets: Reprint Daily']);
  });

  it('fits in two lines of a desktop chart and its export (four at most at a phone’s width)', () => {
    const filterSets: Partial<Filters>[] = [
      {},
      { outlets: ['wire-one'] },
      { outlets: ['reprint-daily'] },
      { outlets: ['unidentified-w3'] },
      { outlets: ['wire-one', 'unidentified-w3'] },
    ];
    for (const filters of filterSets) {
      for (const chart of model(filters).charts) {
        // A chart on a 1280 px page is about 960 px wide, and so is the text of its export; the
        // narrowest export is 520 px wide, 472 px of text. Both at 13 px, widths over-estimated.
        expect(wrapText(chart.finding, 960, 13, false).length, chart.finding).toBeLessThanOrEqual(
          2,
        );
        expect(wrapText(chart.finding, 472, 13, false).length, chart.finding).toBeLessThanOrEqual(
          4,
        );
      }
    }
  });
});

describe('chartVerdict and chartFinding', () => {
  const row = (articleId: string, valueText: string, kind: ChartRow['kind']): ChartRow => {
    const number = Number(/\d+/.exec(valueText)?.[0] ?? NaN);
    const low = kind === 'vague' || Number.isNaN(number) ? null : number;
    const figures: Figure[] =
      kind === 'not-reported'
        ? []
        : [
            {
              id: `${articleId}-${valueText}`,
              articleId,
              start: 0,
              end: 1,
              quote: valueText,
              low: low ?? 200,
              high: kind === 'exact' ? low : null,
              qualifier: kind === 'lower-bound' ? 'at least' : null,
              vague: kind === 'vague',
              group: 'civilians',
              noun: null,
              outcome: 'killed',
              role: 'total',
              partOf: null,
              eventId: null,
              attributedTo: null,
              origin: 'auto',
            },
          ];
    return {
      key: `${articleId}-${valueText}`,
      articleId,
      outletId: `outlet-${articleId}`,
      articleLabel: `article ${articleId}`,
      shortLabel: `article ${articleId}`,
      labelParts: { outlet: `outlet ${articleId}`, detail: `article ${articleId}` },
      kind,
      low,
      high: kind === 'exact' ? low : null,
      valueText,
      attributedTo: null,
      role: kind === 'not-reported' ? null : 'total',
      partOf: null,
      parts: null,
      figures,
    };
  };

  it('says outlets disagree when two figures cannot both be true', () => {
    const rows = [
      row('1', '49', 'exact'),
      row('2', '46', 'exact'),
      row('3', 'not reported', 'not-reported'),
    ];
    expect(chartVerdict(rows)).toBe('disagree');
    expect(chartFinding(rows)).toBe(
      'article 1 and article 2 disagree: 49; 46. Not reported in article 3.',
    );
  });

  it('tells a difference that can be true from a disagreement', () => {
    const bound = [row('1', 'at least 32', 'lower-bound'), row('2', '32', 'exact')];
    expect(chartVerdict(bound)).toBe('differ');
    expect(chartFinding(bound)).toBe(
      'article 1 and article 2 give figures that can both be true: at least 32; 32.',
    );
    expect(chartVerdict([row('1', 'at least 200', 'lower-bound'), row('2', '180', 'exact')])).toBe(
      'disagree',
    );
  });

  it('says outlets agree, or that only one reports it', () => {
    expect(chartFinding([row('1', '49', 'exact'), row('2', '49', 'exact')])).toBe(
      'article 1 and article 2 agree: 49.',
    );
    expect(
      chartFinding([
        row('1', '49', 'exact'),
        row('2', 'not reported', 'not-reported'),
        row('3', 'not reported', 'not-reported'),
      ]),
    ).toBe('Only article 1 reports it: 49. Not reported in the other 2.');
  });

  it('names what the drawing shows when a filter hides outlets', () => {
    const rows = [row('1', '49', 'exact'), row('2', '49', 'exact')];
    expect(chartFinding(rows, { shownOutlets: 1, hiddenOutlets: 1 })).toBe(
      'In the whole corpus, article 1 and article 2 agree: 49. Shown: 1 outlet; 1 hidden by the filter.',
    );
    // Nothing hidden: no scope to state.
    expect(chartFinding(rows, { shownOutlets: 2, hiddenOutlets: 0 })).toBe(
      'article 1 and article 2 agree: 49.',
    );
    const three = [...rows, row('3', '49', 'exact')];
    expect(chartFinding(three, { shownOutlets: 1, hiddenOutlets: 2 })).toBe(
      'In the whole corpus, all 3 articles agree: 49. Shown: 1 outlet; 2 hidden by the filter.',
    );
  });

  it('lists numbers before vague words', () => {
    expect(
      chartFinding([
        row('1', 'hundreds (vague)', 'vague'),
        row('2', 'at least 200', 'lower-bound'),
      ]),
    ).toBe(
      'article 1 and article 2 give figures that can both be true: at least 200; hundreds (vague).',
    );
  });
});
