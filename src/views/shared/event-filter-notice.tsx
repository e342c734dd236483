import type { ReactNode } from 'react';
import type { ViewProps } from './view-props.ts';

interface Props {
  /** What the view says about the narrowing: "Showing figures for Millbrook market strike only." */
  children: ReactNode;
  setFilters: ViewProps['setFilters'];
}

/** Says that a chosen event narrows the view, with the one button that clears it. */
export function EventFilterNotice({ children, setFilters }: Props) {
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      {children}
      <button
        type="button"
        onClick={() => setFilters((f) => ({ ...f, event: null }))}
        className="rounded border border-sky-300 bg-white px-2 py-0.5 font-medium hover:bg-sky-100"
      >
        Show every event
      </button>
    </p>
  );
}
