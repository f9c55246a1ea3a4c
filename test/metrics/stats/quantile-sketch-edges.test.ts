import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/stats/index';

/**
 * Edges of QuantileSketch worked by hand, with α = 1/3 so that γ = 2: bucket i holds
 * (2^(i−1), 2^i], and the index range runs from ceil(log2 minValue) to ceil(log2 maxValue) + 1
 * (−19..28 with the defaults).
 */
const halving = { relativeAccuracy: 1 / 3 };

describe('QuantileSketch.addInBucket() by hand', () => {
  it('counts each value once and keeps the exact min and max', () => {
    const sketch = new QuantileSketch(halving);
    // 3 → bucket 2, 0.7 → bucket 0, 10 → bucket 4; the smallest value is not the last one
    sketch.addInBucket(3, 2).addInBucket(0.7, 0).addInBucket(10, 4);
    expect([sketch.count, sketch.zeroCount, sketch.min, sketch.max]).toEqual([3, 0, 0.7, 10]);
    expect(sketch.toJSON()).toMatchObject({ firstIndex: 0, counts: [1, 0, 1, 0, 1], min: 0.7, max: 10 });
    // rank ceil(0.5 · 3) = 2: the 3 in bucket 2, answered 2 · 4/3 = 8/3
    expect(sketch.quantile(0.5)).toBeCloseTo(8 / 3, 14);
  });

  it('accepts maxValue itself, as add() does', () => {
    const sketch = new QuantileSketch({ ...halving, minValue: 1, maxValue: 8 });
    sketch.addInBucket(8, sketch.bucketOf(8));
    expect([sketch.count, sketch.max]).toEqual([1, 8]);
  });
});

describe('QuantileSketch when empty', () => {
  it('says it is empty only while nothing is recorded', () => {
    const sketch = new QuantileSketch();
    expect(sketch.isEmpty).toBe(true);
    expect(sketch.add(0).isEmpty).toBe(false);
    expect(new QuantileSketch().add(5).isEmpty).toBe(false);
  });

  it('gives a fraction of 0 at every t, even t = ∞', () => {
    const empty = new QuantileSketch();
    expect([empty.fractionAtMost(0), empty.fractionAtMost(1e9), empty.fractionAtMost(Infinity)]).toEqual([0, 0, 0]);
    expect(new QuantileSketch().add(5).fractionAtMost(Infinity)).toBe(1);
  });

  it('writes min and max as null in its JSON', () => {
    expect(new QuantileSketch().toJSON()).toEqual({
      relativeAccuracy: 0.01,
      minValue: 1e-6,
      maxValue: 1e8,
      zeroCount: 0,
      min: null,
      max: null,
      firstIndex: 0,
      counts: [],
    });
  });

  it('takes values after being read from JSON, with their min and max', () => {
    const back = QuantileSketch.fromJSON(new QuantileSketch(halving).toJSON());
    back.add(3).add(10);
    expect([back.count, back.min, back.max]).toEqual([2, 3, 10]);
    const merged = QuantileSketch.fromJSON(new QuantileSketch(halving).toJSON()).merge(new QuantileSketch(halving).add(0.7).add(100));
    expect([merged.count, merged.min, merged.max]).toEqual([2, 0.7, 100]);
  });
});

describe('QuantileSketch.fromJSON() at its bounds', () => {
  // zeroCount 1, counts [1, 0, 1] from bucket 2 (3 and 10), min 0, max 10
  const good = new QuantileSketch(halving).add(0).add(3).add(10).toJSON();

  it('accepts buckets from the first index of the range on', () => {
    expect(QuantileSketch.fromJSON({ ...good, firstIndex: -19, min: 0, max: 1e-5 }).toJSON()).toMatchObject({ firstIndex: -19, counts: [1, 0, 1] });
  });

  it('accepts a max of exactly maxValue', () => {
    const json = new QuantileSketch({ ...halving, minValue: 1, maxValue: 8 }).add(2).add(8).toJSON();
    expect(json.max).toBe(8);
    expect(QuantileSketch.fromJSON(json).toJSON()).toEqual(json);
  });

  it('drops zero counts at either end, so the JSON written back is canonical', () => {
    // the same buckets written with a zero before and after them
    const padded = { ...good, firstIndex: 1, counts: [0, 1, 0, 1, 0] };
    expect(QuantileSketch.fromJSON(padded).toJSON()).toEqual(good);
    const zeros = { ...good, zeroCount: 2, firstIndex: 5, counts: [0, 0], min: 0, max: 0 };
    expect(QuantileSketch.fromJSON(zeros).toJSON()).toEqual({ ...zeros, firstIndex: 0, counts: [] });
  });

  it('rejects min and max on an empty sketch, and a missing one on a non-empty sketch', () => {
    const empty = new QuantileSketch(halving).toJSON();
    expect(() => QuantileSketch.fromJSON({ ...empty, min: 0 })).toThrow(/min and max must be null exactly when the sketch is empty/);
    expect(() => QuantileSketch.fromJSON({ ...empty, max: 0 })).toThrow(/min and max must be null exactly when the sketch is empty/);
    expect(() => QuantileSketch.fromJSON({ ...good, min: null })).toThrow(/min and max must be null exactly when the sketch is empty/);
    expect(() => QuantileSketch.fromJSON({ ...good, max: null })).toThrow(/min and max must be null exactly when the sketch is empty/);
  });
});

describe('QuantileSketch memory', () => {
  // a range wide enough that padding is never clipped: buckets −300..301
  const wide = { ...halving, minValue: 2 ** -300, maxValue: 2 ** 300 };

  it('allocates the span of a first value padded by 32 buckets on each side', () => {
    // 60 → bucket ceil(log2 60) = 6: [6 − 32, 6 + 32]
    expect(new QuantileSketch(wide).add(60).allocatedBucketCount).toBe(65);
  });

  it('allocates nothing more for values in the first and last allocated buckets', () => {
    const sketch = new QuantileSketch(wide).add(60);
    // 0.75 · 2^−26 → bucket −26 and 0.75 · 2^38 → bucket 38, the ends of [6 − 32, 6 + 32]
    sketch.add(0.75 * 2 ** -26).add(0.75 * 2 ** 38);
    expect(sketch.allocatedBucketCount).toBe(65);
    expect(sketch.toJSON()).toMatchObject({ firstIndex: -26, counts: [1, ...Array<number>(31).fill(0), 1, ...Array<number>(31).fill(0), 1] });
  });

  it('allocates for a merge only the span that adding the same values allocates', () => {
    // 1.5 → bucket 1: [−31, 33]; 1.5 · 2^199 → bucket 200, past the end: [−31, 200 + 32], 264 buckets
    const far = 1.5 * 2 ** 199;
    const added = new QuantileSketch(wide).add(1.5).add(far);
    expect(added.allocatedBucketCount).toBe(264);
    const merged = new QuantileSketch(wide).merge(added);
    expect(merged.allocatedBucketCount).toBe(264);
    expect(merged.toJSON()).toEqual(added.toJSON());
  });
});
