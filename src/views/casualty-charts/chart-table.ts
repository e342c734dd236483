import type { Figure } from '../../corpus/schema.ts';
import type { DataTable } from '../../export/to-csv.ts';
import { figureAmount, figureKind } from '../../wording/figure-wording.ts';
import type { CasualtyChart, ChartRow, OtherNumber } from './casualty-data.ts';

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
  vague: 'vague: no number given',
  'not-reported': 'not reported',
};

/** How a figure kind reads in a table: "lower bound", "not reported". */
export function kindWords(kind: ChartRow['kind']): string {
  return KIND_WORDS[kind];
}

/** What a row counts, in a table: "total", "total, of which 32 children", "part of at least 46 civilians". */
export function rowRoleWords(row: ChartRow): string {
  if (row.role === null) return '—';
  if (row.role === 'part') return row.partOf ?? 'part of a total';
  return row.parts ? `total, ${row.parts}` : 'total';
}

/** The heading of the list of numbers that are not tolls, on the page and in the exported data. */
export const OTHER_NUMBERS = 'Other numbers in the articles';

const COLUMNS = [
  { key: 'chart', label: 'Chart' },
  { key: 'event', label: 'Event' },
  { key: 'group', label: 'Group' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'article', label: 'Article' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'figure', label: 'Figure as cited' },
  { key: 'kind', label: 'Kind' },
  { key: 'role', label: 'Role' },
  { key: 'countsAs', label: 'What it counts' },
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
 * The data behind charts as a table, one line per table line of each chart, then (when given) one
 * line per other number. A vague figure has no low or high (its number is a convention); a figure
 * not reported has no value at all.
 */
export function chartsTable(
  charts: readonly CasualtyChart[],
  others: readonly OtherNumber[] = [],
): DataTable {
  return {
    columns: COLUMNS,
    rows: [
      ...charts.flatMap((chart) =>
        chartTableLines(chart).map(({ row, figure }) => ({
          chart: chart.title,
          event: chart.event?.id ?? null,
          group: chart.group,
          outcome: chart.outcome,
          article: row.articleId,
          outlet: row.outletId,
          figure: row.valueText,
          kind: kindWords(row.kind),
          role: figure?.role ?? null,
          countsAs: rowRoleWords(row),
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
      ...others.map(({ figure, role, outletId }) => ({
        chart: OTHER_NUMBERS,
        event: figure.eventId,
        group: figure.group,
        outcome: figure.outcome,
        article: figure.articleId,
        outlet: outletId,
        figure: figureAmount(figure),
        kind: kindWords(figureKind(figure)),
        role: figure.role,
        countsAs: role,
        low: figure.vague ? null : figure.low,
        high: figure.vague ? null : figure.high,
        qualifier: figure.qualifier,
        attributedTo: figure.attributedTo,
        quote: figure.quote,
        start: figure.start,
        end: figure.end,
        origin: figure.origin,
      })),
    ],
  };
}
