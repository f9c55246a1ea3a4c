import { describe, expect, it } from 'vitest';
import { ThresholdCounter } from '../../../src/metrics/stats/index';
import { makeRng, randomSplit, viaJSON } from './helpers';

describe('ThresholdCounter', () => {
  it('counts values ≤ each threshold exactly, including values exactly on a threshold', () => {
    const rng = makeRng('threshold-exact');
    const thresholds = [0, 10, 20, 20.5, 60, 300];
    // Integer waits hit the thresholds exactly; a third are 0 (answered at once).
    const values = Array.from({ length: 20000 }, () => (rng() < 0.33 ? 0 : Math.floor(rng() * 400) + (rng() < 0.1 ? 0.5 : 0)));
    const counter = new ThresholdCounter(thresholds);
    values.forEach((v) => counter.add(v));
    expect(counter.total).toBe(values.length);
    for (const t of thresholds) {
      const exact = values.filter((v) => v <= t).length;
      expect(counter.countAtMost(t), `≤ ${t}`).toBe(exact);
      expect(counter.countAbove(t), `> ${t}`).toBe(values.length - exact);
      expect(counter.fractionAtMost(t)).toBe(exact / values.length);
    }
  });

  it('merges exactly, and round-trips through JSON', () => {
    const rng = makeRng('threshold-merge');
    const values = Array.from({ length: 5000 }, () => Math.floor(rng() * 100));
    const whole = new ThresholdCounter([20, 30, 60]);
    values.forEach((v) => whole.add(v));
    const merged = new ThresholdCounter([20, 30, 60]);
    for (const shard of randomSplit(values, 5, rng)) {
      const part = new ThresholdCounter([20, 30, 60]);
      shard.forEach((v) => part.add(v));
      merged.merge(ThresholdCounter.fromJSON(viaJSON(part)));
    }
    expect(merged.toJSON()).toEqual(whole.toJSON());
  });

  it('applies weights', () => {
    const counter = new ThresholdCounter([20]).add(5, 3).add(25, 2);
    expect(counter.countAtMost(20)).toBe(3);
    expect(counter.total).toBe(5);
  });

  it('reports 0 for an empty counter and flags it', () => {
    const counter = new ThresholdCounter([20]);
    expect(counter.isEmpty).toBe(true);
    expect(counter.fractionAtMost(20)).toBe(0);
  });

  it('rejects bad thresholds, unknown thresholds, mismatched merges and bad JSON', () => {
    expect(() => new ThresholdCounter([])).toThrow(/non-empty/);
    expect(() => new ThresholdCounter([20, 10])).toThrow(/strictly increasing, got 20 then 10/);
    expect(() => new ThresholdCounter([Number.NaN])).toThrow(/thresholds\[0\]/);
    const counter = new ThresholdCounter([20, 60]);
    expect(() => counter.countAtMost(30)).toThrow(/30 is not a configured threshold; known thresholds are \[20, 60\]/);
    expect(() => counter.merge(new ThresholdCounter([20]))).toThrow(/thresholds differ/);
    expect(() => counter.add(Number.NaN)).toThrow(RangeError);
    expect(() => ThresholdCounter.fromJSON({ thresholds: [20], counts: [1] })).toThrow(/2 entries/);
  });
});
