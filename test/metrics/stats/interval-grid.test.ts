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
