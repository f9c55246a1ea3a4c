import { describe, expect, it } from 'vitest';
import { IntervalGrid, IntervalTimeWeighted, TimeWeightedStats } from '../../../src/metrics/stats/index';
import { makeRng, viaJSON } from './helpers';

/** Random value changes at integer times in [0, horizon). */
function randomSteps(rng: () => number, horizon: number, changes: number): { time: number; value: number }[] {
  return Array.from({ length: changes }, () => ({ time: Math.floor(rng() * horizon), value: Math.floor(rng() * 10) })).sort(
    (a, b) => a.time - b.time,
  );
}

describe('IntervalTimeWeighted', () => {
  it('splits spans across interval boundaries exactly (brute force over unit cells)', () => {
    const rng = makeRng('interval-tw');
    for (let trial = 0; trial < 30; trial++) {
      const length = 1 + Math.floor(rng() * 9);
      const binCount = 1 + Math.floor(rng() * 12);
      const start = Math.floor(rng() * 10);
      const grid = new IntervalGrid({ intervalLength: length, binCount, start });
      const horizon = start + length * binCount + 15;
      const steps = randomSteps(rng, horizon, Math.floor(rng() * 30));
      const series = new IntervalTimeWeighted(grid, 0, 1);
      steps.forEach((s) => series.update(s.time, s.value));
      series.finalize(horizon);
      const valueAt = (t: number) => {
        let v = 1;
        for (const s of steps) if (s.time <= t) v = s.value;
        return v;
      };
      for (let k = 0; k < binCount; k++) {
        let cells = 0;
        for (let t = start + k * length; t < start + (k + 1) * length; t++) cells += valueAt(t);
        expect(series.integral(k), `trial ${trial} bin ${k}`).toBe(cells);
        expect(series.covered(k)).toBe(length);
        expect(series.mean(k)).toBeCloseTo(cells / length, 12);
      }
    }
  });

  it('adds up to the overall time-weighted integral for non-integer times', () => {
    const rng = makeRng('interval-tw-total');
    const grid = new IntervalGrid({ intervalLength: 1800, binCount: 48 });
    const series = new IntervalTimeWeighted(grid);
    const total = new TimeWeightedStats();
    let t = 0;
    while (true) {
      t += -Math.log(1 - rng()) * 700;
      if (t >= 86400) break;
      const value = Math.floor(rng() * 30);
      series.update(t, value);
      total.update(t, value);
    }
    series.finalize(86400);
    total.finalize(86400);
    let sum = 0;
    for (let k = 0; k < 48; k++) sum += series.integral(k);
    expect(Math.abs(sum - total.integral())).toBeLessThanOrEqual(1e-9 * total.integral());
  });

  it('averages a partly observed interval over its observed time only', () => {
    const grid = new IntervalGrid({ intervalLength: 10, binCount: 3 });
    const series = new IntervalTimeWeighted(grid, 0, 4).update(12, 2).finalize(15);
    expect(series.means()).toEqual([4, (2 * 4 + 3 * 2) / 5, 0]);
    expect(series.covered(2)).toBe(0);
  });

  it('merges finalized replications and round-trips through JSON', () => {
    const grid = new IntervalGrid({ intervalLength: 10, binCount: 2 });
    const a = new IntervalTimeWeighted(grid, 0, 1).finalize(20);
    const b = new IntervalTimeWeighted(grid, 0, 3).finalize(15);
    const total = IntervalTimeWeighted.empty(grid).merge(IntervalTimeWeighted.fromJSON(viaJSON(a))).merge(b);
    expect(total.means()).toEqual([2, (10 + 15) / 15]);
    expect(() => total.merge(new IntervalTimeWeighted(grid))).toThrow(/not finalized/);
    expect(() => total.merge(IntervalTimeWeighted.empty(IntervalGrid.covering(20, 5)))).toThrow(/grids differ/);
  });

  it('rejects time going backwards and updates after finalize', () => {
    const series = new IntervalTimeWeighted(new IntervalGrid({ intervalLength: 10, binCount: 2 }), 5);
    expect(() => series.update(4, 1)).toThrow(/before the last update/);
    series.finalize(6);
    expect(() => series.update(7, 1)).toThrow(/already finalized/);
  });
});
