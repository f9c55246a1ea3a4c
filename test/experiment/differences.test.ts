import { describe, expect, it } from 'vitest';
import { pairedDifferences } from '../../src/experiment/differences';
import { metricAt } from '../../src/experiment/metric-keys';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { summarizeValues } from '../../src/experiment/summary';

/** A hand-made experiment of replications [from, from + rows.length) with the given metrics. */
function experiment(metrics: string[], rows: (number | null)[][], from = 0): ExperimentResult {
  return {
    format: 'routelab-experiment',
    version: 1,
    scenario: 's',
    policy: 'p',
    seed: 1,
    from,
    to: from + rows.length,
    level: 0.95,
    metrics,
    replications: rows.map((values, r) => ({ replication: from + r, values })),
    summary: {},
  };
}

// t(0.975, 2) = 4.302652729911275 (tables: 4.303).
const T2 = 4.302652729911275;

describe('pairedDifferences()', () => {
  it('differences variant − baseline replication by replication, matching metrics by path', () => {
    // The baseline has a metric the variant lacks; the variant lists its metrics in another order
    // and has one the baseline lacks: only the metrics of both are differenced.
    const baseline = experiment(['a', 'b', 'gone'], [[1, 10, 0], [2, 20, 0], [3, 30, 0]]);
    const variant = experiment(['c', 'b', 'a'], [[0, 12, 2], [0, 23, 3], [0, 34, 5]]);
    const d = pairedDifferences(baseline, variant);
    expect(Object.keys(d)).toEqual(['a', 'b']);
    // a: 1, 1, 2 → mean 4/3, s² = (1/9 + 1/9 + 4/9) / 2 = 1/3.
    expect(metricAt(d, 'a')!.n).toBe(3);
    expect(metricAt(d, 'a')!.mean).toBeCloseTo(4 / 3, 12);
    expect(metricAt(d, 'a')!.halfWidth).toBeCloseTo((T2 * Math.sqrt(1 / 3)) / Math.sqrt(3), 9);
    // b: 2, 3, 4 → mean 3, s = 1: the interval 3 ± 2.48 excludes 0.
    expect(metricAt(d, 'b')).toMatchObject({ n: 3, mean: 3, sd: 1, significant: true });
    // a's interval 1.33 ± 1.43 contains 0.
    expect(metricAt(d, 'a')!.significant).toBe(false);
  });

  it('is significant below 0 too, and not significant without an interval', () => {
    const baseline = experiment(['a', 'one'], [[5, 1], [6, null], [7, null]]);
    const variant = experiment(['a', 'one'], [[1, 2], [2, 3], [3, null]]);
    const d = pairedDifferences(baseline, variant);
    expect(metricAt(d, 'a')).toMatchObject({ mean: -4, sd: 0, significant: true });
    // Only replication 0 has both values: n = 1, no interval, significance unknown (null, not false).
    expect(metricAt(d, 'one')).toEqual({ ...summarizeValues([1]), significant: null });
  });

  it('skips the pairs where either value is null', () => {
    const baseline = experiment(['a'], [[null], [2], [4], [1]]);
    const variant = experiment(['a'], [[5], [null], [6], [4]]);
    expect(metricAt(pairedDifferences(baseline, variant), 'a')).toEqual({ ...summarizeValues([2, 3]), significant: expect.any(Boolean) });
    expect(metricAt(pairedDifferences(baseline, variant), 'a')!.n).toBe(2);
  });

  it('finds no significant difference between equal experiments (the interval [0, 0] contains 0)', () => {
    const same = experiment(['a'], [[1], [2], [3]]);
    expect(metricAt(pairedDifferences(same, same), 'a')).toEqual({ n: 3, mean: 0, sd: 0, halfWidth: 0, lower: 0, upper: 0, significant: false });
  });

  it('uses the level it is given', () => {
    const baseline = experiment(['a'], [[0], [0], [0]]);
    const variant = experiment(['a'], [[1], [1], [4]]);
    expect(metricAt(pairedDifferences(baseline, variant, 0.8), 'a')!.halfWidth).toBeCloseTo(summarizeValues([1, 1, 4], 0.8).halfWidth!, 12);
  });

  it('rejects experiments of different replications', () => {
    const rows = [[1], [2]];
    const message = 'pairedDifferences: the experiments must cover the same replications, got [0, 2) and [1, 3)';
    expect(() => pairedDifferences(experiment(['a'], rows), experiment(['a'], rows, 1))).toThrow(new RangeError(message));
    // Different first replication, same last one; same first, different last.
    expect(() => pairedDifferences(experiment(['a'], rows), experiment(['a'], [[1]], 1))).toThrow(/got \[0, 2\) and \[1, 2\)/);
    expect(() => pairedDifferences(experiment(['a'], rows), experiment(['a'], [...rows, [3]]))).toThrow(/got \[0, 2\) and \[0, 3\)/);
  });
});
