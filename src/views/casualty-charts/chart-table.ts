import type { Figure } from '../../corpus/schema.ts';
import type { DataTable } from '../../export/to-csv.ts';
import type { CasualtyChart, ChartRow } from './casualty-data.ts';

/** One line of a chart's data table: one figure an article cites, or one article that cites none. */
export interface ChartTableLine {
  key: string;
  row: ChartRow;
  /** The span behind the value; null for "not reported". */
  figure: Figure | null;
}

/** The lines of a chart's data table, in bar order: each figure on its own line with its quote. */
export function chartTableLines(chart: CasualtyChart): ChartTableLine[] {
  return chart.rows.flatMap((row): ChartTableLine[] =>
    row.figures.length === 0
      ? [{ key: row.key, row, figure: null }]
      : row.figures.map((figure) => ({ key: `${row.key}/${figure.id}`, row, figure })),
  );
}

const KIND_WORDS: Record<ChartRow['kind'], string> = {
  exact: 'exact',
  range: 'range',
  'lower-bound': 'lower bound',
  approximate: 'approximate',
  vague: 'vague',
  'not-reported': 'not reported',
};

/** How a figure kind reads in a table: "lower bound", "not reported". */
export function kindWords(kind: ChartRow['kind']): string {
  return KIND_WORDS[kind];
}

const COLUMNS = [
  { key: 'chart', label: 'Chart' },
  { key: 'event', label: 'Event' },
  { key: 'group', label: 'Group' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'article', label: 'Article' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'figure', label: 'Figure as cited' },
  { key: 'kind', label: 'Kind' },
  { key: 'low', label: 'Low' },
  { key: 'high', label: 'High' },
  { key: 'qualifier', label: 'Qualifier' },
  { key: 'attributedTo', label: 'Attributed to' },
  { key: 'quote', label: 'Quote' },
  { key: 'start', label: 'Start offset' },
  { key: 'end', label: 'End offset' },
  { key: 'origin', label: 'Origin' },
];

/**
 * The data behind charts as a table, one line per table line of each chart. A vague figure has
 * no low or high (its number is a convention); a figure not reported has no value at all.
 */
export function chartsTable(charts: readonly CasualtyChart[]): DataTable {
  return {
    columns: COLUMNS,
    rows: charts.flatMap((chart) =>
      chartTableLines(chart).map(({ row, figure }) => ({
        chart: chart.title,
        event: chart.event?.id ?? null,
        group: chart.group,
        outcome: chart.outcome,
        article: row.articleId,
        outlet: row.outletId,
        figure: row.valueText,
        kind: kindWords(row.kind),
        low: figure && !figure.vague ? figure.low : null,
        high: figure && !figure.vague ? figure.high : null,
        qualifier: figure?.qualifier ?? null,
        attributedTo: figure?.attributedTo ?? null,
        quote: figure?.quote ?? null,
        start: figure?.start ?? null,
        end: figure?.end ?? null,
        origin: figure?.origin ?? null,
      })),
    ),
  };
}
