import { describe, expect, it } from 'vitest';
import { ksDistance } from '../../src/fit/index';
import { exponential } from '../../src/random/index';
import { RandomStreams } from '../../src/random/streams';

const uniform01 = (x: number): number => Math.min(1, Math.max(0, x));

describe('ksDistance()', () => {
  it('is the largest gap between the empirical and the given CDF, on both sides of each step', () => {
    expect(ksDistance([0.5], uniform01)).toBe(0.5);
    expect(ksDistance([0.25, 0.75], uniform01)).toBe(0.25);
    expect(ksDistance([0.9, 0.1, 0.2], uniform01)).toBeCloseTo(Math.max(0.1, 2 / 3 - 0.2, 0.9 - 2 / 3, 1 - 0.9), 12);
  });

  it('treats tied samples as one jump of the empirical CDF', () => {
    // Fₙ jumps from 0 to 1 at x = 1, where F = 0.5.
    expect(ksDistance([1, 1], (x) => uniform01(x / 2))).toBe(0.5);
  });

  const n = 5_000;
  const data = (() => {
    const d = exponential({ mean: 100 });
    const u = new RandomStreams(3).stream('ks');
    return Float64Array.from({ length: n }, () => d.sample(u));
  })();
  // Kolmogorov critical value at α = 0.001: 1.95/√n.
  const critical = 1.95 / Math.sqrt(n);

  it('stays below the 0.1 % critical value for the true distribution', () => {
    const truth = exponential({ mean: 100 });
    expect(ksDistance(data, (x) => truth.cdf(x))).toBeLessThan(critical);
  });

  it('exceeds it for a wrong distribution', () => {
    const wrong = exponential({ mean: 130 });
    expect(ksDistance(data, (x) => wrong.cdf(x))).toBeGreaterThan(critical);
  });

  describe('errors', () => {
    it('rejects no samples and non-finite samples', () => {
      expect(() => ksDistance([], uniform01)).toThrow(new RangeError('ksDistance: samples must not be empty, got no samples'));
      expect(() => ksDistance([0.1, Number.NaN], uniform01)).toThrow(new RangeError('ksDistance: samples[1] must be a finite number, got NaN'));
    });
    it('rejects a CDF value outside [0, 1]', () => {
      expect(() => ksDistance([0.5], () => 2)).toThrow(new RangeError('ksDistance: cdf(0.5) must be a number in [0, 1], got 2'));
      expect(() => ksDistance([0.5], () => Number.NaN)).toThrow(/got NaN/);
    });
    it('rejects a cdf that is not a function', () => {
      expect(() => ksDistance([0.5], 3 as never)).toThrow(new TypeError('ksDistance: cdf must be a function, got number'));
    });
  });
});
