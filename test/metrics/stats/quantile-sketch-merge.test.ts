import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';
import { lognormal, makeRng, randomSplit, viaJSON } from './helpers';

function sketchOf(values: readonly number[]): QuantileSketch {
  const sketch = new QuantileSketch();
  values.forEach((v) => sketch.add(v));
  return sketch;
}

describe('QuantileSketch.merge()', () => {
  it('gives exactly the sketch of the concatenated data, for random splits and orders', () => {
    const rng = makeRng('sketch-merge');
    for (let trial = 0; trial < 20; trial++) {
      const n = Math.floor(rng() * 5000);
      const values = Array.from({ length: n }, () => (rng() < 0.4 ? 0 : lognormal(rng, 3, 1.8)));
      const whole = sketchOf(values);
      const shards = randomSplit(values, 1 + Math.floor(rng() * 8), rng).map(sketchOf);
      const merged = new QuantileSketch();
      for (const shard of shards.reverse()) merged.merge(QuantileSketch.fromJSON(viaJSON(shard)));
      expect(merged.toJSON()).toEqual(whole.toJSON());
      for (const q of [0.5, 0.8, 0.9, 0.95, 0.99]) expect(merged.quantile(q)).toBe(whole.quantile(q));
    }
  });

  it('refuses sketches with different options', () => {
    const a = new QuantileSketch({ relativeAccuracy: 0.01 });
    const b = new QuantileSketch({ relativeAccuracy: 0.02 });
    expect(() => a.merge(b)).toThrow(/QuantileSketch.merge: options differ/);
  });

  it('leaves the other sketch unchanged', () => {
    const a = sketchOf([1, 2, 3]);
    const b = sketchOf([0, 40]);
    const before = b.toJSON();
    a.merge(b);
    expect(b.toJSON()).toEqual(before);
    expect(a.count).toBe(5);
  });
});
