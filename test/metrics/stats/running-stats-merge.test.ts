import { describe, expect, it } from 'vitest';
import { RunningStats } from '../../../src/metrics/stats/index';
import { lognormal, makeRng, randomSplit, viaJSON } from './helpers';

function statsOf(values: readonly number[]): RunningStats {
  const stats = new RunningStats();
  values.forEach((v) => stats.add(v));
  return stats;
}

describe('RunningStats.merge()', () => {
  it('equals the statistics of the whole for random splits (including empty shards)', () => {
    const rng = makeRng('running-merge');
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + Math.floor(rng() * 3000);
      const values = Array.from({ length: n }, () => lognormal(rng, 2, 1) - 5);
      const whole = statsOf(values);
      const parts = 1 + Math.floor(rng() * 12);
      const merged = new RunningStats();
      for (const shard of randomSplit(values, parts, rng)) {
        merged.merge(RunningStats.fromJSON(viaJSON(statsOf(shard))));
      }
      expect(merged.count).toBe(whole.count);
      expect(Math.abs(merged.mean - whole.mean)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(whole.mean)));
      expect(Math.abs(merged.variance - whole.variance)).toBeLessThanOrEqual(1e-10 * Math.max(1e-12, whole.variance));
      expect(merged.min).toBe(whole.min);
      expect(merged.max).toBe(whole.max);
      expect(Math.abs(merged.sum - whole.sum)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(whole.sum)));
    }
  });

  it('treats an empty accumulator as neutral on either side', () => {
    const a = statsOf([3, 5, 10]);
    expect(new RunningStats().merge(a).toJSON()).toEqual(a.toJSON());
    expect(a.clone().merge(new RunningStats()).toJSON()).toEqual(a.toJSON());
  });

  it('can merge an accumulator into itself (doubling the sample)', () => {
    const a = statsOf([1, 2, 3, 4]);
    a.merge(a);
    const b = statsOf([1, 2, 3, 4, 1, 2, 3, 4]);
    expect(a.count).toBe(8);
    expect(a.mean).toBeCloseTo(b.mean, 12);
    expect(a.variance).toBeCloseTo(b.variance, 12);
  });
});
