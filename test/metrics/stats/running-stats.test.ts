import { describe, expect, it } from 'vitest';
import { RunningStats } from '../../../src/metrics/stats/index';
import { lognormal, makeRng, twoPass, viaJSON } from './helpers';

describe('RunningStats', () => {
  it('matches a two-pass mean and variance on seeded data', () => {
    const rng = makeRng('running-two-pass');
    for (const n of [2, 3, 17, 1000, 20000]) {
      const values = Array.from({ length: n }, () => lognormal(rng, 3, 1.2));
      const stats = new RunningStats();
      values.forEach((v) => stats.add(v));
      const ref = twoPass(values);
      expect(stats.count).toBe(n);
      expect(stats.mean).toBeCloseTo(ref.mean, 9);
      expect(Math.abs(stats.variance - ref.variance)).toBeLessThanOrEqual(1e-10 * ref.variance);
      expect(stats.min).toBe(Math.min(...values));
      expect(stats.max).toBe(Math.max(...values));
      expect(Math.abs(stats.sum - values.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(1e-10 * stats.sum);
      expect(stats.populationVariance).toBeCloseTo((ref.variance * (n - 1)) / n, 6);
    }
  });

  it('stays accurate when values share a huge offset (clock times)', () => {
    const rng = makeRng('running-offset');
    const values = Array.from({ length: 5000 }, () => 1e9 + rng());
    const stats = new RunningStats();
    values.forEach((v) => stats.add(v));
    const ref = twoPass(values);
    // Var of U(0,1) is 1/12; the naive sum-of-squares formula loses every digit here.
    expect(Math.abs(stats.variance - ref.variance)).toBeLessThan(1e-6);
    expect(stats.variance).toBeGreaterThan(0.07);
  });

  it('reports 0 (not NaN) for an empty accumulator and flags it as empty', () => {
    const stats = new RunningStats();
    expect(stats.isEmpty).toBe(true);
    for (const v of [stats.mean, stats.variance, stats.standardDeviation, stats.min, stats.max, stats.sum]) {
      expect(v).toBe(0);
    }
  });

  it('has variance 0 with one observation', () => {
    const stats = new RunningStats().add(-4.5);
    expect(stats.isEmpty).toBe(false);
    expect(stats.mean).toBe(-4.5);
    expect(stats.variance).toBe(0);
    expect(stats.min).toBe(-4.5);
    expect(stats.max).toBe(-4.5);
  });

  it('rejects non-finite observations with a clear message', () => {
    const stats = new RunningStats();
    expect(() => stats.add(Number.NaN)).toThrow(/RunningStats.add: x must be a finite number, got NaN/);
    expect(() => stats.add(Infinity)).toThrow(RangeError);
    expect(stats.count).toBe(0);
  });

  it('round-trips exactly through JSON', () => {
    const rng = makeRng('running-json');
    const stats = new RunningStats();
    for (let i = 0; i < 300; i++) stats.add(rng() * 100 - 20);
    const back = RunningStats.fromJSON(viaJSON(stats));
    expect(back.toJSON()).toEqual(stats.toJSON());
    expect(RunningStats.fromJSON(viaJSON(new RunningStats())).isEmpty).toBe(true);
  });

  it('rejects malformed JSON', () => {
    expect(() => RunningStats.fromJSON(null)).toThrow(TypeError);
    expect(() => RunningStats.fromJSON({ count: 1.5, mean: 0, m2: 0, min: 0, max: 0, sum: 0 })).toThrow(/count/);
    expect(() => RunningStats.fromJSON({ count: 2, mean: 0, m2: -1, min: 0, max: 0, sum: 0 })).toThrow(/m2/);
    expect(() => RunningStats.fromJSON({ count: 2, mean: 0, m2: 1, min: 3, max: 0, sum: 0 })).toThrow(/min/);
    expect(() => RunningStats.fromJSON({ count: 0, mean: 1, m2: 0, min: 0, max: 0, sum: 0 })).toThrow(/empty/);
  });
});

describe('RunningStats by hand', () => {
  it('gives the variance of 2, 4, 4, 4, 5, 5, 7, 9 worked by hand: mean 5, squares 32, 32/7 and 32/8', () => {
    const stats = new RunningStats();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) stats.add(x);
    expect(stats.mean).toBe(5);
    expect(stats.variance).toBeCloseTo(32 / 7, 14);
    expect(stats.populationVariance).toBeCloseTo(4, 14);
    expect(stats.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect([stats.min, stats.max, stats.sum, stats.count]).toEqual([2, 9, 40, 8]);
  });

  it('has population variance 0 (not NaN) when empty and with one observation', () => {
    expect(new RunningStats().populationVariance).toBe(0);
    expect(new RunningStats().add(3).populationVariance).toBe(0);
  });

  it('merges 1, 2 with 6, 7, 8 into the statistics of the five values (mean 4.8, squares 38.8)', () => {
    const a = new RunningStats().add(1).add(2);
    const b = new RunningStats().add(6).add(7).add(8);
    a.merge(b);
    expect(a.count).toBe(5);
    expect(a.mean).toBeCloseTo(4.8, 14);
    // (1−4.8)² + (2−4.8)² + (6−4.8)² + (7−4.8)² + (8−4.8)² = 14.44 + 7.84 + 1.44 + 4.84 + 10.24 = 38.8
    expect(a.variance).toBeCloseTo(38.8 / 4, 13);
    expect([a.min, a.max, a.sum]).toEqual([1, 8, 24]);
    // the other way round: the new minimum comes from `other`, the maximum stays
    const c = new RunningStats().add(6).add(7).merge(new RunningStats().add(-1).add(2));
    expect([c.min, c.max, c.sum]).toEqual([-1, 7, 14]);
  });

  it('restores a one-observation accumulator (min = max) from JSON', () => {
    const one = RunningStats.fromJSON({ count: 1, mean: 4, m2: 0, min: 4, max: 4, sum: 4 });
    expect([one.count, one.mean, one.variance, one.min, one.max, one.sum]).toEqual([1, 4, 0, 4, 4, 4]);
    one.add(6);
    expect(one.variance).toBe(2);
  });

  it('rejects an empty accumulator with any non-zero field', () => {
    for (const key of ['mean', 'm2', 'min', 'max', 'sum']) {
      const json = { count: 0, mean: 0, m2: 0, min: 0, max: 0, sum: 0, [key]: key === 'min' ? -1 : 1 };
      expect(() => RunningStats.fromJSON(json), key).toThrow(/RunningStats.fromJSON: an empty accumulator \(count 0\) must have mean, m2, min, max and sum 0/);
    }
  });

  it('names the field and value of malformed JSON', () => {
    const good = { count: 2, mean: 1, m2: 2, min: 0, max: 2, sum: 2 };
    expect(() => RunningStats.fromJSON({ ...good, m2: -1 })).toThrow(/RunningStats.fromJSON: m2 must be non-negative, got -1/);
    expect(() => RunningStats.fromJSON({ ...good, min: 3 })).toThrow(/RunningStats.fromJSON: min \(3\) must not exceed max \(2\)/);
    for (const key of ['mean', 'm2', 'min', 'max', 'sum']) {
      expect(() => RunningStats.fromJSON({ ...good, [key]: 'x' }), key).toThrow(new RegExp(`RunningStats.fromJSON: ${key} must be a finite number`));
    }
    expect(() => RunningStats.fromJSON({ ...good, count: -1 })).toThrow(/count must be a non-negative integer, got -1/);
  });
});
