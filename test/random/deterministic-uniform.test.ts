import { describe, expect, it } from 'vitest';
import { deterministic } from '../../src/random/distributions/deterministic';
import { uniform } from '../../src/random/distributions/uniform';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('deterministic()', () => {
  it('always returns its value and draws exactly one uniform', () => {
    const d = deterministic({ value: 30 });
    const u = new FixedUniformSource([0.1, 0.9]);
    expect([d.sample(u), d.sample(u), d.sample(u)]).toEqual([30, 30, 30]);
    expect(u.draws).toBe(3);
    expect(d.mean).toBe(30);
    expect(d.variance).toBe(0);
  });

  it('has a step CDF at its value', () => {
    const d = deterministic({ value: 30 });
    expect(d.cdf(29.999)).toBe(0);
    expect(d.cdf(30)).toBe(1);
  });

  it('accepts 0 and rejects negative values', () => {
    expect(deterministic({ value: 0 }).mean).toBe(0);
    expect(thrown(() => deterministic({ value: -1 })).message).toBe(
      'deterministic: value must be a non-negative finite number, got -1',
    );
  });
});

describe('uniform()', () => {
  it('has mean (a + b)/2 and variance (b − a)²/12', () => {
    const d = uniform({ min: 20, max: 80 });
    expectClose(d.mean, 50);
    expectClose(d.variance, 300);
  });

  it('samples match the moments and the CDF', () => {
    expectSampleMatches(uniform({ min: 20, max: 80 }), { mean: 50, variance: 300 }, 30_000, 'uniform');
  });

  it('has a linear CDF and inverts it with one uniform', () => {
    const d = uniform({ min: 2, max: 6 });
    expect(d.cdf(1)).toBe(0);
    expectClose(d.cdf(3), 0.25);
    expect(d.cdf(6)).toBe(1);
    const u = new FixedUniformSource([0.25]);
    expectClose(d.sample(u), 3);
  });

  it('allows min = max (a constant)', () => {
    const d = uniform({ min: 5, max: 5 });
    expect(d.sample(new FixedUniformSource([0.3]))).toBe(5);
    expect(d.variance).toBe(0);
    expect(d.cdf(5)).toBe(1);
    expect(d.cdf(4.9)).toBe(0);
  });

  it('validates its bounds', () => {
    expect(thrown(() => uniform({ min: 5, max: 2 })).message).toBe('uniform: min ≤ max required, got min=5 max=2');
    expect(thrown(() => uniform({ min: -1, max: 2 })).message).toBe('uniform: min must be a non-negative finite number, got -1');
    expect(thrown(() => uniform({ min: 1 } as never)).message).toBe('uniform: max must be a non-negative finite number, got undefined');
  });
});
