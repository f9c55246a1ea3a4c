/**
 * Properties shared by every one-uniform sampler: it consumes exactly one uniform, is
 * non-decreasing in u (so common random numbers stay positively correlated across scenarios
 * that swap one such distribution for another), and for continuous distributions inverts the CDF.
 */
import { describe, expect, it } from 'vitest';
import * as random from '../../src/random/index';
import type { Distribution } from '../../src/random/index';

const continuous: [string, Distribution][] = [
  ['exponential', random.exponential({ mean: 60 })],
  ['uniform', random.uniform({ min: 10, max: 20 })],
  ['triangular', random.triangular({ min: 10, mode: 12, max: 40 })],
  ['truncatedNormal', random.truncatedNormal({ mean: 30, sd: 40 })],
  ['lognormal', random.lognormal({ mean: 300, cv: 1.5 })],
  ['weibull', random.weibull({ shape: 0.7, scale: 100 })],
  ['empirical (interpolated)', random.empirical({ samples: [3, 7, 8, 20, 50], interpolate: true })],
];
const discrete: [string, Distribution][] = [
  ['deterministic', random.deterministic({ value: 5 })],
  ['empirical', random.empirical({ samples: [3, 7, 8, 20, 50] })],
];

const grid = [2 ** -33, 1e-6, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-6, 1 - 2 ** -33];

describe('one-uniform samplers', () => {
  for (const [name, d] of [...continuous, ...discrete]) {
    it(`${name}: one uniform per sample, non-decreasing in u`, () => {
      const u = new random.FixedUniformSource(grid);
      const xs = grid.map(() => d.sample(u));
      expect(u.draws).toBe(grid.length);
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1] as number);
      for (const x of xs) expect(Number.isFinite(x) && x >= 0).toBe(true);
    });
  }
  for (const [name, d] of continuous) {
    it(`${name}: cdf(sample(u)) = u`, () => {
      const u = new random.FixedUniformSource(grid);
      for (const p of grid) expect(Math.abs(d.cdf(d.sample(u)) - p)).toBeLessThan(1e-9);
    });
  }
});

describe('cdf()', () => {
  it('rejects NaN arguments for every kind', () => {
    for (const [, d] of [...continuous, ...discrete]) expect(() => d.cdf(Number.NaN)).toThrow(/cdf argument must be a number, got NaN/);
  });
});
