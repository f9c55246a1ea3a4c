import { describe, expect, it } from 'vitest';
import { mser } from '../../src/experiment/mser';
import { RandomStreams } from '../../src/random/streams';
import type { ScenarioInput } from '../../src/scenario/schema';

/** n uniform(−0.5, 0.5) values from a named seeded stream. */
function noise(n: number, name: string): number[] {
  const u = new RandomStreams(1).stream(name);
  return Array.from({ length: n }, () => u.next() - 0.5);
}

describe('mser()', () => {
  it('cuts a transient that ends on a batch boundary exactly', () => {
    const series = noise(500, 'step').map((e, i) => e + (i < 50 ? 5 : 0));
    expect(mser(series, 5)).toMatchObject({ truncate: 50, batches: 100, atLimit: false });
  });

  it('cuts little from a stationary series', () => {
    const result = mser(noise(500, 'flat'), 5);
    expect(result.truncate).toBeLessThan(50);
    expect(result.atLimit).toBe(false);
  });

  it('flags a series that never settles (a trend): the minimum sits at half the run', () => {
    const result = mser(Array.from({ length: 200 }, (_, i) => i), 5);
    expect(result).toMatchObject({ truncate: 100, atLimit: true });
  });

  it('works on raw observations with batch size 1, ignoring an incomplete last batch', () => {
    expect(mser([9, 9, 0, 0, 0, 0, 0, 0], 1).truncate).toBe(2);
    expect(mser([9, 9, 0, 0, 0, 0, 0, 0, 1e6], 3).batches).toBe(3);
  });

  it('gives the exact statistic: batch means 4 1 3 2 → MSER(2) = ((3 − 2.5)² + (2 − 2.5)²) / 2² at the limit', () => {
    // MSER(0) = 5 / 16, MSER(1) = 2 / 9, MSER(2) = 0.5 / 4.
    expect(mser([5, 3, 0, 2, 3, 3, 1, 3], 2)).toEqual({ truncate: 4, batches: 4, statistic: 0.125, atLimit: true });
  });

  it('keeps everything when MSER(0) ties the smallest later value (batch means 2 1 3 2: 2 / 16 = 0.5 / 4)', () => {
    expect(mser([2, 1, 3, 2], 1)).toEqual({ truncate: 0, batches: 4, statistic: 0.125, atLimit: false });
  });

  it('works on exactly 2 batches: MSER(1) = 0 < MSER(0) = 0.5 / 4', () => {
    expect(mser([1, 2], 1)).toEqual({ truncate: 1, batches: 2, statistic: 0, atLimit: true });
  });

  it('rejects short series, bad batch sizes and non-finite values', () => {
    expect(() => mser([1, 2, 3], 5)).toThrow('mser: needs at least 2 batches of 5 observations, got 3 observations');
    expect(() => mser([1, 2, 3, 4], 0)).toThrow(/batchSize must be a positive integer, got 0/);
    expect(() => mser([1, NaN, 3, 4], 1)).toThrow(/observation 1 must be a finite number, got NaN/);
  });
});

describe('suggestWarmup()', () => {
  it('cuts a start-up transient found by a pilot experiment', async () => {
    const { runExperiment } = await import('../../src/experiment/replications');
    const { suggestWarmup } = await import('../../src/experiment/warmup');
    // Only 3 agents for the first 2 hours (overloaded: a backlog builds), then 6 (ρ ≈ 0.67): the
    // waits of the first hours are far above the steady level, a transient MSER-5 must cut.
    const scenario: ScenarioInput = {
      name: 'start-up',
      horizon: '20h',
      interval: '10m',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '80/h' } }],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: { shifts: [{ start: 0, end: '2h', agents: 3 }, { start: '2h', end: '20h', agents: 6 }] } }],
    };
    const pilot = await runExperiment(scenario, { replications: 4, seed: 1, threads: 1 });
    const w = suggestWarmup(pilot, { metric: 'asa' });
    expect(w.series).toHaveLength(120);
    expect(w.intervals % 5).toBe(0);
    expect(w.seconds).toBe(w.intervals * 600);
    expect(w.intervals).toBeGreaterThanOrEqual(12);
    expect(w.intervals).toBeLessThan(60);
    expect(w.mser.atLimit).toBe(false);
    const kept = w.series.slice(w.intervals);
    expect(Math.max(...kept)).toBeLessThan(Math.max(...w.series.slice(0, 12)));
    expect(() => suggestWarmup({ summary: {} })).toThrow(/no per-interval metrics/);
  });
});
