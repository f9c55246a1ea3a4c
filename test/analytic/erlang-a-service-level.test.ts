import { describe, expect, it } from 'vitest';
import { erlangA } from '../../src/analytic/index';
import { naiveBirthDeath, taggedContactByUniformization } from './reference-formulas';

const cases = [
  { arrivalRate: 1, meanServiceTime: 2, agents: 3, meanPatience: 1 / 0.3 },
  { arrivalRate: 3, meanServiceTime: 2, agents: 3, meanPatience: 1 / 0.3 },
  { arrivalRate: 1.2, meanServiceTime: 1, agents: 1, meanPatience: 4 },
] as const;

/** Composite Simpson rule (even `steps`); the integrands are smooth and decay exponentially. */
function integrate(f: (t: number) => number, upTo: number, steps: number): number {
  const h = upTo / steps;
  let sum = f(0) + f(upTo);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
}

describe('erlangA() waiting-time distribution', () => {
  it('matches a transient analysis of the waiting contact by uniformization', () => {
    for (const o of cases) {
      const mu = 1 / o.meanServiceTime;
      const theta = 1 / o.meanPatience;
      const pi = naiveBirthDeath(o.arrivalRate, mu, o.agents, theta, 150);
      const noWait = pi.slice(0, o.agents).reduce((x, y) => x + y, 0);
      const start = pi.slice(o.agents, 120); // what an arrival finds ahead of it (PASTA)
      const r = erlangA(o);
      for (const t of [0.1, 0.5, 1, 2, 5]) {
        const { served, abandoned } = taggedContactByUniformization(start, o.agents * mu, theta, t);
        expect(r.serviceLevel(t)).toBeCloseTo(noWait + served, 10);
        expect(r.abandonedWithin(t)).toBeCloseTo(abandoned, 10);
        expect(r.waitAtMost(t)).toBeCloseTo(noWait + served + abandoned, 10);
      }
    }
  });

  it('has the right limits at t = 0 and t → ∞', () => {
    for (const o of cases) {
      const r = erlangA(o);
      expect(r.serviceLevel(0)).toBeCloseTo(1 - r.probabilityOfWait, 14);
      expect(r.waitAtMost(0)).toBeCloseTo(1 - r.probabilityOfWait, 14);
      expect(r.abandonedWithin(0)).toBe(0);
      expect(r.serviceLevel(1e4)).toBeCloseTo(1 - r.probabilityOfAbandon, 12);
      expect(r.abandonedWithin(1e4)).toBeCloseTo(r.probabilityOfAbandon, 12);
      expect(r.waitAtMost(1e4)).toBeCloseTo(1, 12);
    }
  });

  it('integrates to the mean waits: E[W] = ∫ P(W > t) dt, E[W; served] = ∫ P(served, W > t) dt', () => {
    for (const o of cases) {
      const r = erlangA(o);
      const pServed = 1 - r.probabilityOfAbandon;
      // Simpson with h = 0.02 on [0, 60] (the tails beyond 60 are below e^{−15}): error ≈ 1e-9.
      const meanWait = integrate((t) => 1 - r.waitAtMost(t), 60, 3000);
      const servedWait = integrate((t) => pServed - r.serviceLevel(t), 60, 3000);
      expect(meanWait).toBeCloseTo(r.meanWait, 7);
      expect(servedWait).toBeCloseTo(pServed * r.averageSpeedOfAnswer, 7);
    }
  });

  it('is monotone in t', () => {
    const r = erlangA({ arrivalRate: 0.06, meanServiceTime: 180, agents: 11, meanPatience: 90 });
    let last = -1;
    for (let t = 0; t <= 600; t += 15) {
      const sl = r.serviceLevel(t);
      expect(sl).toBeGreaterThanOrEqual(last);
      last = sl;
    }
  });
});
