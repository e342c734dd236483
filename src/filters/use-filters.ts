import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Corpus } from '../corpus/schema.ts';
import { parseFilters, serializeFilters, type Filters, type ParsedFilters } from './filters.ts';

const LOCATION_CHANGE = 'factcheck:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;
/**
 * The prerendered page is the address without a query, so the first render in the browser reads
 * that too; React then re-renders with the real query.
 */
const getPrerenderedSearch = () => '';

/** The address's query ("?view=timeline", or ""), kept in step with history as React state. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getPrerenderedSearch);
}

/**
 * Goes to another query of this page (without "?") as a new history entry, or in place of the
 * current one, and tells every reader of the address.
 */
export function navigateToSearch(search: string, options: SetFiltersOptions = {}): void {
  const url = `${window.location.pathname}${search === '' ? '' : `?${search}`}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}

export interface SetFiltersOptions {
  /** Replace the current history entry instead of adding one (typing in a search box). */
  replace?: boolean;
}

export interface UseFilters extends ParsedFilters {
  setFilters: (update: (current: Filters) => Filters, options?: SetFiltersOptions) => void;
}

/**
 * The dashboard's view, read from and written to the URL: every change is a history entry, so Back
 * and Forward step through views, and a copied address opens the same view.
 */
export function useFilters(corpus: Corpus): UseFilters {
  const search = useLocationSearch();
  const parsed = useMemo(() => parseFilters(search, corpus), [search, corpus]);
  const { filters } = parsed;

  const setFilters = useCallback(
    (update: (current: Filters) => Filters, options: SetFiltersOptions = {}) => {
      navigateToSearch(serializeFilters(update(filters)), options);
    },
    [filters],
  );

  return { ...parsed, setFilters };
}
