import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';
import { DenseBucketStore } from '../../../src/metrics/stats/dense-bucket-store';

/**
 * With α = 1/3, γ = (1 + α)/(1 − α) = 2: bucket i holds (2^(i−1), 2^i] and answers 2·2^i/3.
 * So 0.7 → bucket 0 (answer 2/3), 1.5 → 1 (4/3), 3 → 2 (8/3), 10 → 4 (32/3), 100 → 7 (256/3).
 */
function halvingSketch(values: readonly number[]): QuantileSketch {
  const sketch = new QuantileSketch({ relativeAccuracy: 1 / 3 });
  for (const x of values) sketch.add(x);
  return sketch;
}

describe('QuantileSketch on samples worked by hand (γ = 2)', () => {
  it('answers each rank with its bucket representative, 0 for the zeros, min and max at q = 0 and 1', () => {
    const sketch = halvingSketch([100, 0, 3, 0.7, 10, 0, 1.5]);
    expect([sketch.count, sketch.zeroCount, sketch.min, sketch.max]).toEqual([7, 2, 0, 100]);
    // ranks q·7: 0.2 → 1.4 and 2/7 → 2 are zeros; 0.3 → 2.1 is the 3rd value (0.7), 0.5 → 3.5 the
    // 4th (1.5), 0.6 → 4.2 the 5th (3), 0.8 → 5.6 the 6th (10), 0.9 → 6.3 the 7th (100)
    expect(sketch.quantile(0)).toBe(0);
    expect(sketch.quantile(0.2)).toBe(0);
    expect(sketch.quantile(2 / 7)).toBe(0);
    expect(sketch.quantile(0.3)).toBeCloseTo(2 / 3, 14);
    expect(sketch.quantile(0.5)).toBeCloseTo(4 / 3, 14);
    expect(sketch.quantile(0.6)).toBeCloseTo(8 / 3, 14);
    expect(sketch.quantile(0.8)).toBeCloseTo(32 / 3, 13);
    expect(sketch.quantile(0.9)).toBeCloseTo(256 / 3, 12);
    expect(sketch.quantile(1)).toBe(100);
    expect(sketch.toJSON()).toMatchObject({ zeroCount: 2, min: 0, max: 100, counts: [1, 1, 1, 0, 1, 0, 0, 1] });
    // ceil(log2 0.7) is −0
    expect(sketch.toJSON().firstIndex + 0).toBe(0);
  });

  it('clamps the representative to the exact min and max', () => {
    // 3 and 3.5 share bucket 2, whose answer 8/3 lies below the minimum 3
    expect(halvingSketch([3, 3.5]).quantile(0.5)).toBe(3);
    // 5 and 5.1 share bucket 3, whose answer 16/3 lies above the maximum 5.1
    expect(halvingSketch([5, 5.1]).quantile(0.5)).toBe(5.1);
    expect(halvingSketch([5, 5.1]).quantile(0.01)).toBe(5.1);
    expect(halvingSketch([5, 7]).quantile(0.5)).toBeCloseTo(16 / 3, 14);
  });

  it('counts whole buckets whose answer is at most t in fractionAtMost', () => {
    const sketch = halvingSketch([100, 0, 3, 0.7, 10, 0, 1.5]);
    expect(sketch.fractionAtMost(0)).toBe(2 / 7);
    expect(sketch.fractionAtMost(0.6)).toBe(2 / 7);
    expect(sketch.fractionAtMost(1)).toBe(3 / 7);
    expect(sketch.fractionAtMost(4 / 3)).toBe(4 / 7);
    expect(sketch.fractionAtMost(80)).toBe(6 / 7);
    // bucket 7 answers 256/3 ≈ 85.3 for the 100 in it
    expect(sketch.fractionAtMost(86)).toBe(1);
    expect(sketch.fractionAtMost(100)).toBe(1);
    expect(halvingSketch([2.5]).fractionAtMost(2.4)).toBe(0);
    expect(() => sketch.fractionAtMost('1' as unknown as number)).toThrow(/QuantileSketch.fractionAtMost: t must be a number, got 1/);
  });

  it('bounds its buckets by minValue and maxValue: ceil(log2 1e−6) = −19 to ceil(log2 1e8) + 1 = 28', () => {
    const sketch = new QuantileSketch({ relativeAccuracy: 1 / 3 });
    expect(sketch.maxBucketCount).toBe(48);
    expect(sketch.allocatedBucketCount).toBe(0);
    // below minValue: the first bucket, −19, whose answer 2^−19·2/3 ≤ (1 + α)·minValue
    sketch.add(1e-9).add(1e-7);
    expect(sketch.toJSON()).toMatchObject({ firstIndex: -19, counts: [2] });
    expect(sketch.bucketOf(1e-9)).toBe(-19);
    expect(sketch.bucketOf(3)).toBe(2);
    expect(sketch.quantile(0.5)).toBe(1e-7);
    expect(new QuantileSketch({ relativeAccuracy: 1 / 3, minValue: 1, maxValue: 8 }).maxBucketCount).toBe(5);
  });

  it('weights values, and merges minimum and maximum from the other sketch', () => {
    const sketch = halvingSketch([3]).add(10, 3);
    expect([sketch.count, sketch.quantile(0.25), sketch.quantile(0.5)]).toEqual([4, 3, 10]);
    const low = halvingSketch([0.7]);
    const high = halvingSketch([100]);
    const merged = halvingSketch([3]).merge(low).merge(high).merge(new QuantileSketch({ relativeAccuracy: 1 / 3 }));
    expect([merged.count, merged.min, merged.max, merged.zeroCount]).toEqual([3, 0.7, 100, 0]);
    expect(halvingSketch([0, 0]).merge(halvingSketch([0])).zeroCount).toBe(3);
  });
});

describe('QuantileSketch argument checks', () => {
  it('rejects options out of range with their names', () => {
    expect(() => new QuantileSketch({ relativeAccuracy: 0.6 })).toThrow(/QuantileSketch: relativeAccuracy must be at most 0.5, got 0.6/);
    expect(new QuantileSketch({ relativeAccuracy: 0.5 }).relativeAccuracy).toBe(0.5);
    expect(() => new QuantileSketch({ minValue: 0 })).toThrow(/QuantileSketch: minValue must be a positive/);
    expect(() => new QuantileSketch({ maxValue: -1 })).toThrow(/QuantileSketch: maxValue must be a positive/);
    expect(() => new QuantileSketch({ minValue: 5, maxValue: 5 })).toThrow(/QuantileSketch: maxValue \(5\) must be greater than minValue \(5\)/);
    const defaults = new QuantileSketch();
    expect([defaults.relativeAccuracy, defaults.minValue, defaults.maxValue]).toEqual([0.01, 1e-6, 1e8]);
  });

  it('rejects values and weights out of range, and q outside [0, 1]', () => {
    const sketch = new QuantileSketch({ maxValue: 100 });
    expect(() => sketch.add(-1)).toThrow(/QuantileSketch.add: x must be a non-negative finite number, got -1/);
    expect(() => sketch.add(101)).toThrow(/QuantileSketch.add: x must be at most maxValue \(100\), got 101/);
    expect(() => sketch.add('5' as unknown as number)).toThrow(/QuantileSketch.add: x must be a finite number, got "5"/);
    expect(() => sketch.addInBucket('5' as unknown as number, 0)).toThrow(/x must be a finite number/);
    expect(() => sketch.add(5, 0)).toThrow(/QuantileSketch.add: weight must be a positive finite number, got 0/);
    expect(sketch.add(100).max).toBe(100);
    expect(sketch.addInBucket(0, 99).zeroCount).toBe(1);
    expect(() => sketch.quantile(1.5)).toThrow(/QuantileSketch.quantile: q must be in \[0, 1\], got 1.5/);
    expect(() => sketch.quantile(-0.5)).toThrow(/q must be in \[0, 1\]/);
    expect(() => sketch.quantile(Number.NaN)).toThrow(/QuantileSketch.quantile: q must be a finite number/);
    expect(new QuantileSketch().quantile(0.5)).toBe(0);
    expect([new QuantileSketch().min, new QuantileSketch().max]).toEqual([0, 0]);
  });

  it('names every option that differs in a merge', () => {
    const base = new QuantileSketch();
    expect(() => base.merge(new QuantileSketch({ minValue: 1e-3 }))).toThrow(
      'QuantileSketch.merge: options differ (relativeAccuracy 0.01 vs 0.01, minValue 0.000001 vs 0.001, maxValue 100000000 vs 100000000)',
    );
    expect(() => base.merge(new QuantileSketch({ maxValue: 1e6 }))).toThrow(/maxValue 100000000 vs 1000000/);
  });

  it('rejects JSON that is inconsistent', () => {
    const good = halvingSketch([0, 3, 10]).toJSON();
    expect(good).toMatchObject({ zeroCount: 1, firstIndex: 2, counts: [1, 0, 1], min: 0, max: 10 });
    expect(QuantileSketch.fromJSON(good).toJSON()).toEqual(good);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ zeroCount: -1 }, /QuantileSketch.fromJSON: zeroCount must be a non-negative/],
      [{ firstIndex: 2.5 }, /QuantileSketch.fromJSON: firstIndex must be an integer, got 2.5/],
      [{ firstIndex: -20 }, /buckets -20..-18 lie outside -19..28/],
      [{ firstIndex: 27 }, /buckets 27..29 lie outside -19..28/],
      [{ max: null }, /min and max must be null exactly when the sketch is empty/],
      [{ min: -1 }, /need 0 ≤ min ≤ max ≤ maxValue, got min -1, max 10/],
      [{ min: 11 }, /got min 11, max 10/],
      [{ max: 2e8 }, /got min 0, max 200000000/],
    ];
    for (const [change, message] of bad) {
      expect(() => QuantileSketch.fromJSON({ ...good, ...change }), JSON.stringify(change)).toThrow(message);
    }
    // the last bucket, 28, is inside
    expect(QuantileSketch.fromJSON({ ...good, firstIndex: 26 }).toJSON().firstIndex).toBe(26);
    expect(() => QuantileSketch.fromJSON({ ...good, zeroCount: 0, counts: [], min: 0, max: 10 })).toThrow(/null exactly when/);
    expect(QuantileSketch.fromJSON({ ...good, zeroCount: 0, counts: [], min: null, max: null }).isEmpty).toBe(true);
    expect(QuantileSketch.fromJSON({ ...good, zeroCount: 0, counts: [], firstIndex: 500, min: null, max: null }).isEmpty).toBe(true);
  });
});

describe('DenseBucketStore', () => {
  it('allocates the occupied span padded by max(32, half its size), within its index range', () => {
    const store = new DenseBucketStore(-1000, 1000);
    expect([store.isEmpty, store.allocated, store.get(0)]).toEqual([true, 0, 0]);
    store.add(0, 1);
    expect([store.allocated, store.low, store.high, store.isEmpty]).toEqual([65, 0, 0, false]);
    store.add(40, 2);
    // [−32, 40 + 32]
    expect([store.allocated, store.low, store.high]).toEqual([105, 0, 40]);
    store.add(-100, 3);
    // pad max(32, 105 >> 1 = 52): [−152, 40 + 52]
    expect([store.allocated, store.low, store.high]).toEqual([245, -100, 40]);
    expect([store.get(-100), store.get(0), store.get(40), store.get(39), store.get(-153), store.get(93)]).toEqual([3, 1, 2, 0, 0, 0]);
    store.add(-50, 1);
    expect([store.allocated, store.low, store.high, store.get(-50)]).toEqual([245, -100, 40, 1]);
  });

  it('stays within [minIndex, maxIndex]', () => {
    const store = new DenseBucketStore(-5, 5);
    store.add(3, 1);
    expect([store.allocated, store.low, store.high]).toEqual([11, 3, 3]);
    store.add(-5, 2);
    store.add(5, 4);
    expect([store.allocated, store.low, store.high, store.get(-5), store.get(3), store.get(5)]).toEqual([11, -5, 5, 2, 1, 4]);
  });
});
