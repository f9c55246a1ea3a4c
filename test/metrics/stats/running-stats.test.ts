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
