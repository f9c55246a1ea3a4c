import { describe, expect, it } from 'vitest';
import { IntervalCounter, IntervalGrid } from '../../../src/metrics/stats/index';
import { makeRng, randomSplit, viaJSON } from './helpers';

describe('IntervalCounter', () => {
  it('counts events per interval like a brute-force tally, keeping out-of-grid events apart', () => {
    const rng = makeRng('interval-counter');
    const grid = new IntervalGrid({ intervalLength: 900, binCount: 8, start: 3600 });
    const times = Array.from({ length: 4000 }, () => Math.floor(rng() * 12000));
    const counter = new IntervalCounter(grid);
    times.forEach((t) => counter.add(t));
    for (let k = 0; k < 8; k++) {
      const lo = 3600 + 900 * k;
      expect(counter.get(k)).toBe(times.filter((t) => t >= lo && t < lo + 900).length);
    }
    expect(counter.beforeStart).toBe(times.filter((t) => t < 3600).length);
    expect(counter.afterEnd).toBe(times.filter((t) => t >= 3600 + 7200).length);
    expect(counter.total + counter.beforeStart + counter.afterEnd).toBe(times.length);
  });

  it('merges exactly and round-trips through JSON', () => {
    const rng = makeRng('interval-counter-merge');
    const grid = new IntervalGrid({ intervalLength: 60, binCount: 10 });
    const times = Array.from({ length: 1000 }, () => rng() * 700 - 50);
    const whole = new IntervalCounter(grid);
    times.forEach((t) => whole.add(t, 2));
    const merged = new IntervalCounter(grid);
    for (const shard of randomSplit(times, 4, rng)) {
      const part = new IntervalCounter(grid);
      shard.forEach((t) => part.add(t, 2));
      merged.merge(IntervalCounter.fromJSON(viaJSON(part)));
    }
    expect(merged.toJSON()).toEqual(whole.toJSON());
  });

  it('rejects bad bins, mismatched grids and bad amounts', () => {
    const counter = new IntervalCounter(new IntervalGrid({ intervalLength: 60, binCount: 2 }));
    expect(() => counter.get(2)).toThrow(/bin must be an integer in \[0, 1\], got 2/);
    expect(() => counter.add(5, Number.NaN)).toThrow(/amount/);
    expect(() => counter.merge(new IntervalCounter(new IntervalGrid({ intervalLength: 30, binCount: 2 })))).toThrow(
      /interval grids differ/,
    );
  });
});

describe('IntervalCounter by hand', () => {
  it('puts amounts on a grid of two minutes starting at 60 s, the end itself after it', () => {
    const counter = new IntervalCounter(new IntervalGrid({ intervalLength: 60, binCount: 2, start: 60 }));
    counter.add(59.5, 4).add(60).add(119.5, 2).add(120, 3).add(179.9).add(180, 5).add(1e6);
    expect(counter.toArray()).toEqual([3, 4]);
    expect([counter.get(0), counter.get(1), counter.total, counter.beforeStart, counter.afterEnd]).toEqual([3, 4, 7, 4, 6]);
    expect(counter.toJSON()).toEqual({ grid: { start: 60, intervalLength: 60, binCount: 2 }, counts: [3, 4], beforeStart: 4, afterEnd: 6 });
  });

  it('rejects bins that are not whole, negative or past the end, and a non-finite time', () => {
    const counter = new IntervalCounter(new IntervalGrid({ intervalLength: 60, binCount: 2 }));
    for (const bin of [0.5, -1, 2]) expect(() => counter.get(bin), `bin ${bin}`).toThrow(/IntervalCounter.get: bin must be an integer in \[0, 1\]/);
    expect(() => counter.add(Number.NaN)).toThrow(/IntervalCounter.add: time must be a finite number, got NaN/);
  });

  it('rejects JSON whose counts do not fit the grid, or whose totals outside it are not numbers', () => {
    const json = { grid: { start: 0, intervalLength: 60, binCount: 2 }, counts: [1, 2], beforeStart: 0, afterEnd: 0 };
    expect(IntervalCounter.fromJSON(json).toArray()).toEqual([1, 2]);
    expect(() => IntervalCounter.fromJSON({ ...json, counts: [1, 2, 3] })).toThrow(/IntervalCounter.fromJSON: counts must have binCount = 2 entries, got 3/);
    expect(() => IntervalCounter.fromJSON({ ...json, beforeStart: null })).toThrow(/beforeStart must be a finite number/);
    expect(() => IntervalCounter.fromJSON({ ...json, afterEnd: '1' })).toThrow(/afterEnd must be a finite number/);
    expect(() => IntervalCounter.fromJSON(7)).toThrow(/IntervalCounter.fromJSON: expected a JSON object, got 7/);
  });

  it('names itself in the errors of add and merge', () => {
    const counter = new IntervalCounter(new IntervalGrid({ intervalLength: 60, binCount: 2 }));
    expect(() => counter.add(5, Infinity)).toThrow(/^IntervalCounter.add: amount must be a finite number, got Infinity/);
    expect(() => counter.merge(new IntervalCounter(new IntervalGrid({ intervalLength: 60, binCount: 3 })))).toThrow(/^IntervalCounter.merge: interval grids differ/);
  });
});

