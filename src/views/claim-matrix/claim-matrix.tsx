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
import type { ViewProps } from '../view-props.ts';
import { buildClaimMatrix } from './claim-matrix-model.ts';
import { MatrixGrid } from './matrix-grid.tsx';
import { MatrixLegend } from './matrix-legend.tsx';

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

  return (
    <section aria-labelledby="claim-matrix-heading">
      <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
        <h2 id="claim-matrix-heading" className="text-lg font-semibold text-slate-950">
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
          />
        </div>
      </div>
      <MatrixLegend stanceFilter={filters.stances.length > 0} />
      {model.rows.length === 0 || model.columns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-center text-slate-800">
          No {model.rows.length === 0 ? 'claims' : 'articles'} match the filters. Reset the filters
          to see the whole matrix.
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
