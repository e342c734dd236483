import type { TextRange } from './types.ts';

/**
 * The index of the range that holds the offset `at` (start ≤ at < end), by binary search over
 * ranges in text order that do not overlap (sentences, outer quotations); -1 when none does.
 */
export function indexHolding(ranges: readonly TextRange[], at: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid];
    if (range === undefined) break;
    if (at < range.start) high = mid - 1;
    else if (at >= range.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
