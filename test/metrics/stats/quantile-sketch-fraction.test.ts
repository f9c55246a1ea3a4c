import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';
import { lognormal, makeRng } from './helpers';

describe('QuantileSketch.fractionAtMost()', () => {
  it('lies between the exact fractions at t/(1+α) and t/(1−α)', () => {
    const rng = makeRng('sketch-fraction');
    const values = Array.from({ length: 20000 }, () => (rng() < 0.35 ? 0 : lognormal(rng, 3, 1.5)));
    const sketch = new QuantileSketch();
    values.forEach((v) => sketch.add(v));
    const exactAtMost = (t: number) => values.filter((v) => v <= t).length / values.length;
    for (const t of [0, 0.5, 5, 10, 20, 20.2, 30, 60, 120, 600, 1e4]) {
      const f = sketch.fractionAtMost(t);
      expect(f, `t=${t}`).toBeGreaterThanOrEqual(exactAtMost(t / 1.01));
      expect(f, `t=${t}`).toBeLessThanOrEqual(exactAtMost(t / 0.99));
    }
  });

  it('is exact at 0, below the minimum and at or above the maximum', () => {
    const sketch = new QuantileSketch();
    [0, 0, 0, 3, 7, 12].forEach((v) => sketch.add(v));
    expect(sketch.fractionAtMost(-1)).toBe(0);
    expect(sketch.fractionAtMost(0)).toBe(0.5);
    expect(sketch.fractionAtMost(12)).toBe(1);
    expect(new QuantileSketch().fractionAtMost(10)).toBe(0);
    expect(() => sketch.fractionAtMost(Number.NaN)).toThrow(/t must be a number/);
  });
});
