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
