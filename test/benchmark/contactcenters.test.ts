import { describe, expect, it } from 'vitest';
import { CONTACTCENTERS_INSTANCES } from '../../src/benchmark/contactcenters';
import { estimateFigure } from '../../src/benchmark/figures';
import { runBenchmark } from '../../src/benchmark/run-benchmark';

/** 99.9 % over 95 %: each figure must fall within the combined 99.9 % interval of the difference. */
const WIDEN = 3.2905 / 1.96;

describe('ContactCenters instances', () => {
  for (const instance of CONTACTCENTERS_INSTANCES) {
    it(`${instance.name}: every published figure within the combined interval`, async () => {
      const rows = await runBenchmark(instance, { replications: 60, threads: 1, seed: 3 });
      expect(rows).toHaveLength(instance.figures.length);
      for (const row of rows) {
        expect(Math.abs(row.difference), `${row.figure}: routelab ${row.routelab} vs published ${row.published}`).toBeLessThanOrEqual(row.combinedHalfWidth * WIDEN);
      }
    });
  }
});

describe('estimateFigure()', () => {
  const reps = [
    [4, 10],
    [6, 10],
    [5, 20],
  ].map(([x, y]) => new Map([['x', x!], ['y', y!]]));

  it('gives the ratio of sums with its delta-method interval', () => {
    const e = estimateFigure({ kind: 'ratio', numerator: (m) => m.get('x')!, denominator: (m) => m.get('y')! }, reps);
    // r = 15 / 40; residuals x − r y = 0.25, 2.25, −2.5; s² = (0.0625 + 5.0625 + 6.25) / 2; ȳ = 40/3.
    expect(e.mean).toBe(15 / 40);
    expect(e.halfWidth).toBeCloseTo((1.959963984540054 * Math.sqrt(11.375 / 2 / 3)) / (40 / 3), 12);
  });

  it('gives the mean of the values with its Student interval', () => {
    const e = estimateFigure({ kind: 'mean', value: (m) => m.get('x')! }, reps);
    expect(e.mean).toBe(5);
    expect(e.halfWidth).toBeCloseTo(4.302652729911275 * (1 / Math.sqrt(3)), 9);
  });
});
