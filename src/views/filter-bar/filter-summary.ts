import type { Corpus } from '../../corpus/schema.ts';
import { applyFilters } from '../../filters/apply-filters.ts';
import type { Filters } from '../../filters/filters.ts';

/** How much of the corpus the filters let through. */
export interface FilterSummary {
  claims: { shown: number; total: number };
  articles: { shown: number; total: number };
  /** "Showing 2 of 4 claims, 1 of 3 articles". */
  text: string;
}

const counted = (shown: number, total: number, noun: string) =>
  `${shown} of ${total} ${total === 1 ? noun : `${noun}s`}`;

/** What the filters hide, counted the same way every view filters (`applyFilters`). */
export function summarizeFilters(corpus: Corpus, filters: Filters): FilterSummary {
  const visible = applyFilters(corpus, filters);
  const claims = { shown: visible.claims.length, total: corpus.claims.length };
  const articles = { shown: visible.articles.length, total: corpus.articles.length };
  return {
    claims,
    articles,
    text: `Showing ${counted(claims.shown, claims.total, 'claim')}, ${counted(articles.shown, articles.total, 'article')}`,
  };
}
