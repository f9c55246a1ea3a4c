import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';
import { exactQuantile, lognormal, makeRng } from './helpers';

/** q = num/100: p0 .. p100 including the report percentiles. */
const PERCENTS = [0, 1, 5, 10, 25, 37, 50, 63, 80, 90, 95, 99, 100];
/** Floating-point slack on the bucket bound α (a value exactly on a bucket edge may land in the next bucket). */
const ROUNDING = 1e-12;

function checkAgainstExact(values: number[], sketch: QuantileSketch): void {
  const sorted = [...values].sort((a, b) => a - b);
  const alpha = sketch.relativeAccuracy;
  for (const percent of PERCENTS) {
    const exact = exactQuantile(sorted, percent, 100);
    const estimate = sketch.quantile(percent / 100);
    if (exact === 0) expect(estimate, `p${percent}`).toBe(0);
    else expect(Math.abs(estimate - exact), `p${percent}`).toBeLessThanOrEqual(alpha * exact * (1 + ROUNDING));
  }
  expect(sketch.quantile(0)).toBe(sorted[0]);
  expect(sketch.quantile(1)).toBe(sorted[sorted.length - 1]);
}

function sketchOf(values: readonly number[], alpha = 0.01): QuantileSketch {
  const sketch = new QuantileSketch({ relativeAccuracy: alpha });
  values.forEach((v) => sketch.add(v));
  return sketch;
}

describe('QuantileSketch.quantile()', () => {
  it('is within α of the exact sample quantile for heavy-tailed lognormal data', () => {
    const rng = makeRng('sketch-lognormal');
    for (const n of [1, 2, 7, 100, 9973, 50000]) {
      const values = Array.from({ length: n }, () => lognormal(rng, 3, 2));
      checkAgainstExact(values, sketchOf(values));
    }
  });

  it('is exact at 0 and within α elsewhere when most waits are exactly 0', () => {
    const rng = makeRng('sketch-zeros');
    for (const zeroShare of [0.3, 0.5, 0.62, 0.95, 1]) {
      const values = Array.from({ length: 20000 }, () => (rng() < zeroShare ? 0 : lognormal(rng, 2, 1.5)));
      const sketch = sketchOf(values);
      checkAgainstExact(values, sketch);
      expect(sketch.zeroCount).toBe(values.filter((v) => v === 0).length);
    }
  });

  it('holds its bound for several accuracies and for values spanning 1e-6 .. 1e8', () => {
    const rng = makeRng('sketch-wide');
    const values = Array.from({ length: 20000 }, () => 10 ** (-6 + 14 * rng()));
    for (const alpha of [0.001, 0.005, 0.02, 0.1]) checkAgainstExact(values, sketchOf(values, alpha));
  });

  it('keeps integer-valued data (seconds) within the bound, including values on bucket edges', () => {
    const rng = makeRng('sketch-integers');
    const values = Array.from({ length: 30000 }, () => Math.floor(rng() * 600));
    checkAgainstExact(values, sketchOf(values));
  });

  it('takes the value at rank ceil(q·n) when q·n falls exactly on a rank', () => {
    const sketch = new QuantileSketch();
    [9, 0, 5, 0].forEach((v) => sketch.add(v));
    expect(sketch.quantile(0.5)).toBe(0);
    const near = (x: number, v: number) => Math.abs(x - v) <= 0.01 * v * (1 + ROUNDING);
    expect(near(sketch.quantile(0.51), 5)).toBe(true);
    expect(near(sketch.quantile(0.75), 5)).toBe(true);
    expect(near(sketch.quantile(0.76), 9)).toBe(true);
    const positive = new QuantileSketch();
    [10, 20, 30, 40].forEach((v) => positive.add(v));
    expect(Math.abs(positive.quantile(0.5) - 20)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(positive.quantile(0.25) - 10)).toBeLessThanOrEqual(0.1);
  });

  it('answers values below minValue within (0, (1 + α)·minValue]', () => {
    const sketch = new QuantileSketch({ minValue: 1e-3 });
    [1e-9, 2e-9, 5e-7].forEach((v) => sketch.add(v));
    const p50 = sketch.quantile(0.5);
    expect(p50).toBeGreaterThan(0);
    expect(p50).toBeLessThanOrEqual(1.01e-3);
    expect(p50).toBeGreaterThanOrEqual(sketch.min);
  });

  it('returns 0 with isEmpty when nothing was recorded', () => {
    const sketch = new QuantileSketch();
    expect(sketch.isEmpty).toBe(true);
    expect(sketch.quantile(0.95)).toBe(0);
    expect(sketch.min).toBe(0);
    expect(sketch.max).toBe(0);
  });

  it('treats an integer weight as that many copies of the value', () => {
    const rng = makeRng('sketch-weights');
    const weighted = new QuantileSketch();
    const copies = new QuantileSketch();
    for (let i = 0; i < 500; i++) {
      const x = rng() < 0.3 ? 0 : lognormal(rng, 1, 1);
      const w = 1 + Math.floor(rng() * 5);
      weighted.add(x, w);
      for (let k = 0; k < w; k++) copies.add(x);
    }
    expect(weighted.toJSON()).toEqual(copies.toJSON());
  });

  it('rejects bad values, weights, quantile levels and options with clear messages', () => {
    const sketch = new QuantileSketch({ maxValue: 1000 });
    expect(() => sketch.add(-1)).toThrow(/x must be a non-negative finite number, got -1/);
    expect(() => sketch.add(Number.NaN)).toThrow(RangeError);
    expect(() => sketch.add(1001)).toThrow(/maxValue \(1000\)/);
    expect(() => sketch.add(5, 0)).toThrow(/weight/);
    expect(() => sketch.quantile(1.5)).toThrow(/q must be in \[0, 1\]/);
    expect(() => new QuantileSketch({ relativeAccuracy: 0 })).toThrow(/relativeAccuracy/);
    expect(() => new QuantileSketch({ relativeAccuracy: 0.7 })).toThrow(/at most 0.5/);
    expect(() => new QuantileSketch({ minValue: 10, maxValue: 1 })).toThrow(/maxValue/);
    expect(sketch.count).toBe(0);
  });
});

describe('QuantileSketch memory', () => {
  it('never allocates more buckets than its stated bound', () => {
    const sketch = new QuantileSketch();
    // ln(1e8 / 1e-6) / ln γ with γ = 1.01/0.99, plus edge buckets.
    const gamma = 1.01 / 0.99;
    const bound = Math.ceil(Math.log(1e14) / Math.log(gamma)) + 2;
    expect(sketch.maxBucketCount).toBeLessThanOrEqual(bound);
    const rng = makeRng('sketch-memory');
    for (let i = 0; i < 20000; i++) sketch.add(10 ** (-7 + 15 * rng()));
    sketch.add(1e8);
    sketch.add(0);
    expect(sketch.allocatedBucketCount).toBeLessThanOrEqual(sketch.maxBucketCount);
  });

  it('allocates only around the occupied range', () => {
    const sketch = new QuantileSketch();
    for (let x = 1; x <= 600; x++) sketch.add(x);
    // 1 .. 600 s spans ln(600)/ln γ ≈ 320 buckets; padding may at most double that.
    expect(sketch.allocatedBucketCount).toBeLessThan(700);
  });
});
