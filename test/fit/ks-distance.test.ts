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

  it('finds the gap just below a step when the CDF runs above the empirical one', () => {
    // At 0.95 the empirical CDF is 1/2 just below and 1 at it: the gaps are 0.45 and 0.05; at 0.1 they are 0.1 and 0.4.
    expect(ksDistance([0.95, 0.1], uniform01)).toBeCloseTo(0.45, 12);
  });

  it('accepts CDF values of exactly 0 and 1', () => {
    expect(ksDistance([0.5], () => 0)).toBe(1);
    expect(ksDistance([0.5], () => 1)).toBe(1);
  });

  it('evaluates the CDF once per distinct sample, in increasing order', () => {
    const asked: number[] = [];
    const d = ksDistance([3, 1, 3, 3, 2], (x) => {
      asked.push(x);
      return uniform01(x / 4);
    });
    expect(asked).toEqual([1, 2, 3]);
    // Fₙ: 1/5 at 1, 2/5 at 2, 1 at 3; F: 1/4, 1/2, 3/4. F − Fₙ just below: 1/4, 3/10, 7/20; Fₙ − F at: −1/20, −1/10, 1/4.
    expect(d).toBeCloseTo(0.35, 12);
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
      expect(() => ksDistance([0.5], () => -0.1)).toThrow(new RangeError('ksDistance: cdf(0.5) must be a number in [0, 1], got -0.1'));
      expect(() => ksDistance([0.5], () => '0.5' as never)).toThrow(new RangeError('ksDistance: cdf(0.5) must be a number in [0, 1], got 0.5'));
    });
    it('rejects a cdf that is not a function', () => {
      expect(() => ksDistance([0.5], 3 as never)).toThrow(new TypeError('ksDistance: cdf must be a function, got number'));
    });
  });
});
