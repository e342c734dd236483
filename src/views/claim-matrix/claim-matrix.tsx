import { useMemo } from 'react';
import {
  DEFAULT_FILTERS,
  parseFilters,
  serializeFilters,
  SortSchema,
  type Filters,
  type Sort,
} from '../../filters/filters.ts';
import { MatrixExportMenu } from '../../export/matrix-export-menu.tsx';
import type { ViewProps } from '../shared/view-props.ts';
import type { MatrixRowNote } from '../../export/matrix-svg.ts';
import { GRADE_RULES, GRADE_WORDS, GRADES } from './claim-grade.ts';
import { buildClaimMatrix } from './claim-matrix-model.ts';
import { MACHINE_MEASURED, SOURCES_RULE, TOTALS_RULE } from './legend-words.ts';
import { MatrixGrid } from './matrix-grid.tsx';
import { MatrixLegend } from './matrix-legend.tsx';
import { matrixSummary } from './matrix-summary.ts';
import { rowWords } from './row-words.ts';

/** The rules an exported matrix states under its legend, as the page's legend states them. */
const EXPORT_RULES = [
  ...GRADES.filter((grade) => grade !== 'no-source').map(
    (grade) => `${GRADE_WORDS[grade]}: ${GRADE_RULES[grade]} (over all articles)`,
  ),
  `sources: ${SOURCES_RULE}`,
  `total: ${TOTALS_RULE}`,
  MACHINE_MEASURED,
];

const SORT_LABELS: Record<Sort, string> = {
  category: 'Category',
  coverage: 'Coverage (outlets carrying it)',
  disagreement: 'Disagreement',
};

/** The part of the view the matrix's rows and columns depend on (not the open cell or tab). */
function matrixKey(filters: Filters): string {
  const { outlets, claims, categories, stances, q, event, sort } = filters;
  return serializeFilters({
    ...DEFAULT_FILTERS,
    outlets,
    claims,
    categories,
    stances,
    q,
    event,
    sort,
  });
}

/** Which outlet carries which claim and how: one row per claim, one column per article. */
export function ClaimMatrix({ corpus, filters, setFilters }: ViewProps) {
  const key = matrixKey(filters);
  // Derived once per change of the filters, not when a cell opens or closes.
  const model = useMemo(() => buildClaimMatrix(corpus, parseFilters(key).filters), [corpus, key]);
  const summary = useMemo(
    () => matrixSummary(corpus, parseFilters(key).filters, model),
    [corpus, key, model],
  );
  // What each row header says, handed to the export so the files say the same.
  const notes = useMemo(
    () =>
      new Map(
        model.rows.map((row): [string, MatrixRowNote] => {
          const words = rowWords(row, model.groups.length);
          return [
            row.claim.id,
            {
              grade: words.gradeWords,
              why: words.why,
              counts: words.counts,
              outlets: row.outlets,
              outletCount: model.groups.length,
              sources: row.sources,
              sourcesInAll: row.sourcing.sources,
              disputing: row.disputing,
              disputes: words.disputes,
              discrepancies: row.discrepancies.map((d) => d.subject),
              totals: words.totals,
            },
          ];
        }),
      ),
    [model],
  );

  return (
    <section aria-labelledby="claim-matrix-heading">
      <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
        <h2
          id="claim-matrix-heading"
          tabIndex={-1}
          className="text-lg font-semibold text-slate-950"
        >
          Claim matrix
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            Sort claims by
            <select
              value={filters.sort}
              onChange={(event) => {
                const sort = SortSchema.parse(event.target.value);
                setFilters((current) => ({ ...current, sort }));
              }}
              className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-950"
            >
              {SortSchema.options.map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
          <MatrixExportMenu
            corpus={corpus}
            filters={filters}
            claimIds={model.rows.map((row) => row.claim.id)}
            articleIds={model.columns.map((column) => column.article.id)}
            notes={notes}
            rules={EXPORT_RULES}
          />
        </div>
      </div>
      <p id="claim-matrix-summary" className="mb-2 text-sm text-slate-800">
        {summary}
      </p>
      <MatrixLegend stanceFilter={filters.stances.length > 0} />
      {model.rows.length === 0 || model.columns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-center text-slate-800">
          {corpus.claims.length === 0
            ? // Not the filters' doing: saying "reset the filters" here would send a person to look
              // for something that is not there.
              'This story has no claims yet: the machine found none these articles share or that one alone makes a check-worthy point of, and no curated claim defines one. Its figures, dates and quotes are in the other views and the source reader.'
            : `No ${model.rows.length === 0 ? 'claims' : 'articles'} match the filters. Reset the filters to see the whole matrix.`}
        </p>
      ) : (
        <MatrixGrid
          model={model}
          openCell={filters.cell}
          onOpen={(cell) =>
            setFilters((current) => ({
              ...current,
              cell: { claimId: cell.claim.id, articleId: cell.column.article.id },
              article: cell.column.article.id,
              highlight: null,
            }))
          }
          onClose={() =>
            setFilters((current) => ({ ...current, cell: null, article: null, highlight: null }))
          }
        />
      )}
    </section>
  );
}
