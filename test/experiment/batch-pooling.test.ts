import { describe, expect, it } from 'vitest';
import { groupsOf, lag1Autocorrelation, pooledMetric } from '../../src/experiment/batch-pooling';
import type { IntervalMetrics } from '../../src/metrics/result';

/** A half-hour interval from its counts, its ratios computed as the collector defines them. */
function interval(start: number, offered: number, answered: number, abandoned: number, within: number, waitSum: number, busy: number, onDuty: number): IntervalMetrics {
  const contacts = answered + abandoned;
  return {
    start,
    offered,
    answered,
    abandoned,
    serviceLevel: contacts > 0 ? within / contacts : null,
    asa: answered > 0 ? waitSum / answered : null,
    abandonmentRate: contacts > 0 ? abandoned / contacts : null,
    occupancy: onDuty > 0 ? busy / onDuty : null,
    agentsOnDuty: onDuty,
  };
}

// A: 10 offered, 6 answered (180 s of waiting), 2 abandoned, 6 of the 8 within target, 4 agents half busy.
const a = interval(0, 10, 6, 2, 6, 180, 2, 4);
// B: 5 offered, 2 answered (40 s), 2 abandoned, 2 of the 4 within target, 2 agents fully busy.
const b = interval(1800, 5, 2, 2, 2, 40, 2, 2);
// C: nothing answered or abandoned, nobody on duty.
const empty = interval(3600, 0, 0, 0, 0, 0, 0, 0);

describe('groupsOf()', () => {
  it('cuts items into consecutive groups and drops an incomplete last one', () => {
    expect(groupsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(groupsOf([1, 2, 3, 4, 5, 6], 3)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(groupsOf([1, 2], 1)).toEqual([[1], [2]]);
    expect(groupsOf([1, 2], 3)).toEqual([]);
  });
});

describe('pooledMetric()', () => {
  it('pools two intervals with their denominators, not by averaging their values', () => {
    // service level (6 + 2) / (8 + 4) = 2/3 (the mean of 0.75 and 0.5 would be 0.625)
    expect(pooledMetric([a, b], 'serviceLevel', 1800)).toBeCloseTo(2 / 3, 12);
    // ASA (180 + 40) / (6 + 2) = 27.5 (the mean of 30 and 20 would be 25)
    expect(pooledMetric([a, b], 'asa', 1800)).toBeCloseTo(27.5, 12);
    // abandonment (2 + 2) / (8 + 4) = 1/3
    expect(pooledMetric([a, b], 'abandonmentRate', 1800)).toBeCloseTo(1 / 3, 12);
    // occupancy (2 + 2) busy / (4 + 2) on duty = 2/3 (the mean of 0.5 and 1 would be 0.75)
    expect(pooledMetric([a, b], 'occupancy', 1800)).toBeCloseTo(2 / 3, 12);
    // 15 arrivals in one hour
    expect(pooledMetric([a, b], 'arrivalsPerHour', 1800)).toBeCloseTo(15, 12);
    expect(pooledMetric([a, b], 'arrivalsPerHour', 900)).toBeCloseTo(30, 12);
  });

  it('recovers whole counts from a rounded service level', () => {
    // 1 of 3 within target: 0.333... × 3 rounds back to 1.
    const third = interval(0, 3, 3, 0, 1, 30, 1, 1);
    expect(pooledMetric([third, third, third], 'serviceLevel', 1800)).toBeCloseTo(1 / 3, 12);
  });

  it('skips an interval without a denominator and gives null for a group of such intervals', () => {
    expect(pooledMetric([empty, a], 'serviceLevel', 1800)).toBeCloseTo(0.75, 12);
    expect(pooledMetric([a, empty], 'asa', 1800)).toBeCloseTo(30, 12);
    expect(pooledMetric([empty, b], 'occupancy', 1800)).toBeCloseTo(1, 12);
    expect(pooledMetric([empty, b], 'abandonmentRate', 1800)).toBeCloseTo(0.5, 12);
    for (const metric of ['serviceLevel', 'asa', 'abandonmentRate', 'occupancy'] as const) {
      expect(pooledMetric([empty, empty], metric, 1800)).toBeNull();
    }
    expect(pooledMetric([empty], 'arrivalsPerHour', 1800)).toBe(0);
    expect(pooledMetric([], 'arrivalsPerHour', 1800)).toBeNull();
  });
});

describe('lag1Autocorrelation()', () => {
  it('matches hand-worked series', () => {
    // mean 2.5, deviations −1.5 −0.5 0.5 1.5: Σd² = 5, Σ dᵢdᵢ₊₁ = 0.75 − 0.25 + 0.75 = 1.25
    expect(lag1Autocorrelation([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
    // mean 2, deviations −1 1 −1 1: Σd² = 4, Σ dᵢdᵢ₊₁ = −3
    expect(lag1Autocorrelation([1, 3, 1, 3])).toBeCloseTo(-0.75, 12);
    // three values (the least allowed): mean 2, deviations −1 1 0: Σd² = 2, Σ dᵢdᵢ₊₁ = −1
    expect(lag1Autocorrelation([1, 3, 2])).toBeCloseTo(-0.5, 12);
  });

  it('leaves null batch values out', () => {
    expect(lag1Autocorrelation([null, 1, 2, null, 3, 4])).toBeCloseTo(0.25, 12);
  });

  it('is null with fewer than 3 values or no variation', () => {
    expect(lag1Autocorrelation([1, 2])).toBeNull();
    expect(lag1Autocorrelation([1, null, 2, null])).toBeNull();
    expect(lag1Autocorrelation([2, 2, 2, 2])).toBeNull();
  });
});
