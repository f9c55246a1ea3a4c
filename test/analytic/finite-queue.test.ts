import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, finiteQueue } from '../../src/analytic/index';
import { naiveBirthDeath, relativeError, taggedContactByUniformization } from './reference-formulas';

const cases = [
  { arrivalRate: 1, meanServiceTime: 2, agents: 3, capacity: 6 },
  { arrivalRate: 3, meanServiceTime: 2, agents: 3, capacity: 10 }, // ρ = 2
  { arrivalRate: 0.05, meanServiceTime: 180, agents: 10, capacity: 10 }, // ρ = 0.9, no room
  { arrivalRate: 0.05, meanServiceTime: 180, agents: 8, capacity: 30 },
] as const;

describe('finiteQueue() (M/M/c/K)', () => {
  it('matches the birth–death chain solved state by state', () => {
    for (const o of cases) {
      const mu = 1 / o.meanServiceTime;
      const pi = naiveBirthDeath(o.arrivalRate, mu, o.agents, 0, o.capacity);
      const blocking = pi[o.capacity] ?? 0;
      let lq = 0;
      let waitingAdmitted = 0;
      pi.forEach((p, n) => {
        lq += Math.max(n - o.agents, 0) * p;
        if (n >= o.agents && n < o.capacity) waitingAdmitted += p;
      });
      const r = finiteQueue(o);
      expect(relativeError(r.blockingProbability, blocking)).toBeLessThan(1e-10);
      expect(r.meanQueueLength).toBeCloseTo(lq, 10);
      expect(r.probabilityOfWait).toBeCloseTo(waitingAdmitted / (1 - blocking), 10);
      expect(relativeError(r.throughput, o.arrivalRate * (1 - blocking))).toBeLessThan(1e-10);
      // Little's law for admitted contacts.
      expect(r.averageSpeedOfAnswer).toBeCloseTo(lq / (o.arrivalRate * (1 - blocking)), 8);
      expect(r.occupancy).toBeCloseTo(r.throughput * o.meanServiceTime / o.agents, 12);
    }
  });

  it('matches a transient analysis of the admitted waiting contact (service level)', () => {
    for (const o of cases) {
      const mu = 1 / o.meanServiceTime;
      const pi = naiveBirthDeath(o.arrivalRate, mu, o.agents, 0, o.capacity);
      const noWait = pi.slice(0, o.agents).reduce((x, y) => x + y, 0);
      const admittedWaiting = pi.slice(o.agents, o.capacity);
      const admitted = 1 - (pi[o.capacity] ?? 0);
      const r = finiteQueue(o);
      for (const t of [0, 0.3, 1, 3, 20]) {
        const scaled = t * (o.meanServiceTime / 2); // keep (rate·t) moderate for uniformization
        if (admittedWaiting.length === 0) {
          expect(r.serviceLevel(scaled)).toBe(1);
          continue;
        }
        const { served } = taggedContactByUniformization(admittedWaiting, o.agents * mu, 0, scaled);
        expect(r.serviceLevel(scaled)).toBeCloseTo((noWait + served) / admitted, 10);
      }
    }
  });

  it('with no waiting room (K = c) is Erlang B', () => {
    for (const [a, c] of [
      [3, 2],
      [10, 10],
      [4950, 5000],
    ] as const) {
      const r = finiteQueue({ arrivalRate: a / 100, meanServiceTime: 100, agents: c, capacity: c });
      expect(relativeError(r.blockingProbability, erlangB(a, c))).toBeLessThan(1e-9);
      expect(r.probabilityOfWait).toBe(0);
      expect(r.meanQueueLength).toBe(0);
      expect(r.serviceLevel(0)).toBe(1);
    }
  });

  it('with a huge waiting room approaches Erlang C when a < c', () => {
    const base = { arrivalRate: 100 / 1800, meanServiceTime: 180, agents: 11 };
    const c = erlangC(base);
    const r = finiteQueue({ ...base, capacity: 1_000_000_000 });
    expect(relativeError(r.probabilityOfWait, c.probabilityOfWait)).toBeLessThan(1e-12);
    expect(relativeError(r.averageSpeedOfAnswer, c.averageSpeedOfAnswer)).toBeLessThan(1e-12);
    expect(relativeError(r.meanQueueLength, c.meanQueueLength)).toBeLessThan(1e-12);
    for (const t of [0, 20, 120]) expect(r.serviceLevel(t)).toBeCloseTo(c.serviceLevel(t), 12);
    expect(r.blockingProbability).toBeLessThan(1e-300);
  });

  it('gives the M/M/1/K blocking (1 − ρ)ρ^K / (1 − ρ^{K+1}) even for tiny values', () => {
    for (const [rho, k] of [
      [0.5, 4],
      [2, 4],
      [0.9, 5000],
      [1.05, 2000],
    ] as const) {
      const r = finiteQueue({ arrivalRate: rho, meanServiceTime: 1, agents: 1, capacity: k });
      const logExpected = rho < 1
        ? Math.log1p(-rho) + k * Math.log(rho) - Math.log1p(-(rho ** (k + 1)))
        : Math.log(rho - 1) - Math.log(rho) - Math.log1p(-(rho ** -(k + 1)));
      expect(relativeError(r.blockingProbability, Math.exp(logExpected))).toBeLessThan(1e-9);
    }
  });

  it('is stable in overload: admitted throughput never exceeds cμ', () => {
    const r = finiteQueue({ arrivalRate: 2, meanServiceTime: 10, agents: 10, capacity: 50 });
    expect(r.blockingProbability).toBeGreaterThanOrEqual(1 - 10 / 20);
    expect(r.throughput).toBeLessThanOrEqual(10 / 10 + 1e-12);
    expect(r.occupancy).toBeLessThanOrEqual(1);
  });
});
