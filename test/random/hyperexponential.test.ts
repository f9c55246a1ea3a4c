import { describe, expect, it } from 'vitest';
import { hyperexponential, hyperexponentialFromMeanCv } from '../../src/random/distributions/hyperexponential';
import { exponential } from '../../src/random/distributions/exponential';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('hyperexponential()', () => {
  it('has mean Σpᵢmᵢ and variance 2Σpᵢmᵢ² − mean²', () => {
    const d = hyperexponential({ probabilities: [0.9, 0.1], means: [1, 10] });
    expectClose(d.mean, 1.9);
    expectClose(d.variance, 21.8 - 1.9 * 1.9);
  });

  it('samples match the moments and the CDF (2 and 3 phases)', () => {
    expectSampleMatches(
      hyperexponential({ probabilities: [0.9, 0.1], means: [1, 10] }),
      { mean: 1.9, variance: 21.8 - 3.61 },
      40_000,
      'hyperexponential 2',
    );
    // 3 phases: mean 0.2·1 + 0.5·2 + 0.3·5 = 2.7, E[X²] = 2(0.2 + 2 + 7.5) = 19.4
    expectSampleMatches(
      hyperexponential({ probabilities: [0.2, 0.5, 0.3], means: [1, 2, 5] }),
      { mean: 2.7, variance: 19.4 - 2.7 * 2.7 },
      30_000,
      'hyperexponential 3',
    );
  });

  it('has CDF Σpᵢ(1 − e^(−x/mᵢ))', () => {
    const d = hyperexponential({ probabilities: [0.25, 0.75], means: [2, 8] });
    expectClose(d.cdf(4), 0.25 * (1 - Math.exp(-2)) + 0.75 * (1 - Math.exp(-0.5)), 1e-13);
    expect(d.cdf(0)).toBe(0);
  });

  it('draws exactly two uniforms: one for the phase, one to invert its exponential', () => {
    const d = hyperexponential({ probabilities: [0.25, 0.75], means: [2, 8] });
    const u = new FixedUniformSource([0.1, 0.5, 0.3, 0.5]);
    expectClose(d.sample(u), 2 * Math.LN2);
    expectClose(d.sample(u), 8 * Math.LN2);
    expect(u.draws).toBe(4);
  });

  it('skips zero-probability phases', () => {
    const d = hyperexponential({ probabilities: [0, 1], means: [1000, 1] });
    const u = new FixedUniformSource([0.000001, 0.5]);
    expectClose(d.sample(u), Math.LN2);
  });

  it('validates its parameters', () => {
    expect(thrown(() => hyperexponential({ probabilities: [0.5, 0.4], means: [1, 2] })).message).toBe(
      'hyperexponential: probabilities must sum to 1, got 0.9',
    );
    expect(thrown(() => hyperexponential({ probabilities: [0.5, 0.5], means: [1] })).message).toBe(
      'hyperexponential: means must have as many elements as probabilities (2), got 1',
    );
    expect(thrown(() => hyperexponential({ probabilities: [0.5, 0.5], means: [1, 0] })).message).toBe(
      'hyperexponential: means[1] must be a positive finite number, got 0',
    );
    expect(thrown(() => hyperexponential({ probabilities: [1.5, -0.5], means: [1, 2] })).message).toBe(
      'hyperexponential: probabilities[0] must be a probability in [0, 1], got 1.5',
    );
  });
});

describe('hyperexponentialFromMeanCv()', () => {
  it('has the given mean and cv', () => {
    for (const [mean, cv] of [[100, 2], [30, 1.2], [5, 4]] as const) {
      const d = hyperexponentialFromMeanCv({ mean, cv });
      expectClose(d.mean, mean, 1e-13);
      expectClose(d.variance, (cv * mean) ** 2, 1e-12);
      expect(d.kind).toBe('hyperexponential');
    }
  });

  it('uses balanced means: p₁m₁ = p₂m₂ = mean/2, so each phase carries half the mean', () => {
    // With balanced means, E[X; phase i] = pᵢmᵢ = mean/2; the CDF is then
    // F(x) = p₁(1 − e^(−x/m₁)) + p₂(1 − e^(−x/m₂)) with p₁ = (1 + √((c²−1)/(c²+1)))/2.
    const c2 = 4;
    const p1 = (1 + Math.sqrt((c2 - 1) / (c2 + 1))) / 2;
    const p2 = 1 - p1;
    const d = hyperexponentialFromMeanCv({ mean: 100, cv: 2 });
    const ref = hyperexponential({ probabilities: [p1, p2], means: [50 / p1, 50 / p2] });
    for (const x of [10, 100, 400]) expectClose(d.cdf(x), ref.cdf(x), 1e-13);
  });

  it('is exponential at cv = 1', () => {
    const d = hyperexponentialFromMeanCv({ mean: 7, cv: 1 });
    const e = exponential({ mean: 7 });
    for (const x of [1, 7, 30]) expectClose(d.cdf(x), e.cdf(x), 1e-13);
  });

  it('samples match the moments and the CDF', () => {
    expectSampleMatches(hyperexponentialFromMeanCv({ mean: 100, cv: 2 }), { mean: 100, variance: 40_000 }, 40_000, 'h2 fit');
  });

  it('keeps { mean, cv } as params and rejects cv < 1', () => {
    expect(hyperexponential({ mean: 100, cv: 2 }).params).toEqual({ mean: 100, cv: 2 });
    expect(thrown(() => hyperexponentialFromMeanCv({ mean: 100, cv: 0.5 })).message).toMatch(
      /^hyperexponential: cv must be at least 1 .*, got 0.5$/,
    );
  });
});
