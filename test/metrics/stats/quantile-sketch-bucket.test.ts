import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';
import { lognormal, makeRng } from './helpers';

describe('QuantileSketch.addInBucket()', () => {
  it('records exactly what add() records, given bucketOf() of a sketch with the same options', () => {
    const rng = makeRng('sketch-bucket');
    const options = { relativeAccuracy: 0.02, minValue: 1e-3 };
    const byAdd = new QuantileSketch(options);
    const byBucket = new QuantileSketch(options);
    const indexer = new QuantileSketch(options);
    for (let k = 0; k < 5000; k++) {
      const r = rng();
      // zeros, values below minValue (they share the first bucket), and a wide positive spread
      const x = r < 0.3 ? 0 : r < 0.35 ? rng() * 1e-3 : lognormal(rng, 2, 2);
      byAdd.add(x);
      byBucket.addInBucket(x, x > 0 ? indexer.bucketOf(x) : 0);
    }
    expect(byBucket.toJSON()).toEqual(byAdd.toJSON());
    expect(byBucket.toJSON().counts.length).toBeGreaterThan(100);
    expect(indexer.isEmpty).toBe(true);
  });

  it('rejects what add() rejects', () => {
    const sketch = new QuantileSketch({ maxValue: 100 });
    for (const bad of [-1, Number.NaN, Infinity, 101]) expect(() => sketch.addInBucket(bad, 0)).toThrow(RangeError);
    expect(sketch.isEmpty).toBe(true);
  });
});
