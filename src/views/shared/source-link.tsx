import type { ReactNode } from 'react';
import { serializeFilters, type Filters } from '../../filters/filters.ts';
import type { ViewProps } from './view-props.ts';

interface SourceLinkProps {
  filters: Filters;
  setFilters: ViewProps['setFilters'];
  /** The words to show: an article and a range of its text. */
  span: { articleId: string; start: number; end: number };
  children: ReactNode;
  className?: string;
}

/**
 * A link to the words behind a value: it opens the article in the source reader with the span
 * highlighted (in the URL, so it can be shared or opened in a new tab), keeping the current view.
 */
export function SourceLink({ filters, setFilters, span, children, className }: SourceLinkProps) {
  const target: Filters = {
    ...filters,
    article: span.articleId,
    highlight: span.end > span.start ? { start: span.start, end: span.end } : null,
  };
  return (
    <a
      href={`?${serializeFilters(target)}`}
      className={
        className ??
        'text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800'
      }
      onClick={(event) => {
        // A new tab or window gets the address; a plain click opens the reader in place.
        if (
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        ) {
          return;
        }
        event.preventDefault();
        setFilters(() => target);
      }}
    >
      {children}
    </a>
  );
}
