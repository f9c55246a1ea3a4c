import { describe, expect, it } from 'vitest';
import { exponential } from '../../src/random/distributions/exponential';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('exponential()', () => {
  it('has mean m and variance m² (given mean or rate)', () => {
    const d = exponential({ mean: 180 });
    expect(d.mean).toBe(180);
    expect(d.variance).toBe(180 * 180);
    const r = exponential({ rate: 4 });
    expectClose(r.mean, 0.25);
    expectClose(r.variance, 0.0625);
  });

  it('samples match the moments and the CDF', () => {
    expectSampleMatches(exponential({ mean: 180 }), { mean: 180, variance: 180 ** 2 }, 40_000, 'exponential');
  });

  it('has CDF 1 − e^(−x/m)', () => {
    const d = exponential({ mean: 2 });
    expectClose(d.cdf(2), 1 - Math.exp(-1));
    expectClose(d.cdf(0.001), 1 - Math.exp(-0.0005), 1e-12);
    expect(d.cdf(0)).toBe(0);
    expect(d.cdf(-1)).toBe(0);
    expect(d.cdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('inverts the CDF with one uniform: x = −m ln(1 − u)', () => {
    const u = new FixedUniformSource([0.5, 0.75]);
    const d = exponential({ mean: 10 });
    expectClose(d.sample(u), 10 * Math.LN2);
    expectClose(d.sample(u), 10 * Math.log(4));
    expect(u.draws).toBe(2);
  });

  it('keeps the parameters as given', () => {
    expect(exponential({ rate: 2 }).params).toEqual({ rate: 2 });
    expect(exponential({ mean: 3 }).kind).toBe('exponential');
  });

  it('requires exactly one of mean and rate', () => {
    expect(thrown(() => exponential({ mean: 1, rate: 1 } as never)).message).toBe(
      'exponential: give exactly one of { mean } or { rate }, got mean, rate',
    );
    expect(thrown(() => exponential({} as never)).message).toBe(
      'exponential: missing parameters; expected { mean } or { rate }',
    );
    expect(thrown(() => exponential({ mean: -2 })).message).toBe('exponential: mean must be a positive finite number, got -2');
    expect(thrown(() => exponential({ rate: 0 })).message).toBe('exponential: rate must be a positive finite number, got 0');
  });
});
