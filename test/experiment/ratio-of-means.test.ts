import { describe, expect, it } from 'vitest';
import { metricAt } from '../../src/experiment/metric-keys';
import { ratioOfMeans, ratioSummaries } from '../../src/experiment/ratio-of-means';
import { runExperiment } from '../../src/experiment/replications';
import { mergeShards, runShard } from '../../src/experiment/shards';
import { replicationMetrics } from '../../src/experiment/tune-policy';
import { helpDesk } from './scenarios';

const Z95 = 1.959963984540054;

describe('ratioOfMeans()', () => {
  it('gives Σx / Σy with the delta-method interval', () => {
    // r = 15 / 40; residuals x − r y = 0.25, 2.25, −2.5; s² = 11.375 / 2; ȳ = 40 / 3.
    const s = ratioOfMeans([4, 6, 5], [10, 10, 20]);
    expect(s.estimator).toBe('ratio-of-means');
    expect(s.n).toBe(3);
    expect(s.mean).toBe(15 / 40);
    expect(s.halfWidth).toBeCloseTo((Z95 * Math.sqrt(11.375 / 2 / 3)) / (40 / 3), 12);
    expect(s.lower! + s.upper!).toBeCloseTo(2 * s.mean!, 12);
  });

  it('differs from the mean of ratios when the denominators differ', () => {
    // Mean of ratios: (0.4 + 0.6 + 0.25) / 3 = 0.41667; ratio of means 0.375.
    expect(ratioOfMeans([4, 6, 5], [10, 10, 20]).mean).not.toBeCloseTo((0.4 + 0.6 + 0.25) / 3, 3);
  });

  it('is null rather than NaN when nothing is in the denominator, and has no interval from one replication', () => {
    expect(ratioOfMeans([0, 0], [0, 0])).toEqual({ estimator: 'ratio-of-means', n: 2, mean: null, halfWidth: null, lower: null, upper: null });
    expect(ratioOfMeans([3], [4])).toEqual({ estimator: 'ratio-of-means', n: 1, mean: 0.75, halfWidth: null, lower: null, upper: null });
  });

  it('rejects lists of different lengths, values that are not finite and a bad level', () => {
    expect(() => ratioOfMeans([1], [1, 2])).toThrow(/1 numerators but 2 denominators/);
    expect(() => ratioOfMeans([1, Number.NaN], [1, 2])).toThrow(/replication 1/);
    expect(() => ratioOfMeans([1, 2], [1, 2], 1)).toThrow(/level/);
    expect(() => ratioOfMeans([1, 2], [1, 2], 0)).toThrow(/level must be in \(0, 1\), got 0/);
  });

  it('has an interval from two replications: r = 3 / 6, residuals ±0.5, s² = 0.5, ȳ = 3', () => {
    const s = ratioOfMeans([1, 2], [1, 5]);
    expect(s.mean).toBe(0.5);
    // x − r y = 0.5 and −0.5.
    expect(s.halfWidth).toBeCloseTo((Z95 * Math.sqrt(0.5 / 2)) / 3, 12);
  });
});

describe('ratioSummaries()', () => {
  const reps = [
    { replication: 0, values: [0.5, 2, 2, 0.8] },
    { replication: 1, values: [1, 4, 0, 0.2] },
  ];

  it('sums ratio × denominator over the replications: (0.5 × 4 + 1 × 4) / 8', () => {
    const r = ratioSummaries(['q.serviceLevel', 'q.answered', 'q.abandoned', 'q.other'], reps);
    expect(Object.entries(r).map(([path, summary]) => [path, summary?.mean])).toEqual([['q.serviceLevel', 6 / 8]]);
  });

  it('leaves out a ratio one of whose denominator fields is missing, and a path without a dot', () => {
    expect(ratioSummaries(['q.serviceLevel', 'q.answered'], reps)).toEqual({});
    expect(ratioSummaries(['serviceLevel', 'answered', 'abandoned'], reps)).toEqual({});
    // The slice is what comes before the last dot, even when it is empty.
    expect(Object.keys(ratioSummaries(['.serviceLevel', '.answered', '.abandoned'], reps))).toEqual(['.serviceLevel']);
  });

  describe('gives each ratio field its denominator', () => {
    // One slice holding every denominator field, each with its own growth from replication 0 to 1
    // (so a wrong denominator gives another value), and every ratio at 0.5 then 0.25: the ratio
    // of means is (0.5 · D₀ + 0.25 · D₁) / (D₀ + D₁).
    const fields: Record<string, [number, number]> = {
      answered: [10, 30],
      abandoned: [2, 2],
      offered: [16, 4],
      served: [5, 20],
      staffedHours: [4, 6],
      agentsOnDuty: [2, 10],
      answeredOrAbandoned: [20, 10],
      answeredAfterDelay: [1, 9],
    };
    const expected: Record<string, number> = {
      serviceLevel: 7 / 22, // answered + abandoned: 12, 32 → (6 + 8) / 44
      serviceLevelOfAnswered: 5 / 16, // answered: 10, 30 → (5 + 7.5) / 40
      abandonmentRate: 7 / 22, // answered + abandoned
      blockingRate: 9 / 20, // offered: 16, 4 → (8 + 1) / 20
      asa: 5 / 16, // answered
      meanHandleTime: 3 / 10, // served: 5, 20 → (2.5 + 5) / 25
      meanTimeToAbandon: 3 / 8, // abandoned: 2, 2 → (1 + 0.5) / 4
      occupancy: 7 / 20, // staffedHours: 4, 6 → (2 + 1.5) / 10
      utilization: 7 / 20, // staffedHours
      delayProbability: 5 / 12, // answeredOrAbandoned: 20, 10 → (10 + 2.5) / 30
      meanDelayedWait: 11 / 40, // answeredAfterDelay: 1, 9 → (0.5 + 2.25) / 10
    };
    const ratios = [...Object.keys(expected), 'notARatio'];
    const metrics = [...ratios.map((f) => `q.${f}`), ...Object.keys(fields).map((f) => `q.${f}`)];
    const rows = [0, 1].map((r) => ({
      replication: r,
      values: [...ratios.map(() => (r === 0 ? 0.5 : 0.25)), ...Object.values(fields).map((v) => v[r]!)],
    }));

    it('for every ratio of a result, and no other field', () => {
      const out = ratioSummaries(metrics, rows);
      expect(Object.keys(out)).toEqual(Object.keys(expected).map((f) => `q.${f}`));
      for (const [field, value] of Object.entries(expected)) expect(metricAt(out, `q.${field}`)!.mean, field).toBeCloseTo(value, 12);
    });

    it('occupancy over agents on duty when the slice has no staffed hours (an interval)', () => {
      const out = ratioSummaries(['i.occupancy', 'i.agentsOnDuty'], [
        { replication: 0, values: [0.5, 2] },
        { replication: 1, values: [0.25, 10] },
      ]);
      // (0.5 · 2 + 0.25 · 10) / 12
      expect(metricAt(out, 'i.occupancy')!.mean).toBeCloseTo(7 / 24, 12);
    });
  });
});

describe('experiment ratioOfMeans', () => {
  it('sums the counts behind each ratio over the replications, beside the mean of ratios in summary', async () => {
    const e = await runExperiment(helpDesk(2), { replications: 6, seed: 5, threads: 1 });
    const reps = replicationMetrics(e);
    const sum = (path: string): number => reps.reduce((s, m) => s + (m.get(path) ?? 0), 0);
    const r = e.ratioOfMeans!;
    // From the raw counts, not from ratio × denominator.
    expect(r['overall.serviceLevel']!.mean).toBeCloseTo(sum('overall.answeredWithinTarget') / (sum('overall.answered') + sum('overall.abandoned')), 12);
    expect(r['byContactType.tech.abandonmentRate']!.mean).toBeCloseTo(sum('byContactType.tech.abandoned') / (sum('byContactType.tech.answered') + sum('byContactType.tech.abandoned')), 12);
    const waits = reps.reduce((s, m) => s + (m.get('overall.asa') ?? 0) * (m.get('overall.answered') ?? 0), 0);
    expect(r['overall.asa']!.mean).toBeCloseTo(waits / sum('overall.answered'), 9);
    expect(r['agents.occupancy']!.n).toBe(6);
    // An interval's service level over answered + abandoned in that interval; a group's
    // occupancy is busy hours (occupancy × staffed hours in each replication) over staffed hours.
    const weighted = (ratio: string, weights: readonly string[]): number =>
      reps.reduce((s, m) => s + (m.get(ratio) ?? 0) * weights.reduce((w, p) => w + (m.get(p) ?? 0), 0), 0) /
      weights.reduce((w, p) => w + sum(p), 0);
    expect(sum('intervals.1.answered')).toBeGreaterThan(0);
    expect(r['intervals.1.serviceLevel']!.mean).toBeCloseTo(weighted('intervals.1.serviceLevel', ['intervals.1.answered', 'intervals.1.abandoned']), 12);
    expect(r['intervals.1.serviceLevel']!.mean).not.toBeCloseTo(e.summary['intervals.1.serviceLevel']!.mean!, 6);
    expect(r['byAgentGroup.billing-team.occupancy']!.mean).toBeCloseTo(weighted('byAgentGroup.billing-team.occupancy', ['byAgentGroup.billing-team.staffedHours']), 12);
    expect(r['byAgentGroup.billing-team.occupancy']!.halfWidth).toBeGreaterThan(0);
    // Counts are not ratios; the mean of ratios stays in summary.
    expect(r['overall.answered']).toBeUndefined();
    expect(e.summary['overall.serviceLevel']!.mean).not.toBe(r['overall.serviceLevel']!.mean);
  });

  it('is the same whether the replications ran at once or in shards', async () => {
    const whole = await runExperiment(helpDesk(1), { replications: 4, seed: 2, threads: 1 });
    const parts = [await runShard(helpDesk(1), { seed: 2, from: 0, to: 2, threads: 1 }), await runShard(helpDesk(1), { seed: 2, from: 2, to: 4, threads: 1 })];
    expect(mergeShards(parts).ratioOfMeans).toEqual(whole.ratioOfMeans);
    expect(ratioSummaries(whole.metrics, whole.replications)).toEqual(whole.ratioOfMeans);
  });
});
