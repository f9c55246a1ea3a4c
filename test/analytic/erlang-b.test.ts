import { describe, expect, it } from 'vitest';
import { agentsForBlocking, erlangB } from '../../src/analytic/index';
import { logPoissonPmf, naiveErlangB, relativeError } from './reference-formulas';

describe('erlangB()', () => {
  it('matches the textbook value B(a = 10, c = 10) ≈ 0.2146', () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.2146, 4);
  });

  it('agrees with the factorial definition for small systems', () => {
    for (const c of [1, 2, 3, 5, 8, 13, 21]) {
      for (const a of [0.1, 0.5, 1, 2.5, 7, 12, 30]) {
        expect(relativeError(erlangB(a, c), naiveErlangB(a, c))).toBeLessThan(1e-12);
      }
    }
  });

  it('gives B(a, 1) = a / (1 + a)', () => {
    for (const a of [0, 0.3, 1, 4]) expect(erlangB(a, 1)).toBeCloseTo(a / (1 + a), 15);
  });

  it('decreases in the number of agents and increases in the load', () => {
    for (let c = 1; c < 40; c++) expect(erlangB(20, c + 1)).toBeLessThan(erlangB(20, c));
    for (let a = 1; a < 40; a++) expect(erlangB(a + 1, 20)).toBeGreaterThan(erlangB(a, 20));
  });

  it('equals P(Poisson(a) = c) / P(Poisson(a) <= c) for thousands of agents', () => {
    // Independent route: Poisson pmf in log space with a term-by-term log-factorial.
    for (const [a, c] of [
      [4950, 5000],
      [5000, 5000],
      [6000, 5000],
      [800, 1000],
    ] as const) {
      const logs: number[] = [];
      let logFact = 0;
      for (let n = 0; n <= c; n++) {
        if (n > 1) logFact += Math.log(n);
        logs.push(-a + n * Math.log(a) - logFact);
      }
      const max = Math.max(...logs);
      const total = logs.reduce((s, l) => s + Math.exp(l - max), 0);
      const expected = Math.exp(logPoissonPmf(a, c) - max) / total;
      expect(relativeError(erlangB(a, c), expected)).toBeLessThan(1e-9);
    }
  });

  it('returns 0 for no offered load and a finite value near 0 for tiny loads', () => {
    expect(erlangB(0, 5)).toBe(0);
    const b = erlangB(10, 5000);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThanOrEqual(0);
  });
});

describe('agentsForBlocking()', () => {
  it('needs 18 lines for 10 erlangs at 1% blocking (Erlang B tables)', () => {
    expect(agentsForBlocking(10, 0.01)).toBe(18);
  });

  it('returns the smallest agent count meeting the target', () => {
    for (const a of [0.5, 3, 10, 47.5, 300, 2000]) {
      for (const target of [0.001, 0.01, 0.05, 0.2]) {
        const c = agentsForBlocking(a, target);
        expect(erlangB(a, c)).toBeLessThanOrEqual(target);
        if (c > 1) expect(erlangB(a, c - 1)).toBeGreaterThan(target);
      }
    }
  });

  it('returns 1 when any blocking is acceptable', () => {
    expect(agentsForBlocking(50, 1)).toBe(1);
  });
});
