import { describe, expect, it } from 'vitest';
import { gamma } from '../../src/random/distributions/gamma';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('gamma()', () => {
  it('has mean kθ and variance kθ²; from { mean, cv } the given mean and (cv·mean)²', () => {
    const d = gamma({ shape: 2.5, scale: 4 });
    expectClose(d.mean, 10);
    expectClose(d.variance, 40);
    const e = gamma({ mean: 240, cv: 0.5 });
    expectClose(e.mean, 240);
    expectClose(e.variance, 120 ** 2);
  });

  it('samples match the moments and the CDF (Marsaglia–Tsang, with and without the a < 1 boost)', () => {
    for (const [shape, scale] of [[0.4, 10], [1, 3], [2.5, 4], [30, 0.5]] as const) {
      expectSampleMatches(
        gamma({ shape, scale }),
        { mean: shape * scale, variance: shape * scale * scale },
        20_000,
        `gamma ${shape}`,
      );
    }
  });

  it('has the exponential CDF at shape 1 and 1 − e^(−y)(1 + y) at shape 2', () => {
    const d = gamma({ shape: 1, scale: 3 });
    for (const x of [0.5, 3, 10]) expectClose(d.cdf(x), 1 - Math.exp(-x / 3), 1e-13);
    const e = gamma({ shape: 2, scale: 0.5 });
    for (const x of [0.2, 1, 4]) expectClose(e.cdf(x), 1 - Math.exp(-2 * x) * (1 + 2 * x), 1e-13);
    expect(d.cdf(0)).toBe(0);
  });

  it('validates its parameters', () => {
    expect(thrown(() => gamma({ shape: 0, scale: 1 })).message).toBe('gamma: shape must be a positive finite number, got 0');
    expect(thrown(() => gamma({ mean: 1, cv: Number.POSITIVE_INFINITY })).message).toBe(
      'gamma: cv must be a positive finite number, got Infinity',
    );
    expect(() => gamma({ shape: 2 } as never)).toThrow(/scale must be a positive finite number, got undefined/);
  });
});
