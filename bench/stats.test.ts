import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats.ts';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('takes the mean of the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses no samples and non-numbers rather than reporting a made-up figure', () => {
    expect(() => median([])).toThrow('no samples');
    expect(() => median([1, Number.NaN])).toThrow('finite');
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    const samples = Array.from({ length: 21 }, (_, i) => i * 10); // 0, 10, …, 200
    expect(percentile(samples, 95)).toBe(190);
    expect(percentile([1, 2], 95)).toBeCloseTo(1.95);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('lets one slow sample in twenty show at the 95th percentile', () => {
    const samples = [...Array.from({ length: 19 }, () => 10), 200];
    expect(percentile(samples, 95)).toBeCloseTo(19.5);
    expect(median(samples)).toBe(10);
  });

  it('refuses a percentile outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow('between 0 and 100');
  });
});

describe('summarize', () => {
  it('reports the median with the spread, and keeps the samples in the order taken', () => {
    expect(summarize([30, 10, 20])).toEqual({
      n: 3,
      median: 20,
      min: 10,
      max: 30,
      p95: 29,
      samples: [30, 10, 20],
    });
  });
});
