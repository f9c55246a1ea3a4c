import { describe, expect, it } from 'vitest';
import { IntervalGrid, IntervalTimeWeighted } from '../../../src/metrics/stats/index';
import { makeRng } from './helpers';

/**
 * The straightforward integration `IntervalTimeWeighted` started from: every update looks up the
 * interval of the previous update time and walks the boundaries. The class now skips the lookup
 * while updates stay inside one interval; its sums must stay identical, bit for bit.
 */
function reference(grid: IntervalGrid, start: number, initial: number, updates: readonly [number, number][], end: number) {
  const integrals = new Float64Array(grid.binCount);
  const covered = new Float64Array(grid.binCount);
  let last = start;
  let value = initial;
  const advance = (now: number): void => {
    let from = Math.max(last, grid.start);
    const to = Math.min(now, grid.end);
    if (from < to) {
      for (let k = grid.binOf(from); k < grid.binCount && from < to; k++) {
        const segmentEnd = Math.min(to, grid.boundary(k + 1));
        const span = segmentEnd - from;
        integrals[k]! += value * span;
        covered[k]! += span;
        from = segmentEnd;
      }
    }
    last = now;
  };
  for (const [time, v] of updates) {
    advance(time);
    value = v;
  }
  advance(end);
  return { integrals: Array.from(integrals), covered: Array.from(covered) };
}

describe('IntervalTimeWeighted (interval cache)', () => {
  it('sums exactly as the plain integration, with updates on, near and across boundaries', () => {
    const rng = makeRng('interval-tw-cache');
    for (let trial = 0; trial < 200; trial++) {
      const length = [0.1, 1, 7.3, 1800][trial % 4]!;
      const binCount = 1 + Math.floor(rng() * 20);
      const start = trial % 3 === 0 ? 0 : rng() * 50;
      const grid = new IntervalGrid({ intervalLength: length, binCount, start });
      const from = start - rng() * length;
      let t = from;
      const updates: [number, number][] = [];
      for (let i = 0; i < 300; i++) {
        const r = rng();
        if (r < 0.1) t = Math.max(t, grid.boundary(Math.min(binCount, Math.ceil((t - start) / length) + (r < 0.05 ? 0 : 1))));
        else if (r < 0.15) t += 0;
        else t += rng() * length * (r < 0.9 ? 0.2 : 3);
        updates.push([Math.max(t, from), Math.floor(rng() * 100) / 7]);
      }
      const end = t + rng() * length;
      const series = new IntervalTimeWeighted(grid, from, 3);
      for (const [time, v] of updates) series.update(time, v);
      series.finalize(end);
      const want = reference(grid, from, 3, updates, end);
      for (let k = 0; k < binCount; k++) {
        expect(series.integral(k), `trial ${trial} bin ${k}`).toBe(want.integrals[k]);
        expect(series.covered(k), `trial ${trial} bin ${k}`).toBe(want.covered[k]);
      }
    }
  });
});
