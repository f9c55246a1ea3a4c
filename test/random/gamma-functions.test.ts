import { describe, expect, it } from 'vitest';
import { lnGamma, regularizedGammaP, regularizedGammaQ } from '../../src/random/special/gamma-functions';
import { normalCdf } from '../../src/random/special/normal';
import { expectClose, thrown } from './helpers';

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

describe('lnGamma()', () => {
  it('matches ln((n − 1)!) at integers', () => {
    for (let n = 1; n <= 30; n++) {
      expect(Math.abs(lnGamma(n) - Math.log(factorial(n - 1)))).toBeLessThan(1e-13 * Math.max(1, Math.log(factorial(n - 1))));
    }
  });

  it('matches half-integer closed forms and a large argument', () => {
    expectClose(lnGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-14);
    expectClose(lnGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2), 1e-13);
    expectClose(lnGamma(4.5), Math.log((105 / 16) * Math.sqrt(Math.PI)), 1e-14);
    expectClose(lnGamma(100), 359.1342053695754, 1e-14);
    // Γ(x) ≈ 1/x − γ for small x
    expectClose(lnGamma(1e-8), -Math.log(1e-8) - 0.5772156649015329 * 1e-8, 1e-12);
  });

  it('satisfies Γ(x + 1) = x Γ(x)', () => {
    for (const x of [0.01, 0.3, 0.77, 2.2, 9.5, 40.1]) {
      expect(Math.abs(lnGamma(x + 1) - lnGamma(x) - Math.log(x))).toBeLessThan(1e-13 * Math.max(1, Math.abs(lnGamma(x + 1))));
    }
  });

  it('rejects non-positive arguments', () => {
    expect(thrown(() => lnGamma(0)).message).toBe('lnGamma: x must be a positive finite number, got 0');
  });
});

describe('regularizedGammaP()', () => {
  it('equals the Erlang closed form 1 − e^(−x) Σ_{j<k} x^j/j! for integer a', () => {
    for (const k of [1, 2, 3, 5, 10, 25]) {
      for (const x of [0.1, 0.5, 1, 2.5, 5, 10, 20, 40]) {
        let sum = 0;
        let term = 1;
        for (let j = 0; j < k; j++) {
          sum += term;
          term *= x / (j + 1);
        }
        const q = Math.exp(-x) * sum;
        expect(Math.abs(regularizedGammaP(k, x) - (1 - q))).toBeLessThan(1e-13);
        expectClose(regularizedGammaQ(k, x), q, 1e-11);
      }
    }
  });

  it('equals 2Φ(√(2x)) − 1 for a = ½', () => {
    for (const x of [0.01, 0.2, 1, 3, 8]) {
      expect(Math.abs(regularizedGammaP(0.5, x) - (2 * normalCdf(Math.sqrt(2 * x)) - 1))).toBeLessThan(1e-13);
    }
  });

  it('is 0 at or below 0 and 1 at infinity; P + Q = 1', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaP(2, -1)).toBe(0);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    for (const [a, x] of [[0.3, 0.1], [4, 3], [4, 6], [100, 90], [100, 120]] as const) {
      expect(Math.abs(regularizedGammaP(a, x) + regularizedGammaQ(a, x) - 1)).toBeLessThan(1e-14);
    }
  });

  it('rejects bad arguments', () => {
    expect(thrown(() => regularizedGammaP(0, 1)).message).toBe('regularizedGammaP: a must be a positive finite number, got 0');
    expect(() => regularizedGammaQ(1, Number.NaN)).toThrow(RangeError);
  });
});
