import { beforeAll, describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { summarizeColumns, summarizeValues } from '../../src/experiment/summary';
import { tQuantile } from '../../src/metrics/stats/confidence';
import { helpDesk } from './scenarios';
import { metricAt } from '../../src/experiment/metric-keys';

/** Textbook mean, sd and t half-width of the non-null values. */
function direct(values: readonly (number | null)[], level = 0.95) {
  const xs = values.filter((v): v is number => v !== null);
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, halfWidth: (tQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n) };
}

describe('summarizeValues()', () => {
  it('gives the mean, sd and Student t half-width', () => {
    const values = [3, 7, 8, 12, 15];
    const s = summarizeValues(values);
    const d = direct(values);
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(9, 12);
    expect(s.sd).toBeCloseTo(d.sd, 12);
    // t(0.975, 4) = 2.776445
    expect(s.halfWidth).toBeCloseTo((2.776445105 * d.sd) / Math.sqrt(5), 6);
    expect(s.lower).toBeCloseTo(9 - s.halfWidth!, 12);
    expect(s.upper).toBeCloseTo(9 + s.halfWidth!, 12);
  });

  it('skips nulls', () => {
    expect(summarizeValues([1, null, 2, null, 6])).toEqual(summarizeValues([1, 2, 6]));
    expect(summarizeValues([1, null, 2, null, 6]).n).toBe(3);
  });

  it('has no interval with fewer than two values, and no mean with none', () => {
    expect(summarizeValues([null, 4])).toEqual({ n: 1, mean: 4, sd: null, halfWidth: null, lower: null, upper: null });
    expect(summarizeValues([null, null])).toEqual({ n: 0, mean: null, sd: null, halfWidth: null, lower: null, upper: null });
    expect(summarizeValues([])).toMatchObject({ n: 0, mean: null });
  });

  it('widens with the confidence level', () => {
    const values = [0.7, 0.8, 0.75, 0.9, 0.85, 0.6];
    expect(summarizeValues(values, 0.99).halfWidth!).toBeGreaterThan(summarizeValues(values, 0.95).halfWidth!);
    expect(summarizeValues(values, 0.99).halfWidth).toBeCloseTo(direct(values, 0.99).halfWidth, 12);
  });

  it('rejects non-finite values and bad levels', () => {
    expect(() => summarizeValues([1, NaN])).toThrow('summarizeValues: value 1 must be a finite number or null, got NaN');
    expect(() => summarizeValues([1, 2], 1)).toThrow(/level must be in \(0, 1\), got 1/);
    // The level is checked even when there is no interval to compute.
    for (const level of [0, 1, -0.5, 1.5, NaN]) {
      expect(() => summarizeValues([], level), String(level)).toThrow(`summarizeValues: level must be in (0, 1), got ${level}`);
      expect(() => summarizeValues([3], level), String(level)).toThrow(`summarizeValues: level must be in (0, 1), got ${level}`);
    }
    expect(summarizeValues([3], 0.5)).toMatchObject({ n: 1, mean: 3 });
  });

  it('has an interval from two values: 1 and 3 → 2 ± t(0.975, 1) · √2 / √2', () => {
    // s² = ((1 − 2)² + (3 − 2)²) / 1 = 2; t(0.975, 1) = tan(0.475 π) = 12.7062.
    const s = summarizeValues([1, 3]);
    expect(s.n).toBe(2);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(s.halfWidth).toBeCloseTo(Math.tan(0.475 * Math.PI), 9);
    expect(s.lower).toBeCloseTo(2 - Math.tan(0.475 * Math.PI), 9);
  });

  it('is not thrown off by a large common offset (two-pass variance): sd of 10⁶ + {0.1, 0.2, 0.4} = √(7/300)', () => {
    // Deviations from the mean 0.7/3: −0.1333, −0.0333, 0.1667; their squares add to 0.14/3.
    const s = summarizeValues([1e6 + 0.1, 1e6 + 0.2, 1e6 + 0.4]);
    expect(s.sd).toBeCloseTo(Math.sqrt(7 / 300), 8);
    expect(s.mean).toBeCloseTo(1e6 + 0.7 / 3, 8);
  });

  it('treats a missing entry (a hole of a sparse array) like null', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3, , 8] as unknown as (number | null)[];
    expect(summarizeValues(sparse)).toEqual(summarizeValues([1, 3, 8]));
  });

  it('summarizes columns by path', () => {
    const out = summarizeColumns(['a', 'b'], [[1, null], [3, 5], [5, null]]);
    expect(out['a']).toEqual(summarizeValues([1, 3, 5]));
    expect(out['b']).toMatchObject({ n: 1, mean: 5, halfWidth: null });
  });
});

describe('runExperiment() summaries', () => {
  let e: ExperimentResult;
  beforeAll(async () => {
    e = await runExperiment(helpDesk(1), { replications: 6, seed: 21, threads: 1 });
  });

  it('summarizes every metric from the stored per-replication values', () => {
    expect(Object.keys(e.summary)).toEqual(e.metrics);
    for (const path of ['overall.serviceLevel', 'byContactType.tech.asa', 'agents.occupancy', 'intervals.1.abandonmentRate']) {
      const j = e.metrics.indexOf(path);
      expect(j, path).toBeGreaterThanOrEqual(0);
      const values = e.replications.map((r) => r.values[j]!);
      const d = direct(values);
      const s = metricAt(e.summary, path)!;
      expect(s.n).toBe(d.n);
      expect(s.mean).toBeCloseTo(d.mean, 12);
      expect(s.halfWidth).toBeCloseTo(d.halfWidth, 10);
    }
  });

  it('counts only replications where a metric exists', async () => {
    // A contact type with one call an hour over a one-hour day: some days nobody of that type calls,
    // and its ASA is null on those days.
    const rare = { name: 'rare', skills: { tech: 1 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '1/h' } };
    const scenario = { ...helpDesk(1), contactTypes: [...(helpDesk(1).contactTypes as object[]), rare] } as ReturnType<typeof helpDesk>;
    const withRare = await runExperiment(scenario, { replications: 6, seed: 21, threads: 1 });
    const j = withRare.metrics.indexOf('byContactType.rare.asa');
    const values = withRare.replications.map((r) => r.values[j]!);
    const present = values.filter((v) => v !== null).length;
    expect(present).toBeGreaterThan(1);
    expect(present).toBeLessThan(6);
    expect(withRare.summary['byContactType.rare.asa']).toMatchObject({ n: present, mean: direct(values).mean });
  });
});
