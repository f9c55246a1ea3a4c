import { describe, expect, it } from 'vitest';
import { quantileRank, sampleQuantile } from '../../../src/metrics/stats/index';
import { exactQuantile, makeRng } from './helpers';

describe('quantileRank() and sampleQuantile()', () => {
  it('snaps decimal products such as 0.07 · 100 to the intended integer rank', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(quantileRank(0.07, 100)).toBe(7);
    expect(quantileRank(0.95, 9973)).toBeCloseTo(9474.35, 9);
  });

  it('agrees with the rational-rank reference on random samples', () => {
    const rng = makeRng('sample-quantile');
    for (const n of [1, 2, 3, 10, 99, 100, 101, 1000, 9973]) {
      const values = Array.from({ length: n }, () => Math.floor(rng() * 50));
      const sorted = [...values].sort((a, b) => a - b);
      for (let percent = 0; percent <= 100; percent++) {
        expect(sampleQuantile(values, percent / 100), `n=${n} p${percent}`).toBe(exactQuantile(sorted, percent, 100));
      }
    }
  });

  it('returns 0 for an empty sample and rejects bad input', () => {
    expect(sampleQuantile([], 0.5)).toBe(0);
    expect(() => sampleQuantile([1], 2)).toThrow(/q must be in \[0, 1\]/);
    expect(() => sampleQuantile([1, Number.NaN], 0.5)).toThrow(/values\[1\]/);
  });
});

describe('sampleQuantile() by hand', () => {
  it('takes the value at rank max(1, ceil(q·n)) of a tiny sample: 3, 1, 4, 1, 5', () => {
    // sorted 1, 1, 3, 4, 5: q = 0 → rank 1; 0.2 → 1; 0.21 → 2 (1.05 up); 0.5 → 3 (2.5 up); 0.8 → 4; 0.81 → 5; 1 → 5
    const values = [3, 1, 4, 1, 5];
    expect([0, 0.2, 0.21, 0.5, 0.6, 0.8, 0.81, 1].map((q) => sampleQuantile(values, q))).toEqual([1, 1, 1, 3, 3, 4, 5, 5]);
    expect(values).toEqual([3, 1, 4, 1, 5]);
  });

  it('names the function and the argument of bad input', () => {
    expect(() => sampleQuantile([1], Number.NaN)).toThrow(/^sampleQuantile: q must be a finite number, got NaN$/);
    expect(() => sampleQuantile([1], -0.5)).toThrow(/^sampleQuantile: q must be in \[0, 1\], got -0.5$/);
    expect(() => sampleQuantile([1, Infinity], 0.5)).toThrow(/^sampleQuantile: values\[1\] must be a finite number, got Infinity$/);
  });
});
