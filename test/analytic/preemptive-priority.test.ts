import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { preemptivePriorityQueue } from '../../src/analytic/preemptive-priority';

describe('preemptivePriorityQueue()', () => {
  it('gives the textbook two-class M/M/1 values', () => {
    // μ = 1/180, λ1 = λ2 = 0.3 μ: T1 = 180/0.7, T2 = 180/(0.7·0.4).
    const mu = 1 / 180;
    const [high, low] = preemptivePriorityQueue({ arrivalRates: [0.3 * mu, 0.3 * mu], meanServiceTime: 180, agents: 1 });
    expect(high!.meanSojourn).toBeCloseTo(180 / 0.7, 9);
    expect(low!.meanSojourn).toBeCloseTo(180 / (0.7 * 0.4), 9);
  });

  it('gives the top class the M/M/c time in system with its own rate', () => {
    const [high] = preemptivePriorityQueue({ arrivalRates: [0.01, 0.005], meanServiceTime: 180, agents: 3 });
    const mmc = erlangC({ arrivalRate: 0.01, meanServiceTime: 180, agents: 3 });
    expect(high!.meanSojourn).toBeCloseTo(mmc.averageSpeedOfAnswer + 180, 9);
  });

  it('keeps the arrival-weighted time in system of FCFS M/M/c (work conservation)', () => {
    const rates = [0.004, 0.006, 0.003];
    const classes = preemptivePriorityQueue({ arrivalRates: rates, meanServiceTime: 180, agents: 3 });
    const fcfs = erlangC({ arrivalRate: 0.013, meanServiceTime: 180, agents: 3 });
    const weighted = classes.reduce((sum, k) => sum + k.arrivalRate * k.meanSojourn, 0) / 0.013;
    expect(weighted).toBeCloseTo(fcfs.averageSpeedOfAnswer + 180, 9);
  });

  it('marks an overloaded class unstable and rejects bad input by name', () => {
    const [, low] = preemptivePriorityQueue({ arrivalRates: [0.003, 0.003], meanServiceTime: 180, agents: 1 });
    expect(low).toMatchObject({ stable: false, meanSojourn: Infinity });
    expect(() => preemptivePriorityQueue({ arrivalRates: [-1], meanServiceTime: 180, agents: 1 })).toThrow(/arrivalRates\[0\]/);
    expect(() => preemptivePriorityQueue({ arrivalRates: [], meanServiceTime: 180, agents: 1 })).toThrow(/arrivalRates/);
  });
});
