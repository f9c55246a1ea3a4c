import { describe, expect, it } from 'vitest';
import { fitLognormal } from '../../src/fit/index';
import { fromSpec, lognormal } from '../../src/random/index';
import { RandomStreams } from '../../src/random/streams';

function sample(mu: number, sigma: number, n: number, seed: number): Float64Array {
  const d = lognormal({ mu, sigma });
  const u = new RandomStreams(seed).stream('handle-time');
  return Float64Array.from({ length: n }, () => d.sample(u));
}

describe('fitLognormal()', () => {
  it('is the mean and the 1/n standard deviation of the logs', () => {
    const fit = fitLognormal([1, Math.E, Math.E ** 2]);
    expect(fit.mu).toBeCloseTo(1, 12);
    expect(fit.sigma).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(fit.mean).toBeCloseTo(Math.exp(1 + 1 / 3), 12);
    expect(fit.cv).toBeCloseTo(Math.sqrt(Math.expm1(2 / 3)), 12);
    expect(fit.spec).toEqual({ kind: 'lognormal', mean: fit.mean, cv: fit.cv });
    expect(fit.n).toBe(3);
  });

  for (const [mu, sigma] of [
    [5, 0.8],
    [3, 0.3],
    [6, 1.5],
  ] as const) {
    it(`recovers μ = ${mu}, σ = ${sigma} within 4 standard errors (n = 20,000)`, () => {
      const n = 20_000;
      const fit = fitLognormal(sample(mu, sigma, n, 11));
      // Standard errors of the normal MLE on the logs: σ/√n for μ̂, σ/√(2n) for σ̂.
      expect(Math.abs(fit.mu - mu)).toBeLessThan((4 * sigma) / Math.sqrt(n));
      expect(Math.abs(fit.sigma - sigma)).toBeLessThan((4 * sigma) / Math.sqrt(2 * n));
      // Its spec rebuilds the same distribution.
      const back = fromSpec(fit.spec);
      expect(back.mean).toBeCloseTo(fit.mean, 6);
    });
  }

  it('accepts plain arrays and typed arrays alike', () => {
    const xs = [3, 5, 9, 30];
    expect(fitLognormal(Float64Array.from(xs))).toEqual(fitLognormal(xs));
  });

  describe('errors', () => {
    it('rejects fewer than 2 samples', () => {
      expect(() => fitLognormal([5])).toThrow(new RangeError('fitLognormal: samples must hold at least 2 values, got 1'));
    });
    it('names a sample that is not positive and finite', () => {
      expect(() => fitLognormal([5, 0])).toThrow(new RangeError('fitLognormal: samples[1] must be a positive finite number, got 0'));
      expect(() => fitLognormal([-2, 5])).toThrow(/samples\[0\] .* got -2/);
      expect(() => fitLognormal([5, Infinity])).toThrow(/samples\[1\] .* got Infinity/);
    });
    it('rejects all-equal samples (σ = 0)', () => {
      expect(() => fitLognormal([7, 7, 7])).toThrow(/all 3 samples are equal \(7\)/);
    });
    it('names wrong types', () => {
      expect(() => fitLognormal(undefined as never)).toThrow(new TypeError('fitLognormal: samples must be an array of numbers, got undefined'));
      expect(() => fitLognormal([1, '2'] as never)).toThrow(new TypeError('fitLognormal: samples[1] must be a number, got "2"'));
    });
  });
});
