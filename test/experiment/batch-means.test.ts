import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { runBatchMeans, type BatchMeansResult } from '../../src/experiment/batch-means';
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
  });

  it('takes the scenario warm-up when none is given', async () => {
    const r = await runBatchMeans({ ...mmc(50), warmup: '10h' }, { batches: 10 });
    expect(r.warmup).toMatchObject({ rule: 'fixed', intervals: 20 });
  });

  it('says when the run is too short for the batches', async () => {
    await expect(runBatchMeans(mmc(5), { batches: 20, warmup: 0 })).rejects.toThrow(
      'batches: 10 intervals remain after the warm-up, too few for 20 batches; run longer (horizon) or use shorter intervals',
    );
  });
});
