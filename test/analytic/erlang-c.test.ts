import { describe, expect, it } from 'vitest';
import { erlangC, erlangCProbabilityOfWait } from '../../src/analytic/index';
import { naiveErlangC, relativeError } from './reference-formulas';

// Worked example used by call-center references (e.g. Call Centre Helper, "Erlang C formula
// made simple"): 100 calls per 30 minutes, AHT 180 s → 10 erlangs; 80% within 20 s.
const example = { arrivalRate: 100 / 1800, meanServiceTime: 180 } as const;

describe('erlangC()', () => {
  it('matches the factorial formula on the 100-calls-per-half-hour example', () => {
    for (const agents of [11, 12, 13, 14, 15]) {
      const r = erlangC({ ...example, agents });
      const pw = naiveErlangC(10, agents);
      const drain = (agents - 10) / 180;
      expect(relativeError(r.probabilityOfWait, pw)).toBeLessThan(1e-12);
      expect(relativeError(r.averageSpeedOfAnswer, pw / drain)).toBeLessThan(1e-12);
      expect(relativeError(r.serviceLevel(20), 1 - pw * Math.exp(-drain * 20))).toBeLessThan(1e-12);
      expect(r.occupancy).toBeCloseTo(10 / agents, 14);
    }
  });

  it('reproduces the published probability of waiting 0.6821 with 11 agents', () => {
    expect(erlangC({ ...example, agents: 11 }).probabilityOfWait).toBeCloseTo(0.6821, 4);
  });

  it('agrees with the factorial formula over a grid of small systems', () => {
    for (const c of [1, 2, 4, 7, 12, 20]) {
      for (const frac of [0.05, 0.3, 0.7, 0.95, 0.999]) {
        const a = c * frac;
        expect(relativeError(erlangCProbabilityOfWait(a, c), naiveErlangC(a, c))).toBeLessThan(1e-10);
      }
    }
  });

  it('gives the M/M/1 results P(wait) = ρ and E[Lq] = ρ²/(1 − ρ)', () => {
    const r = erlangC({ arrivalRate: 0.8, meanServiceTime: 1, agents: 1 });
    expect(r.probabilityOfWait).toBeCloseTo(0.8, 14);
    expect(r.meanQueueLength).toBeCloseTo(0.64 / 0.2, 12);
    expect(r.averageSpeedOfAnswer).toBeCloseTo(0.8 / 0.2, 12);
  });

  it('satisfies Little’s law E[Lq] = λ·E[W]', () => {
    const r = erlangC({ ...example, agents: 12 });
    expect(r.meanQueueLength).toBeCloseTo(example.arrivalRate * r.averageSpeedOfAnswer, 12);
  });

  it('inverts the service level with waitQuantile()', () => {
    const r = erlangC({ ...example, agents: 12 });
    for (const p of [0.6, 0.8, 0.95, 0.999]) {
      const t = r.waitQuantile(p);
      expect(r.serviceLevel(t)).toBeCloseTo(p, 12);
    }
    expect(r.waitQuantile(0.5)).toBe(0); // 1 − C ≈ 0.55 answered at once
    expect(r.serviceLevel(0)).toBeCloseTo(1 - r.probabilityOfWait, 14);
  });

  it('reports an unstable queue explicitly, never NaN', () => {
    for (const agents of [9, 10]) {
      const r = erlangC({ ...example, agents });
      expect(r.stable).toBe(false);
      expect(r.probabilityOfWait).toBe(1);
      expect(r.occupancy).toBe(1);
      expect(r.averageSpeedOfAnswer).toBe(Infinity);
      expect(r.meanQueueLength).toBe(Infinity);
      expect(r.serviceLevel(60)).toBe(0);
      expect(r.waitQuantile(0.5)).toBe(Infinity);
    }
  });

  it('handles zero arrivals', () => {
    const r = erlangC({ arrivalRate: 0, meanServiceTime: 60, agents: 3 });
    expect(r.probabilityOfWait).toBe(0);
    expect(r.averageSpeedOfAnswer).toBe(0);
    expect(r.serviceLevel(0)).toBe(1);
  });
});
