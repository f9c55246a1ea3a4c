import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { fileURLToPath } from 'node:url';
import { runBatchMeans, type BatchMeansResult } from '../../src/experiment/batch-means';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** M/M/5 with a = 4 erlangs (ρ = 0.8), no abandonment, service level within 20 s. */
function mmc(hours: number): ScenarioInput {
  return {
    name: 'mmc',
    horizon: `${hours}h`,
    interval: '30m',
    skills: ['s'],
    contactTypes: [
      { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, serviceLevel: { within: '20s' }, arrivals: { rate: '80/h' } },
    ],
    agentGroups: [{ name: 'agents', agents: 5, skills: { s: 1 } }],
  };
}

describe('runBatchMeans() on an M/M/c queue', () => {
  const theory = erlangC({ arrivalRate: 80 / 3600, meanServiceTime: 180, agents: 5 });
  // One run inside the test (not in beforeAll: a mutation test switches its mutant on per test, so
  // work done before the tests would check nothing).
  it('has 99 % CIs that contain the Erlang C values, a warm-up chosen by MSER-5 and equal batches', async () => {
    // 3000 hours in 20 batches of ~150 h (≫ the relaxation time of a few hours); 99 % intervals.
    const result: BatchMeansResult = await runBatchMeans(mmc(3000), { seed: 3, batches: 20, level: 0.99 });
    const { asa, serviceLevel, occupancy, arrivalsPerHour } = result.metrics;
    const contains = (s: typeof asa.summary, value: number) => [s.lower! <= value && value <= s.upper!, `${s.mean} ± ${s.halfWidth} vs ${value}`] as const;
    for (const [summary, value, maxHalfWidth] of [
      [asa.summary, theory.averageSpeedOfAnswer, 0.1 * theory.averageSpeedOfAnswer],
      [serviceLevel.summary, theory.serviceLevel(20), 0.03],
      [occupancy.summary, theory.occupancy, 0.015],
      [arrivalsPerHour.summary, 80, 2],
    ] as const) {
      const [inside, text] = contains(summary, value);
      expect(inside, text).toBe(true);
      expect(summary.halfWidth!, text).toBeLessThan(maxHalfWidth);
      expect(summary.n).toBe(20);
    }
    expect(result.warmup.rule).toBe('mser-5');
    expect(result.warmup.atLimit).toBe(false);
    expect(result.warmup.intervals + result.batches * result.intervalsPerBatch).toBe(6000);
    expect(result.warmup.seconds).toBe(result.warmup.intervals * 1800);
    expect(result.batchLength).toBe(result.intervalsPerBatch * 1800);
    expect(result.metrics.asa.batchValues).toHaveLength(20);
    expect(Math.abs(result.metrics.asa.lag1Autocorrelation!)).toBeLessThan(0.6);
  });
});

describe('runBatchMeans() options', () => {
  it('rounds a fixed warm-up up to whole intervals', async () => {
    const r = await runBatchMeans(mmc(50), { warmup: 4000, batches: 5 });
    expect(r.warmup.rule).toBe('fixed');
    // 4000 s → 3 intervals; 97 remain for 5 batches of 19, and the 2 left over join the warm-up.
    expect([r.warmup.intervals, r.intervalsPerBatch]).toEqual([5, 19]);
    expect(r.warmup.seconds).toBe(5 * 1800);
    expect(r.batchLength).toBe(19 * 1800);
    expect('atLimit' in r.warmup).toBe(false);
  });

  it('pools the intervals after the deleted ones into the batches, in order', async () => {
    // 10 h of 30-minute intervals: 1 h of warm-up (2 intervals), 3 batches of 6 intervals.
    const r = await runBatchMeans(mmc(10), { seed: 7, warmup: 3600, batches: 3 });
    const run = simulate(mmc(10), { seed: 7 });
    const offered = run.intervals.map((x) => x.offered);
    // arrivals per hour of batch j: the offered counts of intervals 2 + 6j ... 7 + 6j over 3 hours
    const expected = [0, 1, 2].map((j) => offered.slice(2 + 6 * j, 8 + 6 * j).reduce((a, b) => a + b, 0) / 3);
    expect(r.metrics.arrivalsPerHour.batchValues).toEqual(expected);
    expect(r.metrics.arrivalsPerHour.summary.mean).toBeCloseTo(offered.slice(2).reduce((a, b) => a + b, 0) / 9, 9);
    // the batch ASA pools the answered contacts' waits: Σ asa × answered / Σ answered of the batch
    const batchAsa = [0, 1, 2].map((j) => {
      const xs = run.intervals.slice(2 + 6 * j, 8 + 6 * j);
      return xs.reduce((a, x) => a + (x.asa ?? 0) * x.answered, 0) / xs.reduce((a, x) => a + x.answered, 0);
    });
    r.metrics.asa.batchValues.forEach((v, j) => expect(v).toBeCloseTo(batchAsa[j]!, 9));
  });

  it('drops a last, partial interval when the horizon is not a whole number of intervals', async () => {
    // 5 h 15 m: 10 whole intervals and a quarter-hour one, 5 batches of 2, nothing left over.
    const r = await runBatchMeans({ ...mmc(5), horizon: '315m' }, { warmup: 0, batches: 5 });
    expect([r.warmup.intervals, r.intervalsPerBatch, r.warmup.seconds]).toEqual([0, 2, 0]);
  });

  it('allows batches of a single interval', async () => {
    const r = await runBatchMeans(mmc(5), { warmup: 0, batches: 10 });
    expect([r.warmup.intervals, r.intervalsPerBatch, r.batchLength]).toEqual([0, 1, 1800]);
  });

  it('stops MSER-5 at the first interval without a value of warmupMetric', async () => {
    // Nobody is on duty in the first hour: intervals 0 and 1 have no occupancy.
    const late: ScenarioInput = { ...mmc(10), agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: { shifts: [{ start: '1h', end: '10h', agents: 5 }] } }] };
    await expect(runBatchMeans(late, { warmupMetric: 'occupancy', batches: 4 })).rejects.toThrow(
      "warmup 'mser-5': interval 0 has no occupancy (nothing to average); use a longer interval or another warmupMetric",
    );
    // A fixed warm-up does not look at the series.
    const r = await runBatchMeans(late, { warmupMetric: 'occupancy', warmup: 3600, batches: 4 });
    expect(r.metrics.occupancy.batchValues.every((v) => v !== null && v > 0 && v < 1)).toBe(true);
  });

  it('uses the policies given, or those of a policy module', async () => {
    const scenario: ScenarioInput = { ...mmc(5), routing: { policy: 'first-group-first' } };
    const { policies } = await import('./fixtures/first-group-first');
    const registry = PolicyRegistry.withBuiltIns().register('first-group-first', policies['first-group-first']!);
    expect((await runBatchMeans(scenario, { warmup: 0, batches: 5, policies: registry })).policy).toBe('first-group-first');
    const policyModule = fileURLToPath(new URL('./fixtures/first-group-first.ts', import.meta.url));
    expect((await runBatchMeans(scenario, { warmup: 0, batches: 5, policyModule })).policy).toBe('first-group-first');
  });

  it('checks the routing options with the policy module’s checker', async () => {
    const checked = fileURLToPath(new URL('./fixtures/checked-policy.ts', import.meta.url));
    const scenario: ScenarioInput = { ...mmc(5), routing: { policy: 'patient-longest-idle', options: { depth: 3 } } };
    await expect(runBatchMeans(scenario, { warmup: 0, batches: 5, policyModule: checked })).rejects.toThrow('must be 1 or 2, got 3');
  });

  it('passes the metrics options on to the run', async () => {
    await expect(runBatchMeans(mmc(5), { warmup: 0, batches: 5, metrics: { percentileAccuracy: 5 } })).rejects.toThrow(
      'QuantileSketch: relativeAccuracy must be at most 0.5, got 5',
    );
  });

  it('refuses bad options with a message naming them', async () => {
    await expect(runBatchMeans(mmc(5), { batches: 1 })).rejects.toThrow('batches must be an integer >= 2, got 1');
    await expect(runBatchMeans(mmc(5), { warmupMetric: 'wait' as never })).rejects.toThrow(
      "warmupMetric: expected one of serviceLevel, asa, abandonmentRate, occupancy, arrivalsPerHour, got 'wait'",
    );
    await expect(runBatchMeans(mmc(5), { policies: PolicyRegistry.withBuiltIns(), policyModule: 'x.js' })).rejects.toThrow(
      'give either policies or policyModule, not both',
    );
    for (const [warmup, shown] of [[-1, '-1'], [Infinity, 'Infinity'], [Number.NaN, 'NaN'], ['600', '600']] as const) {
      await expect(runBatchMeans(mmc(5), { warmup: warmup as number, batches: 2 })).rejects.toThrow(
        `warmup: must be a non-negative number of seconds or 'mser-5', got ${shown}`,
      );
    }
  });

  it('takes the scenario warm-up when none is given', async () => {
    const r = await runBatchMeans({ ...mmc(50), warmup: '10h' }, { batches: 10 });
    expect(r.warmup).toMatchObject({ rule: 'fixed', intervals: 20 });
  });

  it('says when the run is too short for the batches', async () => {
    await expect(runBatchMeans(mmc(5), { batches: 20, warmup: 0 })).rejects.toThrow(
      'batches: 10 intervals remain after the warm-up, too few for 20 batches; run longer (horizon) or use shorter intervals',
    );
    await expect(runBatchMeans(mmc(5), { batches: 9, warmup: 3600 })).rejects.toThrow('batches: 8 intervals remain after the warm-up, too few for 9 batches');
  });
});
