import { describe, expect, it } from 'vitest';
import { erlang } from '../../src/random/distributions/erlang';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { expectClose, expectSampleMatches, thrown } from './helpers';

describe('erlang()', () => {
  it('has the given mean and variance mean²/k', () => {
    const d = erlang({ k: 3, mean: 120 });
    expect(d.mean).toBe(120);
    expectClose(d.variance, 4800);
  });

  it('samples match the moments and the CDF (small and large k)', () => {
    expectSampleMatches(erlang({ k: 3, mean: 120 }), { mean: 120, variance: 4800 }, 30_000, 'erlang 3');
    expectSampleMatches(erlang({ k: 50, mean: 10 }), { mean: 10, variance: 2 }, 10_000, 'erlang 50');
  });

  it('has CDF 1 − e^(−λx) Σ_{j<k} (λx)^j/j!', () => {
    const d = erlang({ k: 3, mean: 3 }); // phase rate 1
    for (const x of [0.5, 2, 7]) expectClose(d.cdf(x), 1 - Math.exp(-x) * (1 + x + (x * x) / 2), 1e-13);
    expect(d.cdf(0)).toBe(0);
  });

  it('consumes exactly k uniforms: −(mean/k) ln Π(1 − uᵢ)', () => {
    const u = new FixedUniformSource([0.5, 0.75, 0.9]);
    const d = erlang({ k: 2, mean: 2 });
    expectClose(d.sample(u), Math.log(8));
    expect(u.draws).toBe(2);
    const big = erlang({ k: 40, mean: 40 });
    const v = new FixedUniformSource([0.5]);
    expectClose(big.sample(v), 40 * Math.LN2, 1e-12);
    expect(v.draws).toBe(40);
  });

  it('validates its parameters', () => {
    expect(thrown(() => erlang({ k: 2.5, mean: 1 })).message).toBe('erlang: k must be a positive integer, got 2.5');
    expect(thrown(() => erlang({ k: 2, mean: 0 })).message).toBe('erlang: mean must be a positive finite number, got 0');
  });
});
