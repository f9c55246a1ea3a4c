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

describe('IntervalTimeWeighted by hand', () => {
  it('tracks a queue by increments over two intervals of 10 s', () => {
    const grid = new IntervalGrid({ intervalLength: 10, binCount: 2 });
    const series = new IntervalTimeWeighted(grid).adjust(2, 1).adjust(5, 1).adjust(12, -1);
    // [0, 2): 0, [2, 5): 1, [5, 10): 2 | [10, 12): 2, [12, 20): 1
    expect([series.value, series.lastTime, series.isFinalized]).toEqual([1, 12, false]);
    expect([series.integral(0), series.covered(0), series.integral(1), series.covered(1)]).toEqual([13, 10, 4, 2]);
    series.finalize(20);
    expect([series.integral(1), series.covered(1), series.mean(1), series.isFinalized]).toEqual([12, 10, 1.2, true]);
    expect(series.mean(0)).toBe(1.3);
  });

  it('starts at the grid start by default and ignores time before it and after its end', () => {
    const grid = new IntervalGrid({ intervalLength: 10, binCount: 2, start: 100 });
    expect(new IntervalTimeWeighted(grid).lastTime).toBe(100);
    const series = new IntervalTimeWeighted(grid, 90, 5).update(95, 1).update(105, 3).finalize(130);
    expect(series.toJSON()).toEqual({
      grid: { start: 100, intervalLength: 10, binCount: 2 },
      integrals: [1 * 5 + 3 * 5, 3 * 10],
      covered: [10, 10],
      lastTime: 130,
      value: 3,
      finalized: true,
    });
  });

  it('names the method and argument of bad input', () => {
    const grid = new IntervalGrid({ intervalLength: 10, binCount: 2 });
    expect(() => new IntervalTimeWeighted(grid, Number.NaN)).toThrow(/IntervalTimeWeighted: startTime must be a finite number/);
    expect(() => new IntervalTimeWeighted(grid, 0, Infinity)).toThrow(/IntervalTimeWeighted: initialValue must be a finite number/);
    const series = new IntervalTimeWeighted(grid);
    expect(() => series.adjust(1, Number.NaN)).toThrow(/IntervalTimeWeighted.adjust: delta must be a finite number/);
    expect(() => series.update(1, Number.NaN)).toThrow(/IntervalTimeWeighted.update: value must be a finite number/);
    expect(() => series.update(Number.NaN, 1)).toThrow(/IntervalTimeWeighted.update: now must be a finite number/);
    expect(() => series.update(-1, 1)).toThrow(/IntervalTimeWeighted.update: now \(-1\) is before the last update \(0\)/);
    for (const bin of [0.5, -1, 2]) {
      expect(() => series.integral(bin), `bin ${bin}`).toThrow(/IntervalTimeWeighted.integral: bin must be an integer in \[0, 1\]/);
      expect(() => series.covered(bin)).toThrow(/IntervalTimeWeighted.covered: bin/);
      expect(() => series.mean(bin)).toThrow(/IntervalTimeWeighted.mean: bin/);
    }
    series.update(3, 1).finalize(4);
    expect(() => series.finalize(5)).toThrow(/IntervalTimeWeighted.finalize: already finalized at 4/);
  });

  it('rejects JSON whose arrays do not fit the grid or whose covered time is negative', () => {
    const json = new IntervalTimeWeighted(new IntervalGrid({ intervalLength: 10, binCount: 2 }), 0, 1).finalize(15).toJSON();
    expect(IntervalTimeWeighted.fromJSON(json).isFinalized).toBe(true);
    expect(IntervalTimeWeighted.fromJSON({ ...json, finalized: false }).isFinalized).toBe(false);
    expect(() => IntervalTimeWeighted.fromJSON({ ...json, integrals: [1] })).toThrow(
      /IntervalTimeWeighted.fromJSON: integrals and covered must have binCount = 2 entries/,
    );
    expect(() => IntervalTimeWeighted.fromJSON({ ...json, covered: [1, 2, 3] })).toThrow(/binCount = 2 entries/);
    expect(() => IntervalTimeWeighted.fromJSON({ ...json, covered: [10, -1] })).toThrow(/IntervalTimeWeighted.fromJSON: covered\[1\] must be non-negative, got -1/);
    expect(IntervalTimeWeighted.fromJSON({ ...json, covered: [10, 0] }).mean(1)).toBe(0);
    expect(() => IntervalTimeWeighted.fromJSON('x')).toThrow(/IntervalTimeWeighted.fromJSON: expected a JSON object/);
  });

  it('checks time order and finalization on updates inside the interval last advanced through', () => {
    const series = new IntervalTimeWeighted(new IntervalGrid({ intervalLength: 10, binCount: 2 }), 0, 1).update(3, 2).update(4, 5);
    expect(() => series.update(3.5, 1)).toThrow(/IntervalTimeWeighted.update: now \(3.5\) is before the last update \(4\)/);
    series.finalize(6);
    expect(() => series.update(7, 1)).toThrow(/IntervalTimeWeighted.update: already finalized at 6/);
    // 1 over [0, 3), 2 over [3, 4), 5 over [4, 6)
    expect([series.integral(0), series.covered(0), series.lastTime]).toEqual([15, 6, 6]);
  });

  it('empty() is finalized, so it merges into another accumulator; merge names itself when grids differ', () => {
    const grid = new IntervalGrid({ intervalLength: 10, binCount: 2 });
    expect(IntervalTimeWeighted.empty(grid).isFinalized).toBe(true);
    const series = new IntervalTimeWeighted(grid, 0, 2).merge(IntervalTimeWeighted.empty(grid));
    expect(series.toJSON()).toMatchObject({ integrals: [0, 0], covered: [0, 0], finalized: false });
    expect(() => series.merge(IntervalTimeWeighted.empty(new IntervalGrid({ intervalLength: 10, binCount: 3 })))).toThrow(
      /^IntervalTimeWeighted.merge: interval grids differ/,
    );
  });
});

