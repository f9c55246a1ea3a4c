import { describe, expect, it } from 'vitest';
import { TimeWeightedStats } from '../../../src/metrics/stats/index';
import { makeRng, viaJSON } from './helpers';

interface Step {
  time: number;
  value: number;
}

/** A random step function on integer times in [0, horizon]: value changes at sorted integer times. */
function randomSteps(rng: () => number, horizon: number, changes: number): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < changes; i++) steps.push({ time: Math.floor(rng() * horizon), value: Math.floor(rng() * 20) });
  return steps.sort((a, b) => a.time - b.time);
}

/** Brute force: the value held in each unit cell [t, t+1), summed over the cells in [from, to). */
function cellIntegral(initial: number, steps: readonly Step[], from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t++) {
    let value = initial;
    for (const s of steps) if (s.time <= t) value = s.value;
    sum += value;
  }
  return sum;
}

describe('TimeWeightedStats', () => {
  it('matches a brute-force integral over random step functions', () => {
    const rng = makeRng('time-weighted');
    for (let trial = 0; trial < 40; trial++) {
      const horizon = 50 + Math.floor(rng() * 300);
      const steps = randomSteps(rng, horizon, Math.floor(rng() * 60));
      const stats = new TimeWeightedStats(0, 3);
      steps.forEach((s) => stats.update(s.time, s.value));
      stats.finalize(horizon);
      const integral = cellIntegral(3, steps, 0, horizon);
      expect(stats.integral()).toBe(integral);
      expect(stats.duration()).toBe(horizon);
      expect(stats.mean()).toBeCloseTo(integral / horizon, 12);
      expect(stats.max).toBe(Math.max(3, ...steps.map((s) => s.value)));
      expect(stats.min).toBe(Math.min(3, ...steps.map((s) => s.value)));
    }
  });

  it('reset(now) ends the warm-up: keeps the current value, drops the integral', () => {
    const rng = makeRng('time-weighted-warmup');
    for (let trial = 0; trial < 20; trial++) {
      const horizon = 200;
      const warmUp = 50;
      const steps = randomSteps(rng, horizon, 40);
      const stats = new TimeWeightedStats(0, 0);
      let reset = false;
      for (const s of steps) {
        if (!reset && s.time >= warmUp) {
          stats.reset(warmUp);
          reset = true;
        }
        stats.update(s.time, s.value);
      }
      if (!reset) stats.reset(warmUp);
      expect(stats.mean(horizon)).toBeCloseTo(cellIntegral(0, steps, warmUp, horizon) / (horizon - warmUp), 12);
    }
  });

  it('mean(now) of an open accumulator includes the running span', () => {
    const stats = new TimeWeightedStats(10, 2).update(20, 4);
    expect(stats.integral(25)).toBe(2 * 10 + 4 * 5);
    expect(stats.mean(25)).toBeCloseTo(40 / 15, 14);
    expect(stats.mean()).toBe(2);
    expect(() => stats.mean(15)).toThrow(/before the last update/);
  });

  it('adjust(now, delta) tracks a queue length by increments', () => {
    const stats = new TimeWeightedStats();
    stats.adjust(1, +1).adjust(2, +1).adjust(4, -1).adjust(5, -1).finalize(10);
    expect(stats.integral()).toBe(1 + 2 * 2 + 1);
    expect(stats.max).toBe(2);
  });

  it('merges finalized replications by adding integrals and durations', () => {
    const a = new TimeWeightedStats(0, 1).update(5, 3).finalize(10);
    const b = new TimeWeightedStats(100, 0).update(104, 8).finalize(105);
    const total = TimeWeightedStats.empty().merge(TimeWeightedStats.fromJSON(viaJSON(a))).merge(b);
    expect(total.integral()).toBe(5 + 15 + 8);
    expect(total.duration()).toBe(15);
    expect(total.mean()).toBeCloseTo(28 / 15, 14);
    expect(total.max).toBe(8);
    expect(total.min).toBe(0);
    expect(() => total.merge(new TimeWeightedStats())).toThrow(/not finalized/);
  });

  it('reports 0 for an empty accumulator and flags it', () => {
    const empty = TimeWeightedStats.empty();
    expect(empty.isEmpty).toBe(true);
    expect([empty.mean(), empty.max, empty.min, empty.integral()]).toEqual([0, 0, 0, 0]);
    expect(new TimeWeightedStats(5, 7).mean()).toBe(0);
  });

  it('round-trips through JSON, open or finalized', () => {
    const open = new TimeWeightedStats(0, 1).update(3.25, 2.5);
    const back = TimeWeightedStats.fromJSON(viaJSON(open));
    expect(back.toJSON()).toEqual(open.toJSON());
    back.update(4, 0);
    expect(back.integral()).toBe(3.25 + 2.5 * 0.75);
    expect(TimeWeightedStats.fromJSON(viaJSON(TimeWeightedStats.empty())).toJSON()).toEqual(TimeWeightedStats.empty().toJSON());
  });

  it('rejects time going backwards, updates after finalize and bad values', () => {
    const stats = new TimeWeightedStats(10, 0);
    expect(() => stats.update(9, 1)).toThrow(/now \(9\) is before the last update \(10\)/);
    expect(() => stats.update(11, Number.NaN)).toThrow(/value must be a finite number/);
    stats.finalize(12);
    expect(() => stats.update(13, 1)).toThrow(/already finalized/);
    expect(() => TimeWeightedStats.fromJSON({ ...stats.toJSON(), duration: -1 })).toThrow(/duration/);
  });
});
