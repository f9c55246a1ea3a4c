import { describe, expect, it } from 'vitest';
import { triangular } from '../../src/random/distributions/triangular';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, integrate, thrown } from './helpers';

describe('triangular()', () => {
  it('has mean (a + b + c)/3 and variance (a² + b² + c² − ab − ac − bc)/18', () => {
    const d = triangular({ min: 0, mode: 0, max: 1 });
    expectClose(d.mean, 1 / 3);
    expectClose(d.variance, 1 / 18);
    const e = triangular({ min: 60, mode: 120, max: 600 });
    expectClose(e.mean, 260);
    expectClose(e.variance, (60 ** 2 + 120 ** 2 + 600 ** 2 - 60 * 120 - 60 * 600 - 120 * 600) / 18);
  });

  it('has moments equal to the integrals of its density', () => {
    const [a, c, b] = [60, 120, 600];
    const pdf = (x: number): number => (x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c)));
    const mean = integrate((x) => x * pdf(x), a, c, 2000) + integrate((x) => x * pdf(x), c, b, 2000);
    const second = integrate((x) => x * x * pdf(x), a, c, 2000) + integrate((x) => x * x * pdf(x), c, b, 2000);
    const d = triangular({ min: a, mode: c, max: b });
    expectClose(d.mean, mean, 1e-10);
    expectClose(d.variance, second - mean * mean, 1e-9);
  });

  it('samples match the moments and the CDF', () => {
    const d = triangular({ min: 60, mode: 120, max: 600 });
    expectSampleMatches(d, { mean: 260, variance: d.variance }, 30_000, 'triangular');
  });

  it('has F(mode) = (mode − min)/(max − min) and inverts it with one uniform', () => {
    const d = triangular({ min: 2, mode: 4, max: 10 });
    expectClose(d.cdf(4), 0.25);
    const u = new FixedUniformSource([0.25, 0.0625]);
    expectClose(d.sample(u), 4);
    expectClose(d.sample(u), 3);
    expect(d.cdf(2)).toBe(0);
    expect(d.cdf(10)).toBe(1);
  });

  it('handles the mode at either end', () => {
    const left = triangular({ min: 0, mode: 0, max: 2 });
    const right = triangular({ min: 0, mode: 2, max: 2 });
    expectClose(left.cdf(1), 0.75);
    expectClose(right.cdf(1), 0.25);
    const u = new FixedUniformSource([0.75]);
    expectClose(left.sample(u), 1, 1e-12);
  });

  it('validates the ordering', () => {
    expect(thrown(() => triangular({ min: 5, mode: 2, max: 9 })).message).toBe(
      'triangular: min ≤ mode ≤ max required, got min=5 mode=2 max=9',
    );
    expect(thrown(() => triangular({ min: 5, mode: 5, max: 5 })).message).toBe(
      'triangular: min < max required, got min=5 mode=5 max=5',
    );
  });
});
