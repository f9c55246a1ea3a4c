import { describe, expect, it } from 'vitest';
import { lognormal } from '../../src/random/distributions/lognormal';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('lognormal()', () => {
  it('from { mean, cv } has that mean and variance (cv·mean)²', () => {
    const d = lognormal({ mean: 300, cv: 0.8 });
    expectClose(d.mean, 300, 1e-13);
    expectClose(d.variance, (0.8 * 300) ** 2, 1e-12);
  });

  it('from { mu, sigma } has mean e^(μ+σ²/2) and variance (e^σ² − 1)e^(2μ+σ²)', () => {
    const d = lognormal({ mu: 1, sigma: 0.5 });
    expectClose(d.mean, Math.exp(1.125), 1e-13);
    expectClose(d.variance, (Math.exp(0.25) - 1) * Math.exp(2.25), 1e-12);
  });

  it('samples match the moments and the CDF', () => {
    expectSampleMatches(lognormal({ mean: 300, cv: 0.8 }), { mean: 300, variance: 240 ** 2 }, 40_000, 'lognormal');
    expectSampleMatches(
      lognormal({ mu: 1, sigma: 0.5 }),
      { mean: Math.exp(1.125), variance: (Math.exp(0.25) - 1) * Math.exp(2.25) },
      20_000,
      'lognormal mu sigma',
    );
  });

  it('has its median at mean/√(1 + cv²) and CDF 0 at and below 0', () => {
    const d = lognormal({ mean: 300, cv: 0.8 });
    expectClose(d.cdf(300 / Math.sqrt(1.64)), 0.5, 1e-13);
    expectClose(lognormal({ mu: 2, sigma: 1 }).cdf(Math.exp(3)), 0.8413447460685429, 1e-13);
    expect(d.cdf(0)).toBe(0);
  });

  it('keeps the parameters as given', () => {
    expect(lognormal({ mean: 300, cv: 0.8 }).params).toEqual({ mean: 300, cv: 0.8 });
  });

  it('validates its parameters', () => {
    expect(thrown(() => lognormal({ mean: 300, cv: -0.5 })).message).toBe(
      'lognormal: cv must be a positive finite number, got -0.5',
    );
    expect(thrown(() => lognormal({ mean: 300, sigma: 1 } as never)).message).toBe(
      'lognormal: give exactly one of { mean, cv } or { mu, sigma }, got mean, sigma',
    );
    expect(thrown(() => lognormal({ mean: 300, cv: 1, sd: 2 } as never)).message).toBe(
      "lognormal: unknown parameter 'sd'; expected { mean, cv } or { mu, sigma }",
    );
    expect(thrown(() => lognormal({ mu: 'a', sigma: 1 } as never))).toBeInstanceOf(TypeError);
  });
});
