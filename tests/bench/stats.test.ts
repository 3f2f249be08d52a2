import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, stats } from '../../bench/stats';

describe('benchmark statistics', () => {
  it('median of an odd and an even count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('p95 is nearest-rank: one slow outlier in 20 samples is not the p95', () => {
    const samples = [...Array.from({ length: 19 }, (_, i) => i + 1), 1000];
    expect(percentile(samples, 0.95)).toBe(19);
    expect(stats(samples)).toEqual({ median: 10.5, p95: 19, n: 20 });
  });

  it('p95 of 100 samples is the 95th smallest', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 0.95)).toBe(95);
  });

  it('no samples give NaN rather than a made-up zero', () => {
    expect(stats([]).median).toBeNaN();
    expect(stats([]).p95).toBeNaN();
  });

  it('ratio below 1 means the engine is faster', () => {
    expect(ratio({ median: 1, p95: 3, n: 5 }, { median: 4, p95: 2, n: 5 })).toEqual({ median: 0.25, p95: 1.5 });
  });
});
