import { describe, expect, it } from 'vitest';
import type { PlaceEstimate } from '../../src/optimize/evaluation';
import { nextReplications, replicationsToSettle } from '../../src/optimize/sequential-sampling';
import type { ResolvedTarget } from '../../src/optimize/targets';

// An "at least 80 %" service-level target and an "at most 5 %" abandonment target.
const atLeast = { metric: 'service-level', type: 0, group: -1, value: 0.8, within: 20, scope: 'interval', sense: 1, label: 'sl' } as unknown as ResolvedTarget;
const atMost = { metric: 'abandonment', type: 0, group: -1, value: 0.05, within: 0, scope: 'interval', sense: -1, label: 'ab' } as unknown as ResolvedTarget;

function estimate(mean: number | null, bound: number | null, n: number): PlaceEstimate {
  return { mean, bound, halfWidth: mean === null || bound === null ? null : Math.abs(mean - bound), n };
}

describe('replicationsToSettle()', () => {
  it('shrinks the half-width as 1/√n: a bound twice as far from the mean as the target needs four times the replications', () => {
    // mean 0.84, bound 0.76: the target 0.80 is half-way, so (0.08 / 0.04)² = 4 times 10.
    expect(replicationsToSettle(estimate(0.84, 0.76, 10), atLeast)).toBe(40);
    // The same for an "at most" target: mean 0.03, upper bound 0.07, target 0.05.
    expect(replicationsToSettle(estimate(0.03, 0.07, 10), atMost)).toBe(40);
  });

  it('keeps n for a place already met by its bound', () => {
    expect(replicationsToSettle(estimate(0.9, 0.85, 10), atLeast)).toBe(10);
  });

  it('cannot settle a place whose mean is on the target or on the wrong side, nor one without a bound', () => {
    expect(replicationsToSettle(estimate(0.8, 0.7, 10), atLeast)).toBe(Infinity);
    expect(replicationsToSettle(estimate(0.75, 0.7, 10), atLeast)).toBe(Infinity);
    expect(replicationsToSettle(estimate(0.9, null, 1), atLeast)).toBe(Infinity);
    expect(replicationsToSettle(estimate(null, null, 0), atLeast)).toBe(Infinity);
  });
});

describe('nextReplications()', () => {
  const places = [
    { target: 0, interval: 0 },
    { target: 0, interval: 1 },
    { target: 1, interval: 0 },
  ];
  const targets = [atLeast, atMost];

  it('grows to the most a settleable straddling place needs, in whole blocks', () => {
    // Place 0 needs 40, place 1 is met, place 2 needs (0.02 / 0.01)² · 10 = 40 → 40 (4 blocks of 10).
    const estimates = [estimate(0.84, 0.76, 10), estimate(0.95, 0.9, 10), estimate(0.04, 0.06, 10)];
    expect(nextReplications(places, targets, estimates, 10, 10, 80)).toBe(40);
    // Place 0 alone needing 24 rounds up to 30.
    const close = [estimate(0.85, 0.774, 10), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(replicationsToSettle(close[0]!, atLeast)).toBe(24);
    expect(nextReplications(places, targets, close, 10, 10, 80)).toBe(30);
  });

  it('leaves out places more replications could not settle within the maximum, and grows no further than it', () => {
    // Place 0 would need 10 · (0.2 / 0.01)² = 4,000: left to the cuts. Place 1 is short: left to the cuts.
    const hopeless = [estimate(0.81, 0.61, 10), estimate(0.7, 0.6, 10), estimate(0.01, 0.02, 10)];
    expect(nextReplications(places, targets, hopeless, 10, 10, 80)).toBe(10);
    // Needing 65 with blocks of 20 and a maximum of 70 (not a whole number of blocks): 70.
    const far = [estimate(0.9, 0.6, 30), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(replicationsToSettle(far[0]!, atLeast)).toBe(270);
    const needs65 = [estimate(0.9, 0.753, 30), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(replicationsToSettle(needs65[0]!, atLeast)).toBe(65);
    expect(nextReplications(places, targets, needs65, 30, 20, 70)).toBe(70);
  });

  it('does not grow when nothing straddles', () => {
    const met = [estimate(0.9, 0.85, 10), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(nextReplications(places, targets, met, 10, 10, 80)).toBe(10);
  });
});
