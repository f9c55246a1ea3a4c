import { describe, expect, it } from 'vitest';
import { IntervalGrid } from '../../../src/metrics/stats/index';
import { makeRng } from './helpers';

describe('IntervalGrid', () => {
  it('puts a time on a boundary into the later interval', () => {
    const grid = new IntervalGrid({ intervalLength: 1800, binCount: 48 });
    expect(grid.end).toBe(86400);
    expect(grid.binOf(0)).toBe(0);
    expect(grid.binOf(1799.999)).toBe(0);
    expect(grid.binOf(1800)).toBe(1);
    expect(grid.binOf(86399.9)).toBe(47);
    expect(grid.binOf(86400)).toBe(48);
    expect(grid.binOf(-0.1)).toBe(-1);
  });

  it('agrees with its own boundaries for awkward interval lengths', () => {
    const rng = makeRng('grid-awkward');
    const grid = new IntervalGrid({ intervalLength: 0.1, binCount: 1000, start: 0.3 });
    const wrong: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = grid.start + rng() * (grid.end - grid.start);
      const k = grid.binOf(t);
      if (!(grid.boundary(k) <= t && t < grid.boundary(k + 1))) wrong.push(t);
    }
    for (let k = 0; k < grid.binCount; k++) if (grid.binOf(grid.boundary(k)) !== k) wrong.push(grid.boundary(k));
    expect(wrong).toEqual([]);
  });

  it('puts the float just below each boundary into the interval before, where dividing by the length rounds up', () => {
    // With length 0.3, 5.699999999999999 / 0.3 rounds to 19 although the time lies below b_19 = 19 × 0.3 = 5.7:
    // the estimate by division is one too high there and must be walked down.
    const below = (x: number): number => {
      const f = new Float64Array([x]);
      const bits = new BigInt64Array(f.buffer);
      bits[0] = bits[0]! + (x > 0 ? -1n : 1n);
      return f[0]!;
    };
    expect(new IntervalGrid({ intervalLength: 0.3, binCount: 40 }).binOf(5.699999999999999)).toBe(18);
    const wrong: string[] = [];
    for (const [start, length] of [[0, 0.3], [0, 0.1], [0.3, 0.1], [-3.3, 1.1], [7.7, 0.7]] as const) {
      const grid = new IntervalGrid({ intervalLength: length, binCount: 500, start });
      for (let k = 1; k < grid.binCount; k++) {
        const b = grid.boundary(k);
        if (grid.binOf(b) !== k || grid.binOf(below(b)) !== k - 1) wrong.push(`start ${start}, length ${length}, k ${k}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives -1 for any time before the start, however far', () => {
    const grid = new IntervalGrid({ intervalLength: 60, binCount: 4, start: 100 });
    expect([grid.binOf(99), grid.binOf(40), grid.binOf(-1000)]).toEqual([-1, -1, -1]);
  });

  it('covering(horizon, length) rounds the bin count up, ignoring float noise', () => {
    expect(IntervalGrid.covering(86400, 1800).binCount).toBe(48);
    expect(IntervalGrid.covering(86401, 1800).binCount).toBe(49);
    expect(IntervalGrid.covering(0.1 + 0.2, 0.1).binCount).toBe(3);
  });

  it('rejects bad options', () => {
    expect(() => new IntervalGrid({ intervalLength: 0, binCount: 4 })).toThrow(/intervalLength/);
    expect(() => new IntervalGrid({ intervalLength: 1, binCount: 2.5 })).toThrow(/binCount must be a positive integer/);
  });
});

describe('IntervalGrid by hand', () => {
  it('starts at 0 by default and computes boundaries from its start', () => {
    const grid = new IntervalGrid({ intervalLength: 30, binCount: 3 });
    expect(grid.toJSON()).toEqual({ start: 0, intervalLength: 30, binCount: 3 });
    const shifted = new IntervalGrid({ intervalLength: 30, binCount: 3, start: 100 });
    expect([shifted.boundary(0), shifted.boundary(3), shifted.end]).toEqual([100, 190, 190]);
    expect([shifted.binOf(99.9), shifted.binOf(100), shifted.binOf(129.9), shifted.binOf(130), shifted.binOf(189.9), shifted.binOf(190)]).toEqual([-1, 0, 0, 1, 2, 3]);
  });

  it('covering() treats a ratio within 1e−9 of a whole number as that number, and no further', () => {
    expect(IntervalGrid.covering(1800 * (1 + 1e-12), 1800).binCount).toBe(1);
    // 48 + 1e−8: relative distance 2e−10 ≤ 1e−9
    expect(IntervalGrid.covering(1800 * (48 + 1e-8), 1800).binCount).toBe(48);
    // 48 + 1e−6: relative distance 2e−8 > 1e−9
    expect(IntervalGrid.covering(1800 * (48 + 1e-6), 1800).binCount).toBe(49);
    expect(IntervalGrid.covering(0.4, 1).binCount).toBe(1);
    expect(IntervalGrid.covering(2.5, 1, 10).toJSON()).toEqual({ start: 10, intervalLength: 1, binCount: 3 });
    expect(() => IntervalGrid.covering(0, 1)).toThrow(/IntervalGrid.covering: horizon must be a positive/);
    expect(() => IntervalGrid.covering(1, -1)).toThrow(/IntervalGrid.covering: intervalLength must be a positive/);
  });

  it('tells grids apart by start, length and bin count', () => {
    const grid = new IntervalGrid({ intervalLength: 60, binCount: 2, start: 0 });
    expect(grid.equals(new IntervalGrid({ intervalLength: 60, binCount: 2 }))).toBe(true);
    expect(grid.equals(new IntervalGrid({ intervalLength: 60, binCount: 2, start: 1 }))).toBe(false);
    expect(grid.equals(new IntervalGrid({ intervalLength: 60, binCount: 3 }))).toBe(false);
    expect(grid.equals(new IntervalGrid({ intervalLength: 30, binCount: 2 }))).toBe(false);
    expect(() => grid.assertSame('here', new IntervalGrid({ intervalLength: 30, binCount: 3, start: 5 }))).toThrow(
      'here: interval grids differ (start 0 vs 5, intervalLength 60 vs 30, binCount 2 vs 3)',
    );
    expect(() => grid.assertSame('here', new IntervalGrid({ intervalLength: 60, binCount: 2 }))).not.toThrow();
  });

  it('rejects a start, bin count or end that is not finite, and JSON that is not an object', () => {
    expect(() => new IntervalGrid({ intervalLength: 1, binCount: 2, start: Number.NaN })).toThrow(/IntervalGrid: start must be a finite number/);
    expect(() => new IntervalGrid({ intervalLength: 1, binCount: 0 })).toThrow(/IntervalGrid: binCount must be a positive/);
    expect(() => new IntervalGrid({ intervalLength: 1e308, binCount: 10 })).toThrow(/IntervalGrid: the grid end is not a finite number/);
    // A finite start and a finite span whose sum overflows.
    expect(() => new IntervalGrid({ intervalLength: 1e308, binCount: 1, start: 1e308 })).toThrow(/IntervalGrid: the grid end is not a finite number/);
    expect(() => IntervalGrid.fromJSON(null)).toThrow(/IntervalGrid.fromJSON: expected a JSON object, got null/);
    expect(IntervalGrid.fromJSON({ start: 5, intervalLength: 2, binCount: 4 }).end).toBe(13);
  });
});
