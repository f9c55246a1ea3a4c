import { describe, expect, it } from 'vitest';
import { ArrivalProcess, DAY } from '../../src/model/arrival-process';
import { dayFactors } from '../../src/model/contact-draws';
import type { ArrivalDefinition } from '../../src/model/definition';
import { sampleStandardGamma } from '../../src/random/distributions/gamma';
import { RandomStreams, type UniformSource } from '../../src/random/streams';
import { singleQueueModel } from '../support/models';
import { deterministic } from '../../src/random/distributions/deterministic';

/**
 * A uniform source whose draws give the integrated rates `budgets` in turn (u = e^-budget, so
 * -ln u = budget), counting the draws.
 */
function budgets(...values: number[]): UniformSource & { draws: number } {
  let i = 0;
  return {
    draws: 0,
    next() {
      this.draws++;
      return Math.exp(-(values[i++ % values.length] as number));
    },
  };
}

const noDays = new Float64Array(0);

describe('ArrivalProcess (poisson)', () => {
  it('places the next arrival an integrated rate of -ln u after t, one uniform per arrival', () => {
    const p = new ArrivalProcess({ kind: 'poisson', rate: 0.5 }, 10_000, noDays);
    const u = budgets(1, 3);
    // Rate 0.5/s: a budget of 1 is 2 s, a budget of 3 is 6 s.
    expect(p.next(10, u)).toBeCloseTo(12, 9);
    expect(p.next(12, u)).toBeCloseTo(18, 9);
    expect(u.draws).toBe(2);
  });

  it('gives no arrival at or after the horizon', () => {
    const p = new ArrivalProcess({ kind: 'poisson', rate: 0.5 }, 100, noDays);
    // From 99 a budget of 1 would land at 101.
    expect(p.next(99, budgets(1))).toBe(Infinity);
    expect(p.next(100, budgets(0.001))).toBe(Infinity);
    expect(p.next(97, budgets(1))).toBeCloseTo(99, 9);
  });

  it("multiplies the rate by each day's busyness factor, the budget carrying over midnight", () => {
    // Rate 0.01/s: × 2 on day 0, × 0.5 on day 1. From 50 s before midnight a budget of 2 spends 1
    // (0.02 × 50) on day 0 and the other 1 at 0.005/s: 200 s into day 1.
    const p = new ArrivalProcess({ kind: 'poisson', rate: 0.01 }, 3 * DAY, Float64Array.from([2, 0.5]));
    expect(p.next(DAY - 50, budgets(2))).toBeCloseTo(DAY + 200, 6);
    // Day 2 has no factor: 1. A budget of 1 at 0.01/s is 100 s.
    expect(p.next(2 * DAY + 10, budgets(1))).toBeCloseTo(2 * DAY + 110, 6);
    // Day 0 alone: budget 1 at 0.02/s is 50 s.
    expect(p.next(1000, budgets(1))).toBeCloseTo(1050, 9);
  });
});

describe('ArrivalProcess (piecewise)', () => {
  // Intervals of 1800 s in a period of 3600 s: rate 0 in the first half hour, 0.01/s in the second.
  const halfHours: ArrivalDefinition = { kind: 'piecewise', intervalLength: 1800, rates: [0, 0.01], period: 3600 };

  it('skips an interval of rate 0 and spends the budget at the next rate', () => {
    const p = new ArrivalProcess(halfHours, 10_000, noDays);
    // Budget 1 at 0.01/s: 100 s into the second interval.
    expect(p.next(0, budgets(1))).toBeCloseTo(1900, 9);
    expect(p.next(3000, budgets(1))).toBeCloseTo(3100, 9);
  });

  it('carries the budget over an interval boundary and into the next period', () => {
    const p = new ArrivalProcess(halfHours, 10_000, noDays);
    // From 3550: 50 s at 0.01 spend 0.5; 3600-5400 has rate 0; the other 0.5 takes 50 s from 5400.
    expect(p.next(3550, budgets(1))).toBeCloseTo(5450, 9);
  });

  it('has rate 0 past the last listed interval, up to the end of the period', () => {
    // One listed interval (0.01/s in the first half hour of each hour), none after it.
    const p = new ArrivalProcess({ kind: 'piecewise', intervalLength: 1800, rates: [0.01], period: 3600 }, 10_000, noDays);
    // From 1790: 10 s spend 0.1; nothing until 3600; the other 0.9 takes 90 s.
    expect(p.next(1790, budgets(1))).toBeCloseTo(3690, 9);
    expect(p.next(7300, budgets(1))).toBeCloseTo(7400, 9);
  });

  it('stops at a horizon inside an interval, not at the interval end', () => {
    // Horizon 2000, inside the 0.01/s interval 1800-3600: budget 10 needs 1000 s from 1800 (2800).
    const p = new ArrivalProcess(halfHours, 2000, noDays);
    expect(p.next(1800, budgets(10))).toBe(Infinity);
    expect(p.next(1800, budgets(1))).toBeCloseTo(1900, 9);
  });

  it('places an arrival whose budget is exactly an interval\'s integrated rate at that interval\'s end', () => {
    // 0.5/s for 4 s integrates to exactly 2; the next 4 s have rate 0. A budget of 2 lands at 4, not
    // at the next period's start (8).
    expect(-Math.log(Math.exp(-2))).toBe(2);
    const p = new ArrivalProcess({ kind: 'piecewise', intervalLength: 4, rates: [0.5, 0], period: 8 }, 100, noDays);
    expect(p.next(0, budgets(2))).toBe(4);
  });

  it('gives no arrival when the rates left before the horizon cannot spend the budget', () => {
    const p = new ArrivalProcess(halfHours, 3700, noDays);
    // 3000-3600 at 0.01/s spends 6 of 10; 3600-3700 has rate 0.
    expect(p.next(3000, budgets(10))).toBe(Infinity);
  });
});

describe('ArrivalProcess (trace)', () => {
  it('replays the times at or after t and before the horizon, in order, drawing nothing', () => {
    const p = new ArrivalProcess({ kind: 'trace', times: [5, 10, 10, 20, 50] }, 40, noDays);
    const u = budgets(1);
    expect(p.next(0, u)).toBe(5);
    expect(p.next(5, u)).toBe(10);
    expect(p.next(10, u)).toBe(10);
    expect(p.next(10, u)).toBe(20);
    // 50 is past the horizon.
    expect(p.next(20, u)).toBe(Infinity);
    expect(u.draws).toBe(0);
  });

  it('leaves out a time equal to the horizon', () => {
    const p = new ArrivalProcess({ kind: 'trace', times: [5, 40] }, 40, noDays);
    expect(p.next(0, budgets(1))).toBe(5);
    expect(p.next(5, budgets(1))).toBe(Infinity);
  });

  it('skips the times before t', () => {
    const p = new ArrivalProcess({ kind: 'trace', times: [5, 10, 10, 20] }, 40, noDays);
    expect(p.next(12, budgets(1))).toBe(20);
    expect(p.next(20, budgets(1))).toBe(Infinity);
  });
});

describe('dayFactors()', () => {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 3600 });

  it('draws nothing without busyness', () => {
    expect(dayFactors({ ...base, busyness: null }, new RandomStreams(1))).toEqual(new Float64Array(0));
  });

  it('draws one Gamma(mean 1, cv) factor per day of the horizon, from the busyness stream', () => {
    const cv = 0.5;
    // 2.5 days: 3 factors; shape 1/cv² = 4, each factor a standard gamma of shape 4 divided by 4.
    const factors = dayFactors({ ...base, horizon: 2.5 * DAY, busyness: { cv } }, new RandomStreams(7));
    const u = new RandomStreams(7).stream('busyness');
    expect(Array.from(factors)).toEqual([0, 1, 2].map(() => sampleStandardGamma(4, u) / 4));
    // Shorter than a day: one factor.
    expect(dayFactors({ ...base, horizon: 100, busyness: { cv } }, new RandomStreams(7)).length).toBe(1);
  });
});
