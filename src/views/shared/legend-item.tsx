import type { ReactNode } from 'react';
import { LEGEND_ENTRY, LEGEND_KEY } from '../../export/chart-to-svg.ts';

interface Props {
  /** The entry's words, on the page and in an exported image. */
  label: string;
  /** Stable within its legend: what an export matches the entry by. */
  legendKey: string;
  swatch: ReactNode;
}

/** One legend entry, its swatch then its words, marked so an export draws the same entry. */
export function LegendItem({ label, legendKey, swatch }: Props) {
  return (
    <li
      className="flex items-center gap-1.5"
      {...{ [LEGEND_ENTRY]: label, [LEGEND_KEY]: legendKey }}
    >
      {swatch}
      {label}
    </li>
  );
}

/** A 16 px drawing to stand as a legend entry's swatch. */
export function LegendSwatch({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {children}
    </svg>
  );
}
