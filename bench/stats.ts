/** Summary statistics for timings: small, exact definitions, so reports can say what they mean. */

export interface Stats {
  median: number;
  /** Nearest-rank 95th percentile: the smallest sample at or above 95% of the samples. */
  p95: number;
  n: number;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (q in 0..1): with 20 samples, p95 is the 19th smallest, not the maximum. */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

export function stats(samples: readonly number[]): Stats {
  return { median: median(samples), p95: percentile(samples, 0.95), n: samples.length };
}

/** Ours over theirs: below 1 means we are faster. */
export function ratio(ours: Stats, theirs: Stats): { median: number; p95: number } {
  return { median: ours.median / theirs.median, p95: ours.p95 / theirs.p95 };
}
