import { describe, expect, it } from 'vitest';
import {
  agentsForBlocking,
  erlangA,
  erlangB,
  erlangC,
  erlangCStaffing,
  finiteQueue,
  priorityQueue,
} from '../../src/analytic/index';
import { relativeError } from './reference-formulas';

/** Every numeric field finite (or Infinity where documented) and never NaN. */
function numbersOf(result: object): number[] {
  return Object.values(result).filter((v): v is number => typeof v === 'number');
}

describe('thousands of agents (c = 5000, a = 4950)', () => {
  const base = { arrivalRate: 4950 / 180, meanServiceTime: 180, agents: 5000 };

  it('Erlang B and C give finite, sensible values', () => {
    const b = erlangB(4950, 5000);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.05);
    const c = erlangC(base);
    for (const x of numbersOf(c)) expect(Number.isFinite(x)).toBe(true);
    expect(c.probabilityOfWait).toBeGreaterThan(b);
    expect(c.probabilityOfWait).toBeLessThan(1);
    expect(c.occupancy).toBeCloseTo(0.99, 12);
    expect(c.serviceLevel(20)).toBeGreaterThan(0);
    expect(c.serviceLevel(20)).toBeLessThan(1);
  });

  it('Erlang A with long patience approaches Erlang C', () => {
    const c = erlangC(base);
    const a = erlangA({ ...base, meanPatience: 1e9 });
    for (const x of numbersOf(a)) expect(Number.isFinite(x)).toBe(true);
    expect(relativeError(a.probabilityOfWait, c.probabilityOfWait)).toBeLessThan(1e-5);
    expect(Math.abs(a.serviceLevel(20) - c.serviceLevel(20))).toBeLessThan(1e-5);
  });

  it('Erlang A in overload (a = 1.2c, patience 10 min) is finite and conserves flow', () => {
    const r = erlangA({ ...base, arrivalRate: 6000 / 180, meanPatience: 600 });
    for (const x of numbersOf(r)) expect(Number.isFinite(x)).toBe(true);
    expect(r.probabilityOfWait).toBeLessThanOrEqual(1);
    expect(1 - r.probabilityOfAbandon).toBeLessThanOrEqual(5000 / 6000 + 1e-12);
    expect(r.meanQueueLength).toBeCloseTo((6000 / 180) * r.meanWait, 6);
    const sl = r.serviceLevel(20);
    expect(sl).toBeGreaterThanOrEqual(0);
    expect(sl).toBeLessThanOrEqual(1);
  });

  it('M/M/c/K, priority classes and staffing stay finite', () => {
    const f = finiteQueue({ ...base, capacity: 10_000 }); // ρ^5000 ≈ 2e-22: Erlang C to double precision
    for (const x of numbersOf(f)) expect(Number.isFinite(x)).toBe(true);
    const c = erlangC(base);
    expect(relativeError(f.averageSpeedOfAnswer, c.averageSpeedOfAnswer)).toBeLessThan(1e-9);
    const over = finiteQueue({ ...base, arrivalRate: 6000 / 180, capacity: 8000 });
    expect(over.blockingProbability).toBeGreaterThanOrEqual(1 - 5000 / 6000 - 1e-12);
    const p = priorityQueue({ arrivalRates: [10, 17.5], meanServiceTime: 180, agents: 5000 });
    expect(p.classes.every((k) => Number.isFinite(k.meanWait))).toBe(true);
    const table = erlangCStaffing({ arrivalRate: 4950 / 180, meanServiceTime: 180, targetTime: 20, target: 0.9 });
    expect(table.rows.every((row) => numbersOf(row).every((x) => !Number.isNaN(x)))).toBe(true);
    expect(agentsForBlocking(4950, 0.01)).toBeGreaterThan(4950);
  });

  it('tiny load on many agents underflows gracefully to 0, not NaN', () => {
    const r = erlangA({ arrivalRate: 10 / 180, meanServiceTime: 180, agents: 5000, meanPatience: 60 });
    for (const x of numbersOf(r)) expect(Number.isNaN(x)).toBe(false);
    expect(r.probabilityOfWait).toBe(0);
    expect(erlangC({ ...base, arrivalRate: 10 / 180 }).probabilityOfWait).toBe(0);
  });
});
