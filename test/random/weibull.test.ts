import { describe, expect, it } from 'vitest';
import { weibull } from '../../src/random/distributions/weibull';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('weibull()', () => {
  it('has closed-form moments at shapes 1, 2 and ½', () => {
    const one = weibull({ shape: 1, scale: 5 });
    expectClose(one.mean, 5, 1e-13);
    expectClose(one.variance, 25, 1e-12);
    const two = weibull({ shape: 2, scale: 5 });
    expectClose(two.mean, (5 * Math.sqrt(Math.PI)) / 2, 1e-13);
    expectClose(two.variance, 25 * (1 - Math.PI / 4), 1e-12);
    const half = weibull({ shape: 0.5, scale: 5 }); // mean λΓ(3) = 2λ, variance λ²(Γ(5) − Γ(3)²) = 20λ²
    expectClose(half.mean, 10, 1e-13);
    expectClose(half.variance, 500, 1e-12);
  });

  it('samples match the moments and the CDF', () => {
    expectSampleMatches(weibull({ shape: 2, scale: 5 }), { mean: 2.5 * Math.sqrt(Math.PI), variance: 25 * (1 - Math.PI / 4) }, 30_000, 'weibull 2');
    expectSampleMatches(weibull({ shape: 0.5, scale: 5 }), { mean: 10, variance: 500 }, 40_000, 'weibull 0.5');
  });

  it('has CDF 1 − exp(−(x/λ)^k) and inverts it with one uniform', () => {
    const d = weibull({ shape: 1.5, scale: 4 });
    expectClose(d.cdf(4), 1 - Math.exp(-1), 1e-13);
    expectClose(d.cdf(2), 1 - Math.exp(-(0.5 ** 1.5)), 1e-13);
    const u = new FixedUniformSource([1 - Math.exp(-1)]);
    expectClose(d.sample(u), 4, 1e-12);
  });

  it('validates its parameters', () => {
    expect(thrown(() => weibull({ shape: -1, scale: 1 })).message).toBe('weibull: shape must be a positive finite number, got -1');
    expect(() => weibull({ shape: 0.001, scale: 1 })).toThrow(/variance overflows/);
  });
});
