import type { Corpus } from '../corpus/schema.ts';
import type { Filters } from '../filters/filters.ts';
import { canvasMeasure, pageStyle } from './chart-to-svg.ts';
import { composeSvg } from './compose-svg.ts';
import { describeFilters, sourceLine } from './export-context.ts';
import { ExportMenu } from './export-menu.tsx';
import {
  matrixLegend,
  matrixSelection,
  matrixSvg,
  matrixTable,
  type MatrixRowNote,
} from './matrix-svg.ts';

interface MatrixExportMenuProps {
  corpus: Corpus;
  filters: Filters;
  /** The claims in the order the page shows them; the filter order when not given. */
  claimIds?: readonly string[];
  /** The articles in the order the page shows them. */
  articleIds?: readonly string[];
  /** What the page's row headers say of each claim (grade, counts, denials, totals), by claim id. */
  notes?: ReadonlyMap<string, MatrixRowNote>;
  /** The rules the legend states (grades, sources, totals, the machine's measure), one each. */
  rules?: readonly string[];
}

/**
 * Exports the claim matrix as the filters show it: a PNG and SVG drawn from the data (claims as
 * rows, articles as columns, the stance marks of the matrix legend), and its cells as CSV and JSON.
 */
export function MatrixExportMenu({
  corpus,
  filters,
  claimIds,
  articleIds,
  notes,
  rules,
}: MatrixExportMenuProps) {
  const selection = () => matrixSelection(corpus, filters, { claimIds, articleIds }, notes);
  const event = corpus.events.find((e) => e.id === filters.event);
  const meta = (articles: readonly { id: string }[]) => ({
    filters: describeFilters(corpus, filters),
    source: sourceLine(
      corpus,
      articles.map((a) => a.id),
    ),
  });
  return (
    <ExportMenu
      label="the claim matrix"
      fileParts={[
        'claim-matrix',
        event ? (event.kind === 'strike' ? (event.place?.name ?? event.label) : event.label) : null,
        event ? event.date : corpus.referenceDate,
      ]}
      image={() => {
        const chosen = selection();
        const style = pageStyle();
        const measure = canvasMeasure(style.fontFamily);
        return composeSvg({
          title: 'Claim matrix: which outlet carries which claim, and in whose voice',
          subtitle: `${chosen.claims.length} claims × ${chosen.articles.length} articles`,
          ...meta(chosen.articles),
          legend: matrixLegend(undefined, { stanceFilter: filters.stances.length > 0 }),
          notes: rules,
          chart: matrixSvg(corpus, chosen, { measure }),
          style,
          measure,
        });
      }}
      data={() => {
        const chosen = selection();
        return {
          ...matrixTable(corpus, chosen),
          title: 'Claim matrix',
          ...meta(chosen.articles),
        };
      }}
    />
  );
}
