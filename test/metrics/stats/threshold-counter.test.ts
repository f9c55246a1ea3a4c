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

describe('ThresholdCounter by hand', () => {
  it('puts values in the bands ≤ 20, (20, 60], > 60 and sums them', () => {
    const counter = new ThresholdCounter([20, 60]);
    for (const x of [0, 20, 20.001, 59, 60, 61, 1000]) counter.add(x);
    expect(counter.toJSON()).toEqual({ thresholds: [20, 60], counts: [2, 3, 2] });
    expect([counter.countAtMost(20), counter.countAtMost(60), counter.countAbove(20), counter.countAbove(60)]).toEqual([2, 5, 5, 2]);
    expect(counter.fractionAtMost(60)).toBe(5 / 7);
    expect(counter.thresholds).toEqual([20, 60]);
    expect(counter.isEmpty).toBe(false);
  });

  it('keeps the total of counts read from JSON', () => {
    const counter = ThresholdCounter.fromJSON({ thresholds: [20], counts: [3, 1] });
    expect(counter.total).toBe(4);
    expect(counter.fractionAtMost(20)).toBe(0.75);
    const merged = new ThresholdCounter([20]).add(5).merge(counter);
    expect([merged.total, merged.countAtMost(20), merged.countAbove(20)]).toEqual([5, 4, 1]);
  });

  it('rejects a weight that is not positive and finite, and accepts fractional weights', () => {
    const counter = new ThresholdCounter([20]);
    expect(() => counter.add(5, 0)).toThrow(/ThresholdCounter.add: weight must be a positive finite number, got 0/);
    expect(() => counter.add(5, -1)).toThrow(/weight/);
    expect(() => counter.add(5, Number.NaN)).toThrow(/weight/);
    expect(() => counter.add(Infinity)).toThrow(/ThresholdCounter.add: x must be a finite number, got Infinity/);
    expect(counter.add(5, 0.5).total).toBe(0.5);
  });

  it('rejects thresholds that are not an array, merges with other thresholds of the same length, and negative JSON counts', () => {
    expect(() => new ThresholdCounter('20' as unknown as number[])).toThrow(/ThresholdCounter: thresholds must be a non-empty array of numbers/);
    expect(() => new ThresholdCounter([20, 20])).toThrow(/strictly increasing, got 20 then 20/);
    expect(() => new ThresholdCounter([20, 60]).merge(new ThresholdCounter([20, 30]))).toThrow(
      /ThresholdCounter.merge: thresholds differ \(\[20, 60\] vs \[20, 30\]\)/,
    );
    expect(() => ThresholdCounter.fromJSON({ thresholds: [20], counts: [1, -1] })).toThrow(/ThresholdCounter.fromJSON: counts\[1\] must be a non-negative/);
    expect(() => new ThresholdCounter([20]).countAbove(21)).toThrow(/ThresholdCounter.countAbove: 21 is not a configured threshold/);
  });

  it('rejects merging a counter with more thresholds, and names countAtMost in its error', () => {
    expect(() => new ThresholdCounter([20]).merge(new ThresholdCounter([20, 60]))).toThrow(/ThresholdCounter.merge: thresholds differ \(\[20\] vs \[20, 60\]\)/);
    expect(() => new ThresholdCounter([20]).countAtMost(30)).toThrow(/^ThresholdCounter.countAtMost: 30 is not a configured threshold/);
  });
});

