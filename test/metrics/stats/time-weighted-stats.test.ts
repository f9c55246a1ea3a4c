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

describe('TimeWeightedStats by hand', () => {
  it('reset(now) keeps only the current value as min and max, with nothing accumulated', () => {
    const stats = new TimeWeightedStats(0, 5).update(1, 1).update(2, 3).reset(4);
    expect([stats.min, stats.max, stats.integral(), stats.duration(), stats.isEmpty]).toEqual([3, 3, 0, 0, true]);
    stats.update(6, 7).finalize(8);
    // 3 over [4, 6), 7 over [6, 8)
    expect([stats.integral(), stats.duration(), stats.min, stats.max]).toEqual([20, 4, 3, 7]);
  });

  it('a finalized accumulator ignores `now` in integral, duration and mean', () => {
    const stats = new TimeWeightedStats(0, 2).update(3, 4).finalize(5);
    expect(stats.isFinalized).toBe(true);
    expect(new TimeWeightedStats().isFinalized).toBe(false);
    expect([stats.integral(100), stats.duration(100), stats.mean(100)]).toEqual([14, 5, 14 / 5]);
  });

  it('an open accumulator read at its last update time adds no tail', () => {
    const stats = new TimeWeightedStats(0, 2).update(3, 4);
    expect([stats.integral(3), stats.duration(3), stats.mean(3)]).toEqual([6, 3, 2]);
    expect(stats.lastTime).toBe(3);
    expect(stats.value).toBe(4);
  });

  it('keeps the smaller min and larger max when merging', () => {
    const a = new TimeWeightedStats(0, 4).update(1, 6).finalize(2);
    const b = new TimeWeightedStats(0, 2).update(1, 9).finalize(2);
    const total = TimeWeightedStats.empty().merge(a).merge(b);
    expect([total.min, total.max]).toEqual([2, 9]);
    const other = TimeWeightedStats.empty().merge(b).merge(a);
    expect([other.min, other.max]).toEqual([2, 9]);
    expect(TimeWeightedStats.empty().toJSON()).toEqual({ integral: 0, duration: 0, lastTime: 0, value: 0, min: null, max: null, finalized: true });
  });

  it('names the method and argument of bad input', () => {
    expect(() => new TimeWeightedStats(Number.NaN)).toThrow(/TimeWeightedStats: startTime must be a finite number/);
    expect(() => new TimeWeightedStats(0, Infinity)).toThrow(/TimeWeightedStats: initialValue must be a finite number/);
    const stats = new TimeWeightedStats(0, 1);
    expect(() => stats.adjust(1, Number.NaN)).toThrow(/TimeWeightedStats.adjust: delta must be a finite number/);
    expect(() => stats.update(Number.NaN, 1)).toThrow(/TimeWeightedStats.update: now must be a finite number/);
    expect(() => stats.update(1, Number.NaN)).toThrow(/TimeWeightedStats.update: value must be a finite number, got NaN/);
    expect(() => stats.reset(Infinity)).toThrow(/TimeWeightedStats.reset: now must be a finite number/);
    expect(() => stats.mean(Number.NaN)).toThrow(/TimeWeightedStats.mean: now must be a finite number/);
    expect(() => stats.integral(-1)).toThrow(/TimeWeightedStats.integral: now \(-1\) is before the last update \(0\)/);
    expect(() => stats.duration(-1)).toThrow(/TimeWeightedStats.duration: now/);
    stats.finalize(2);
    expect(() => stats.finalize(3)).toThrow(/TimeWeightedStats.finalize: already finalized at 2/);
    expect(() => stats.reset(3)).toThrow(/TimeWeightedStats.reset: already finalized/);
  });

  it('rejects JSON whose min and max are not both null or ordered', () => {
    const json = new TimeWeightedStats(0, 1).update(1, 3).toJSON();
    expect(() => TimeWeightedStats.fromJSON({ ...json, min: null })).toThrow(/min and max must both be null or satisfy min ≤ max, got null and 3/);
    expect(() => TimeWeightedStats.fromJSON({ ...json, max: null })).toThrow(/min and max/);
    expect(() => TimeWeightedStats.fromJSON({ ...json, min: 4 })).toThrow(/got 4 and 3/);
    expect(TimeWeightedStats.fromJSON({ ...json, min: 3 }).min).toBe(3);
    expect(() => TimeWeightedStats.fromJSON({ ...json, finalized: 'no' })).toThrow(/finalized must be a boolean/);
    expect(() => TimeWeightedStats.fromJSON([])).toThrow(/TimeWeightedStats.fromJSON: expected a JSON object, got an array/);
  });

  it('an open accumulator read later adds the running span: 2 over [0, 3) and 4 over [3, 10)', () => {
    const stats = new TimeWeightedStats(0, 2).update(3, 4);
    expect([stats.integral(10), stats.duration(10), stats.mean(10)]).toEqual([6 + 28, 10, 34 / 10]);
    expect(stats.isEmpty).toBe(false);
    expect(new TimeWeightedStats(0, 2).update(0, 4).isEmpty).toBe(true);
  });
});
