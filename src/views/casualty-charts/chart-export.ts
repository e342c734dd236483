import type { Corpus } from '../../corpus/schema.ts';
import type { ChartExportMeta } from '../../export/chart-to-svg.ts';
import { describeFilters, sourceLine } from '../../export/export-context.ts';
import type { Filters } from '../../filters/filters.ts';
import type { CasualtyChart } from './casualty-data.ts';

/**
 * What an exported chart says about itself, from the same model as the page: its title, its
 * finding (true of the whole corpus, and saying what the filter hides), the filters and the source.
 */
export function chartExportMeta(
  corpus: Corpus,
  filters: Filters,
  chart: CasualtyChart,
): ChartExportMeta {
  return {
    title: chart.title,
    subtitle: chart.finding,
    filters: describeFilters(corpus, filters),
    source: sourceLine(corpus, [...new Set(chart.rows.map((r) => r.articleId))]),
  };
}
