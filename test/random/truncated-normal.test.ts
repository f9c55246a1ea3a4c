import { describe, expect, it } from 'vitest';
import { truncatedNormal } from '../../src/random/distributions/truncated-normal';
import { expectClose, expectSampleMatches, integrate, thrown } from './helpers';

/** Mean and variance of N(μ, σ²) truncated to [0, ∞), by numerical integration. */
function integratedMoments(mu: number, sd: number): { mean: number; variance: number; keep: number } {
  const pdf = (x: number): number => Math.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
  const upper = Math.max(mu, 0) + 14 * sd;
  const keep = integrate(pdf, 0, upper);
  const mean = integrate((x) => x * pdf(x), 0, upper) / keep;
  const second = integrate((x) => x * x * pdf(x), 0, upper) / keep;
  return { mean, variance: second - mean * mean, keep };
}

describe('truncatedNormal()', () => {
  it('is the half-normal when mean = 0: mean σ√(2/π), variance σ²(1 − 2/π)', () => {
    const d = truncatedNormal({ mean: 0, sd: 3 });
    expectClose(d.mean, 3 * Math.sqrt(2 / Math.PI), 1e-13);
    expectClose(d.variance, 9 * (1 - 2 / Math.PI), 1e-13);
  });

  it('has the moments of the truncated density (numerical integration)', () => {
    for (const [mu, sd] of [[-1, 2], [120, 60], [5, 1], [-20, 4]] as const) {
      const d = truncatedNormal({ mean: mu, sd });
      const ref = integratedMoments(mu, sd);
      expectClose(d.mean, ref.mean, 1e-8);
      expectClose(d.variance, ref.variance, 1e-6);
    }
  });

  it('is the untruncated normal when 0 is far below the mean', () => {
    const d = truncatedNormal({ mean: 300, sd: 30 });
    expectClose(d.mean, 300, 1e-12);
    expectClose(d.variance, 900, 1e-12);
  });

  it('samples match the moments and the CDF', () => {
    for (const [mu, sd] of [[-1, 2], [120, 60]] as const) {
      const ref = integratedMoments(mu, sd);
      expectSampleMatches(truncatedNormal({ mean: mu, sd }), ref, 30_000, `truncatedNormal ${mu}`);
    }
  });

  it('has a CDF equal to the integral of the truncated density', () => {
    const [mu, sd] = [-1, 2];
    const d = truncatedNormal({ mean: mu, sd });
    const pdf = (x: number): number => Math.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
    const keep = integrate(pdf, 0, 40);
    for (const x of [0.1, 1, 3, 8]) expectClose(d.cdf(x), integrate(pdf, 0, x, 2000) / keep, 1e-9);
    expect(d.cdf(0)).toBe(0);
  });

  it('keeps the underlying parameters', () => {
    expect(truncatedNormal({ mean: -1, sd: 2 }).params).toEqual({ mean: -1, sd: 2 });
    expect(truncatedNormal({ mean: -1, sd: 2 }).kind).toBe('truncatedNormal');
  });

  it('works deep in the tail (mean/sd = −30)', () => {
    const d = truncatedNormal({ mean: -30, sd: 1 });
    // For μ/σ → −∞ the truncated normal tends to an exponential with rate −μ/σ² (mean ≈ 1/30).
    expectClose(d.mean, 1 / 30, 3e-3);
    expectSampleMatches(d, { mean: d.mean, variance: d.variance }, 20_000, 'truncatedNormal tail');
  });

  it('validates its parameters', () => {
    expect(thrown(() => truncatedNormal({ mean: 1, sd: 0 })).message).toBe(
      'truncatedNormal: sd must be a positive finite number, got 0',
    );
    expect(thrown(() => truncatedNormal({ mean: Number.NaN, sd: 1 })).message).toBe(
      'truncatedNormal: mean must be a finite number, got NaN',
    );
    expect(() => truncatedNormal({ mean: -50, sd: 1 })).toThrow(/mean\/sd must be above -37/);
  });
});
