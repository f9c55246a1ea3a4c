import { describe, expect, it } from 'vitest';
import { empirical } from '../../src/random/distributions/empirical';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { draw, expectClose, expectSampleMatches, thrown } from './helpers';

describe('empirical() without interpolation', () => {
  const data = [9, 2, 1, 5, 2];

  it('has the sample mean and the 1/n-normalized variance', () => {
    const d = empirical({ samples: data });
    expectClose(d.mean, 3.8);
    expectClose(d.variance, 23 - 3.8 * 3.8);
  });

  it('draws each observed value with probability 1/n', () => {
    const n = 30_000;
    const xs = draw(empirical({ samples: data }), n, 'empirical steps');
    for (const [value, p] of [[1, 0.2], [2, 0.4], [5, 0.2], [9, 0.2]] as const) {
      const count = xs.filter((x) => x === value).length;
      expect(Math.abs(count - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it('has the step ECDF', () => {
    const d = empirical({ samples: data });
    expect(d.cdf(0.5)).toBe(0);
    expect(d.cdf(1.99)).toBeCloseTo(0.2, 15);
    expect(d.cdf(2)).toBeCloseTo(0.6, 15);
    expect(d.cdf(9)).toBe(1);
  });

  it('inverts the step ECDF with one uniform', () => {
    const d = empirical({ samples: data });
    const u = new FixedUniformSource([0.1, 0.3, 0.59, 0.61, 0.99]);
    expect([1, 2, 3, 4, 5].map(() => d.sample(u))).toEqual([1, 2, 2, 5, 9]);
  });
});

describe('empirical() with interpolation', () => {
  it('has the moments of the piecewise-uniform distribution', () => {
    // sorted 1, 2, 2, 5, 9: four segments of probability ¼ each, uniform on [1,2], [2,2], [2,5], [5,9]
    const d = empirical({ samples: [9, 2, 1, 5, 2], interpolate: true });
    expectClose(d.mean, (1.5 + 2 + 3.5 + 7) / 4);
    expectClose(d.variance, (7 / 3 + 4 + 13 + 151 / 3) / 4 - 3.5 * 3.5, 1e-12);
  });

  it('samples match the moments and the CDF', () => {
    const samples = [30, 45, 60, 62, 90, 120, 200, 410];
    const d = empirical({ samples, interpolate: true });
    let mean = 0;
    let second = 0;
    for (let i = 0; i < samples.length - 1; i++) {
      const [a, b] = [samples[i] as number, samples[i + 1] as number];
      mean += (a + b) / 2 / 7;
      second += (a * a + a * b + b * b) / 3 / 7;
    }
    expectSampleMatches(d, { mean, variance: second - mean * mean }, 30_000, 'empirical interpolated');
  });

  it('interpolates the inverse ECDF linearly', () => {
    const d = empirical({ samples: [10, 20, 40], interpolate: true });
    const u = new FixedUniformSource([0.25, 0.5, 0.75]);
    expectClose(d.sample(u), 15);
    expectClose(d.sample(u), 20);
    expectClose(d.sample(u), 30);
    expectClose(d.cdf(30), 0.75);
    expect(d.cdf(10)).toBe(0);
    expect(d.cdf(40)).toBe(1);
  });

  it('puts an atom at tied values', () => {
    const d = empirical({ samples: [1, 2, 2, 3], interpolate: true });
    expectClose(d.cdf(1.999999), 1 / 3, 1e-5);
    expectClose(d.cdf(2), 2 / 3);
  });

  it('keeps params as given', () => {
    expect(empirical({ samples: [3, 1], interpolate: true }).params).toEqual({ samples: [3, 1], interpolate: true });
    expect(empirical({ samples: [3, 1] }).params).toEqual({ samples: [3, 1] });
  });
});

describe('empirical() validation', () => {
  it('requires a non-empty array of finite non-negative numbers', () => {
    const message = 'empirical: samples must be a non-empty array of finite non-negative numbers';
    expect(thrown(() => empirical({ samples: [] })).message).toBe(`${message}, got []`);
    expect(thrown(() => empirical({ samples: [1, 2, -3] })).message).toBe(`${message}, got -3 at index 2`);
    expect(thrown(() => empirical({ samples: [1, Number.NaN] })).message).toBe(`${message}, got NaN at index 1`);
    expect(() => empirical({ samples: 'abc' } as never)).toThrow(message);
  });

  it('needs two samples to interpolate and a boolean flag', () => {
    expect(() => empirical({ samples: [1], interpolate: true })).toThrow(/at least two samples/);
    expect(thrown(() => empirical({ samples: [1, 2], interpolate: 'yes' } as never)).message).toBe(
      'empirical: interpolate must be true or false, got "yes"',
    );
  });
});
