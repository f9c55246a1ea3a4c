import { describe, expect, it } from 'vitest';
import { distributionKinds, fromSpec } from '../../src/random/distributions/from-spec';
import { toSpec } from '../../src/random/distributions/distribution';
import type { Distribution } from '../../src/random/distributions/distribution';
import { RandomStreams } from '../../src/random/streams';
import { thrown } from './helpers';
import * as random from '../../src/random/index';

const examples: Record<string, Distribution> = {
  exponential: random.exponential({ rate: 0.5 }),
  deterministic: random.deterministic({ value: 12 }),
  uniform: random.uniform({ min: 1, max: 3 }),
  truncatedNormal: random.truncatedNormal({ mean: 60, sd: 40 }),
  lognormal: random.lognormal({ mean: 300, cv: 0.8 }),
  gamma: random.gamma({ mean: 100, cv: 0.7 }),
  erlang: random.erlang({ k: 4, mean: 80 }),
  weibull: random.weibull({ shape: 0.8, scale: 90 }),
  hyperexponential: random.hyperexponential({ probabilities: [0.8, 0.2], means: [30, 400] }),
  triangular: random.triangular({ min: 10, mode: 20, max: 60 }),
  empirical: random.empirical({ samples: [5, 8, 13, 21], interpolate: true }),
  mixture: random.mixture({
    weights: [0.6, 0.4],
    components: [random.exponential({ mean: 20 }), random.mixture({ weights: [1], components: [random.uniform({ min: 0, max: 1 })] })],
  }),
};

describe('fromSpec()', () => {
  it('knows every kind, and the examples cover them all', () => {
    expect([...distributionKinds].sort()).toEqual(Object.keys(examples).sort());
  });

  it('builds a distribution from a plain JSON object', () => {
    const d = fromSpec({ kind: 'lognormal', mean: 300, cv: 0.8 });
    expect(d.kind).toBe('lognormal');
    expect(d.mean).toBeCloseTo(300, 10);
  });

  for (const [kind, original] of Object.entries(examples)) {
    it(`round-trips ${kind} through toSpec and JSON`, () => {
      const spec = JSON.parse(JSON.stringify(toSpec(original))) as unknown;
      const rebuilt = fromSpec(spec);
      expect(rebuilt.kind).toBe(kind);
      expect(rebuilt.mean).toBe(original.mean);
      expect(rebuilt.variance).toBe(original.variance);
      expect(rebuilt.params).toEqual(original.params);
      const a = new RandomStreams(1).stream('s');
      const b = new RandomStreams(1).stream('s');
      for (let i = 0; i < 20; i++) expect(rebuilt.sample(a)).toBe(original.sample(b));
    });
  }

  it('lists the known kinds on an unknown kind', () => {
    expect(thrown(() => fromSpec({ kind: 'lognorml', mean: 1, cv: 1 })).message).toBe(
      "unknown distribution kind 'lognorml'; known kinds: exponential, deterministic, uniform, truncatedNormal, " +
        'lognormal, gamma, erlang, weibull, hyperexponential, triangular, empirical, mixture',
    );
    expect(() => fromSpec({ kind: 'toString' })).toThrow(RangeError);
  });

  it('rejects specs without a string kind', () => {
    expect(() => fromSpec(null)).toThrow(TypeError);
    expect(() => fromSpec([1])).toThrow(/distribution spec must be an object/);
    expect(thrown(() => fromSpec({ mean: 3 })).message).toMatch(/^distribution spec needs a string 'kind' \(one of exponential, /);
  });

  it('reports parameter errors with the factory\'s messages', () => {
    expect(thrown(() => fromSpec({ kind: 'gamma', shape: 0, scale: 1 })).message).toBe(
      'gamma: shape must be a positive finite number, got 0',
    );
    expect(thrown(() => fromSpec({ kind: 'exponential', mean: '300' })).message).toBe(
      'exponential: mean must be a positive finite number, got "300"',
    );
    expect(thrown(() => fromSpec({ kind: 'exponential', mean: 3, cv: 1 })).message).toBe(
      "exponential: unknown parameter 'cv'; expected { mean } or { rate }",
    );
  });

  it('prefixes errors inside mixture components with their position', () => {
    const error = thrown(() =>
      fromSpec({ kind: 'mixture', weights: [0.5, 0.5], components: [{ kind: 'exponential', mean: 1 }, { kind: 'lognormal', mean: 1, cv: -1 }] }),
    );
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('mixture: components[1]: lognormal: cv must be a positive finite number, got -1');
  });
});
