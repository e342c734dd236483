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

/**
 * The number of leading items for which `before` holds, by binary search: the index of the first
 * item it fails for, or the length when it holds for all. `before` must hold for a prefix of the
 * items and for none after it, as "starts before x" does over items in text order.
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (item !== undefined && before(item)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The index of the last range, in the ranges' order, that holds all of [start, end); -1 when
 * none does. The ranges are in text order by start and may nest (quotations within quotations),
 * so of the ranges that hold the span this is the one that starts last: the innermost. A binary
 * search finds the last range starting by `start`, and a walk back from it, past ranges that end
 * too soon, stops at the first that reaches `end`.
 */
export function lastHolding(ranges: readonly TextRange[], start: number, end: number): number {
  for (let i = countBefore(ranges, (range) => range.start <= start) - 1; i >= 0; i--) {
    if (end <= (ranges[i]?.end ?? -Infinity)) return i;
  }
  return -1;
}
