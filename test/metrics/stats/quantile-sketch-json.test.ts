import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';
import { lognormal, makeRng, viaJSON } from './helpers';

describe('QuantileSketch JSON', () => {
  it('round-trips exactly, including options, zeros, min and max', () => {
    const rng = makeRng('sketch-json');
    const sketch = new QuantileSketch({ relativeAccuracy: 0.005, minValue: 1e-3, maxValue: 1e6 });
    for (let i = 0; i < 3000; i++) sketch.add(rng() < 0.2 ? 0 : lognormal(rng, 2, 2) % 1e6);
    const back = QuantileSketch.fromJSON(viaJSON(sketch));
    expect(back.toJSON()).toEqual(sketch.toJSON());
    expect(back.relativeAccuracy).toBe(0.005);
    for (const q of [0, 0.5, 0.9, 0.99, 1]) expect(back.quantile(q)).toBe(sketch.quantile(q));
  });

  it('round-trips an empty sketch', () => {
    const back = QuantileSketch.fromJSON(viaJSON(new QuantileSketch()));
    expect(back.isEmpty).toBe(true);
    expect(back.toJSON()).toEqual(new QuantileSketch().toJSON());
  });

  it('rejects inconsistent or malformed JSON', () => {
    const good = new QuantileSketch().add(5).toJSON();
    expect(() => QuantileSketch.fromJSON('x')).toThrow(TypeError);
    expect(() => QuantileSketch.fromJSON({ ...good, counts: [-1] })).toThrow(/counts\[0\]/);
    expect(() => QuantileSketch.fromJSON({ ...good, min: null })).toThrow(/null exactly when/);
    expect(() => QuantileSketch.fromJSON({ ...good, firstIndex: 1e6 })).toThrow(/outside/);
    expect(() => QuantileSketch.fromJSON({ ...good, relativeAccuracy: -1 })).toThrow(/relativeAccuracy/);
  });
});
