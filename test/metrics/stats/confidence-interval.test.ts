import { describe, expect, it } from 'vitest';
import { RunningStats, confidenceInterval, tQuantile } from '../../../src/metrics/stats/index';
import { makeRng, normal } from './helpers';

describe('confidenceInterval()', () => {
  it('computes mean ± t·sd/√n from a RunningStats', () => {
    const stats = new RunningStats();
    [12, 15, 11, 19, 13].forEach((x) => stats.add(x));
    const ci = confidenceInterval(stats);
    const sd = Math.sqrt(((12 - 14) ** 2 + 1 + 9 + 25 + 1) / 4);
    expect(ci.mean).toBe(14);
    expect(ci.n).toBe(5);
    expect(ci.sd).toBeCloseTo(sd, 12);
    expect(ci.halfWidth).toBeCloseTo((2.7764451051977987 * sd) / Math.sqrt(5), 9);
    expect(ci.lower).toBeCloseTo(14 - ci.halfWidth!, 12);
    expect(ci.upper).toBeCloseTo(14 + ci.halfWidth!, 12);
    expect(ci.level).toBe(0.95);
  });

  it('accepts a plain { mean, variance, count } summary and other levels', () => {
    const ci = confidenceInterval({ mean: 3, variance: 4, count: 16 }, 0.9);
    expect(ci.halfWidth).toBeCloseTo((tQuantile(0.95, 15) * 2) / 4, 12);
  });

  it('reports null (never NaN) half-widths when n < 2', () => {
    for (const stats of [new RunningStats(), new RunningStats().add(7)]) {
      const ci = confidenceInterval(stats);
      expect(ci).toMatchObject({ halfWidth: null, lower: null, upper: null, sd: null, n: stats.count });
      expect(JSON.stringify(ci)).not.toContain('NaN');
    }
  });

  it('covers the true mean of normal data 95 % of the time, even with n = 2', () => {
    const rng = makeRng('ci-coverage');
    const trials = 4000;
    // 4 binomial standard deviations around 0.95.
    const slack = 4 * Math.sqrt((0.95 * 0.05) / trials);
    for (const n of [2, 5, 20]) {
      let covered = 0;
      for (let trial = 0; trial < trials; trial++) {
        const stats = new RunningStats();
        for (let i = 0; i < n; i++) stats.add(10 + 3 * normal(rng));
        const ci = confidenceInterval(stats);
        if (ci.lower! <= 10 && 10 <= ci.upper!) covered++;
      }
      expect(Math.abs(covered / trials - 0.95), `n=${n}`).toBeLessThan(slack);
    }
  });

  it('rejects bad summaries and levels', () => {
    expect(() => confidenceInterval({ mean: Number.NaN, variance: 1, count: 3 })).toThrow(/stats.mean/);
    expect(() => confidenceInterval({ mean: 0, variance: -1, count: 3 })).toThrow(/stats.variance/);
    expect(() => confidenceInterval({ mean: 0, variance: 1, count: 2.5 })).toThrow(/stats.count/);
    expect(() => confidenceInterval({ mean: 0, variance: 1, count: 3 }, 1)).toThrow(/level must be in \(0, 1\)/);
  });
});

describe('confidenceInterval() by hand', () => {
  it('gives 10 ± t(0.975, 3)·2/√4 for n = 4, mean 10 and variance 4', () => {
    const ci = confidenceInterval({ count: 4, mean: 10, variance: 4 });
    // t(0.975, 3) = 3.182446 (printed tables), sd 2, √4 = 2
    expect(ci.halfWidth).toBeCloseTo(3.182446, 6);
    expect(ci.lower).toBeCloseTo(10 - 3.182446, 6);
    expect(ci.upper).toBeCloseTo(10 + 3.182446, 6);
    expect(ci.sd).toBe(2);
  });

  it('names the function, the field and the value of every bad input', () => {
    expect(() => confidenceInterval({ mean: 0, variance: 1, count: -1 })).toThrow(
      /^confidenceInterval: stats.count must be a non-negative integer, got -1$/,
    );
    expect(() => confidenceInterval({ mean: 0, variance: 1, count: Number.NaN })).toThrow(/^confidenceInterval: stats.count must be a finite number, got NaN$/);
    expect(() => confidenceInterval({ mean: 0, variance: Infinity, count: 3 })).toThrow(/^confidenceInterval: stats.variance must be a finite number, got Infinity$/);
    expect(() => confidenceInterval({ mean: 0, variance: 1, count: 3 }, Number.NaN)).toThrow(/^confidenceInterval: level must be a finite number, got NaN$/);
    expect(() => confidenceInterval({ mean: 0, variance: 1, count: 3 }, 0)).toThrow(/^confidenceInterval: level must be in \(0, 1\), got 0$/);
    expect(() => confidenceInterval(null as unknown as { mean: number; variance: number; count: number })).toThrow(/^confidenceInterval: expected a JSON object, got null$/);
  });
});
