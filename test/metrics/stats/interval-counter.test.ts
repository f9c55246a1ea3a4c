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
