import { describe, expect, it } from 'vitest';
import { mixture } from '../../src/random/distributions/mixture';
import { exponential } from '../../src/random/distributions/exponential';
import { lognormal } from '../../src/random/distributions/lognormal';
import { deterministic } from '../../src/random/distributions/deterministic';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, thrown } from './helpers';

const quickAndLong = (): ReturnType<typeof mixture> =>
  mixture({ weights: [0.3, 0.7], components: [exponential({ mean: 1 }), lognormal({ mean: 5, cv: 0.5 })] });

describe('mixture()', () => {
  it('has mean Σwᵢμᵢ and variance Σwᵢ(σᵢ² + μᵢ²) − μ²', () => {
    const d = quickAndLong();
    expectClose(d.mean, 0.3 + 3.5);
    expectClose(d.variance, 0.3 * 2 + 0.7 * 25 * 1.25 - 3.8 * 3.8, 1e-12);
  });

  it('samples match the moments and the CDF', () => {
    expectSampleMatches(quickAndLong(), { mean: 3.8, variance: 0.6 + 21.875 - 14.44 }, 40_000, 'mixture');
  });

  it('has CDF Σwᵢ Fᵢ(x)', () => {
    const d = quickAndLong();
    const e = exponential({ mean: 1 });
    const l = lognormal({ mean: 5, cv: 0.5 });
    for (const x of [0.5, 4, 12]) expectClose(d.cdf(x), 0.3 * e.cdf(x) + 0.7 * l.cdf(x), 1e-14);
  });

  it('draws one uniform for the component, then the component\'s own', () => {
    const d = mixture({ weights: [0.5, 0.5], components: [deterministic({ value: 1 }), exponential({ mean: 2 })] });
    const u = new FixedUniformSource([0.2, 0.9, 0.7, 0.5]);
    expect(d.sample(u)).toBe(1);
    expectClose(d.sample(u), 2 * Math.LN2);
    expect(u.draws).toBe(4);
  });

  it('exposes component specs in params', () => {
    expect(quickAndLong().params).toEqual({
      weights: [0.3, 0.7],
      components: [{ kind: 'exponential', mean: 1 }, { kind: 'lognormal', mean: 5, cv: 0.5 }],
    });
  });

  it('validates weights and components', () => {
    expect(thrown(() => mixture({ weights: [0.3, 0.3], components: [exponential({ mean: 1 }), exponential({ mean: 2 })] })).message).toBe(
      'mixture: weights must sum to 1, got 0.6',
    );
    expect(thrown(() => mixture({ weights: [1], components: [] })).message).toBe(
      'mixture: components must have as many elements as weights (1), got 0',
    );
    expect(thrown(() => mixture({ weights: [1], components: [{ kind: 'exponential', mean: 1 }] as never })).message).toMatch(
      /^mixture: components\[0\] must be a distribution/,
    );
  });
});
