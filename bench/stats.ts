/** A set of repeated measurements, summarised: the median with the spread the machine gave. */
export interface Summary {
  /** How many samples. */
  n: number;
  median: number;
  min: number;
  max: number;
  /** 95th percentile (linear interpolation between closest ranks). */
  p95: number;
  /** The raw samples, in the order they were taken, so a reader can see drift. */
  samples: number[];
}

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples to summarise');
  if (samples.some((value) => !Number.isFinite(value))) {
    throw new Error(`samples must be finite numbers, got ${samples.join(', ')}`);
  }
  return [...samples].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) of the samples, interpolating linearly between closest ranks (the
 * same definition as NumPy's default and spreadsheet PERCENTILE.INC); throws on no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be between 0 and 100, got ${p}`);
  const values = sorted(samples);
  const rank = (p / 100) * (values.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = values[below] ?? 0;
  const high = values[above] ?? low;
  return low + (high - low) * (rank - below);
}

/** The median: the middle sample, or the mean of the two middle ones; throws on no samples. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Median, minimum, maximum and 95th percentile of the samples; throws on no samples. */
export function summarize(samples: readonly number[]): Summary {
  const values = sorted(samples);
  return {
    n: values.length,
    median: median(values),
    min: values[0] ?? 0,
    max: values[values.length - 1] ?? 0,
    p95: percentile(values, 95),
    samples: [...samples],
  };
}
