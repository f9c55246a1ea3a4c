import { describe, expect, it } from 'vitest';
import { erlangC, priorityQueue } from '../../src/analytic/index';
import { naiveErlangC, relativeError } from './reference-formulas';

describe('priorityQueue() (non-preemptive M/M/c)', () => {
  it('conserves work: the arrival-weighted mean wait equals the FCFS Erlang C wait', () => {
    for (const [rates, s, c] of [
      [[0.01, 0.03], 100, 5],
      [[0.02, 0.0355, 0.001], 180, 11],
      [[1, 2, 3, 4], 1, 12],
      [[10, 10, 7.4], 180, 5000],
    ] as const) {
      const r = priorityQueue({ arrivalRates: rates, meanServiceTime: s, agents: c });
      const total = rates.reduce((x, y) => x + y, 0);
      const fcfs = erlangC({ arrivalRate: total, meanServiceTime: s, agents: c });
      expect(r.stable).toBe(true);
      expect(relativeError(r.overallMeanWait, fcfs.averageSpeedOfAnswer)).toBeLessThan(1e-10);
    }
  });

  it('with one class is Erlang C', () => {
    const r = priorityQueue({ arrivalRates: [100 / 1800], meanServiceTime: 180, agents: 12 });
    const wait = (naiveErlangC(10, 12) * 180) / 2;
    expect(relativeError(r.classes[0]?.meanWait ?? NaN, wait)).toBeLessThan(1e-12);
  });

  it('agrees with Cobham’s M/G/1 formula for one server', () => {
    // W_k = W0 / ((1 − σ_{k−1})(1 − σ_k)), W0 = λ·E[S²]/2 = λ·(2/μ²)/2 for exponential service.
    const rates = [0.1, 0.2, 0.3];
    const s = 1.2;
    const lambda = 0.6;
    const w0 = (lambda * 2 * s * s) / 2;
    const r = priorityQueue({ arrivalRates: rates, meanServiceTime: s, agents: 1 });
    let sigma = 0;
    rates.forEach((rate, k) => {
      const before = sigma;
      sigma += rate * s;
      expect(r.classes[k]?.meanWait).toBeCloseTo(w0 / ((1 - before) * (1 - sigma)), 12);
    });
  });

  it('orders waits by priority around the FCFS wait', () => {
    const r = priorityQueue({ arrivalRates: [0.02, 0.02, 0.015], meanServiceTime: 180, agents: 11 });
    const fcfs = erlangC({ arrivalRate: 0.055, meanServiceTime: 180, agents: 11 }).averageSpeedOfAnswer;
    const [high, mid, low] = r.classes.map((k) => k.meanWait);
    expect(high).toBeLessThan(mid ?? 0);
    expect(mid).toBeLessThan(low ?? 0);
    expect(high).toBeLessThan(fcfs);
    expect(low).toBeGreaterThan(fcfs);
  });

  it('keeps finite waits for the top classes when the total load is too high', () => {
    // Agents always busy (C = 1): class 1 waits 1/(cμ(1 − σ1)); class 2 is unstable.
    const r = priorityQueue({ arrivalRates: [0.05, 0.1], meanServiceTime: 10, agents: 1 });
    expect(r.stable).toBe(false);
    expect(r.probabilityOfWait).toBe(1);
    expect(r.classes[0]?.meanWait).toBeCloseTo(10 / (1 - 0.5), 12);
    expect(r.classes[1]?.stable).toBe(false);
    expect(r.classes[1]?.meanWait).toBe(Infinity);
    expect(r.overallMeanWait).toBe(Infinity);
  });
});
