import type { Corpus } from '../../corpus/schema.ts';
import type { UseFilters } from '../../filters/use-filters.ts';

/** What every dashboard view gets: the corpus and the shared, URL-backed filters. */
export interface ViewProps {
  corpus: Corpus;
  filters: UseFilters['filters'];
  setFilters: UseFilters['setFilters'];
}
