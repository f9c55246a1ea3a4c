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
