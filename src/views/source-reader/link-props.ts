import type { MouseEvent } from 'react';
import { serializeFilters, type Filters } from '../../filters/filters.ts';
import type { ViewProps } from '../shared/view-props.ts';

/**
 * An anchor's props that go to `target`: its address (so it can be opened in a new tab or shared)
 * and, for a plain click, the view changed in place after `before` has run.
 */
export function linkProps(
  setFilters: ViewProps['setFilters'],
  target: Filters,
  before: () => void = () => {},
) {
  return {
    href: `?${serializeFilters(target)}`,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      before();
      setFilters(() => target);
    },
  };
}
