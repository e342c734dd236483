import { describe, expect, it } from 'vitest';
import { countBefore, indexHolding } from './spans.ts';

// Three ranges in text order with gaps between them: [2, 5), [7, 9), [9, 14).
const ranges = [
  { start: 2, end: 5 },
  { start: 7, end: 9 },
  { start: 9, end: 14 },
];

describe('indexHolding', () => {
  it('finds the range that holds an offset, and none in a gap or past the end', () => {
    expect([0, 2, 4, 5, 6, 8, 9, 13, 14].map((at) => indexHolding(ranges, at))).toEqual([
      -1, 0, 0, -1, -1, 1, 2, 2, -1,
    ]);
    expect(indexHolding([], 3)).toBe(-1);
  });
});

describe('countBefore', () => {
  it('counts the leading items a test holds for, as a scan from the start would', () => {
    for (let at = 0; at <= 15; at++) {
      const before = (r: { start: number }) => r.start < at;
      const scanned = ranges.findIndex((r) => !before(r));
      expect(countBefore(ranges, before)).toBe(scanned === -1 ? ranges.length : scanned);
    }
  });

  it('is 0 for no items and the length when the test holds for all', () => {
    expect(countBefore([], () => true)).toBe(0);
    expect(countBefore(ranges, () => true)).toBe(3);
    expect(countBefore(ranges, () => false)).toBe(0);
  });
});
