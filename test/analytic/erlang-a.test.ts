import { describe, expect, it } from 'vitest';
import { erlangA, erlangC } from '../../src/analytic/index';
import { logPoissonPmf, naiveBirthDeath, relativeError } from './reference-formulas';

/** Small systems solved independently by products from state 0. */
const cases = [
  { arrivalRate: 1, meanServiceTime: 2, agents: 3, meanPatience: 1 / 0.3 }, // a < c
  { arrivalRate: 3, meanServiceTime: 2, agents: 3, meanPatience: 1 / 0.3 }, // a = 2c
  { arrivalRate: 0.05, meanServiceTime: 180, agents: 9, meanPatience: 120 }, // a > c, call center units
  { arrivalRate: 0.05, meanServiceTime: 180, agents: 12, meanPatience: 600 },
] as const;

describe('erlangA()', () => {
  it('matches the birth–death chain solved state by state', () => {
    for (const o of cases) {
      const mu = 1 / o.meanServiceTime;
      const theta = 1 / o.meanPatience;
      const pi = naiveBirthDeath(o.arrivalRate, mu, o.agents, theta, 2000);
      let pWait = 0;
      let lq = 0;
      let busy = 0;
      pi.forEach((p, n) => {
        if (n >= o.agents) pWait += p;
        lq += Math.max(n - o.agents, 0) * p;
        busy += Math.min(n, o.agents) * p;
      });
      const r = erlangA(o);
      expect(relativeError(r.probabilityOfWait, pWait)).toBeLessThan(1e-10);
      expect(relativeError(r.meanQueueLength, lq)).toBeLessThan(1e-10);
      expect(relativeError(r.probabilityOfAbandon, (theta * lq) / o.arrivalRate)).toBeLessThan(1e-10);
      expect(relativeError(r.occupancy, busy / o.agents)).toBeLessThan(1e-10);
    }
  });

  it('satisfies Little’s law and P(Ab) = θ·E[W] (time averages vs arrival averages)', () => {
    for (const o of cases) {
      const r = erlangA(o);
      expect(relativeError(r.meanQueueLength, o.arrivalRate * r.meanWait)).toBeLessThan(1e-12);
      expect(relativeError(r.probabilityOfAbandon, r.meanWait / o.meanPatience)).toBeLessThan(1e-12);
      const pSr = 1 - r.probabilityOfAbandon;
      const split = pSr * r.averageSpeedOfAnswer + r.probabilityOfAbandon * r.meanWaitOfAbandoned;
      expect(relativeError(split, r.meanWait)).toBeLessThan(1e-10);
    }
  });

  it('with patience = service time is an M/M/∞ queue: P(wait) is a Poisson tail', () => {
    for (const [a, c] of [
      [8, 10],
      [12, 10],
      [30, 25],
      [4950, 5000],
      [5100, 5000],
    ] as const) {
      const r = erlangA({ arrivalRate: a / 60, meanServiceTime: 60, meanPatience: 60, agents: c });
      let tail = 0;
      let excess = 0;
      let logPmf = logPoissonPmf(a, c);
      for (let n = c; n < c + 40 * Math.sqrt(a) + 100; n++) {
        if (n > c) logPmf += Math.log(a / n);
        const p = Math.exp(logPmf);
        tail += p;
        excess += (n - c) * p;
      }
      expect(relativeError(r.probabilityOfWait, tail)).toBeLessThan(1e-9);
      // P(Ab) = θ·E[(N − c)+]/λ = E[(N − c)+]/a
      expect(relativeError(r.probabilityOfAbandon, excess / a)).toBeLessThan(1e-9);
    }
  });

  it('approaches Erlang C as patience grows when a < c, with an O(θ) gap', () => {
    const base = { arrivalRate: 100 / 1800, meanServiceTime: 180, agents: 12 };
    const c = erlangC(base);
    const gaps = [1e6, 1e7, 1e8].map((meanPatience) => {
      const r = erlangA({ ...base, meanPatience });
      return c.averageSpeedOfAnswer - r.averageSpeedOfAnswer;
    });
    // Each tenfold increase of patience shrinks the gap tenfold: a first-order effect of θ.
    expect((gaps[0] ?? 0) / (gaps[1] ?? 1)).toBeCloseTo(10, 1);
    expect((gaps[1] ?? 0) / (gaps[2] ?? 1)).toBeCloseTo(10, 1);
    const r = erlangA({ ...base, meanPatience: 1e10 });
    expect(relativeError(r.probabilityOfWait, c.probabilityOfWait)).toBeLessThan(1e-6);
    expect(relativeError(r.averageSpeedOfAnswer, c.averageSpeedOfAnswer)).toBeLessThan(1e-6);
    expect(relativeError(r.meanQueueLength, c.meanQueueLength)).toBeLessThan(1e-6);
    for (const t of [0, 10, 20, 60, 300]) {
      expect(Math.abs(r.serviceLevel(t) - c.serviceLevel(t))).toBeLessThan(1e-6);
      expect(Math.abs(r.waitAtMost(t) - c.serviceLevel(t))).toBeLessThan(1e-6);
    }
    expect(r.probabilityOfAbandon).toBeLessThan(1e-6);
  });

  it('is stable in overload: served throughput never exceeds cμ', () => {
    for (const agents of [5, 50, 500]) {
      const a = 1.5 * agents;
      const r = erlangA({ arrivalRate: a / 100, meanServiceTime: 100, meanPatience: 50, agents });
      expect(r.probabilityOfWait).toBeLessThanOrEqual(1);
      expect(r.occupancy).toBeLessThanOrEqual(1);
      expect(1 - r.probabilityOfAbandon).toBeLessThanOrEqual(agents / a + 1e-12);
      expect(Number.isFinite(r.meanWait) && Number.isFinite(r.averageSpeedOfAnswer)).toBe(true);
    }
    // Fluid limit: P(Ab) → 1 − c/a as c grows with a/c fixed.
    const big = erlangA({ arrivalRate: 7500 / 100, meanServiceTime: 100, meanPatience: 50, agents: 5000 });
    expect(big.probabilityOfAbandon).toBeCloseTo(1 - 1 / 1.5, 2);
  });

  it('handles zero arrivals', () => {
    const r = erlangA({ arrivalRate: 0, meanServiceTime: 60, meanPatience: 30, agents: 2 });
    expect(r.probabilityOfWait).toBe(0);
    expect(r.probabilityOfAbandon).toBe(0);
    expect(r.serviceLevel(5)).toBe(1);
    expect(Number.isNaN(r.meanWaitOfAbandoned)).toBe(false);
  });
});
