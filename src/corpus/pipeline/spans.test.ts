import { describe, expect, it } from 'vitest';
import { countBefore, indexHolding, lastHolding } from './spans.ts';

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

describe('lastHolding', () => {
  // Quotations within quotations, in text order by start: [0, 30) holds [4, 12), which holds
  // [6, 9); [20, 26) sits in the outer one after the first inner one closes; [40, 50) stands apart.
  const nested = [
    { start: 0, end: 30 },
    { start: 4, end: 12 },
    { start: 6, end: 9 },
    { start: 20, end: 26 },
    { start: 40, end: 50 },
  ];

  it('finds the innermost range that holds a span, as a scan from the end would', () => {
    for (let start = 0; start <= 52; start++) {
      for (let end = start + 1; end <= 52; end++) {
        const scanned = nested.findLastIndex((r) => r.start <= start && end <= r.end);
        expect(lastHolding(nested, start, end)).toBe(scanned);
      }
    }
  });

  it('walks back past inner ranges that end too soon to the one that holds the span', () => {
    expect(lastHolding(nested, 7, 8)).toBe(2);
    expect(lastHolding(nested, 7, 11)).toBe(1);
    expect(lastHolding(nested, 14, 16)).toBe(0);
    expect(lastHolding(nested, 22, 28)).toBe(0);
    expect(lastHolding(nested, 28, 42)).toBe(-1);
    expect(lastHolding([], 3, 4)).toBe(-1);
  });
});
