import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile, normalSurvival } from '../../src/random/special/normal';
import { expectClose, thrown } from './helpers';

/**
 * Independent references: the Taylor series Φ(x) = ½ + φ(x)·Σ x^(2n+1)/(1·3·…·(2n+1)) for
 * |x| < 3 and Laplace's continued fraction Q(x) = φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))) beyond.
 */
function referenceCdf(x: number): number {
  const phi = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  if (Math.abs(x) < 3) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 500; n++) {
      term *= (x * x) / (2 * n + 1);
      sum += term;
      if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    }
    return 0.5 + phi * sum;
  }
  const z = Math.abs(x);
  let t = 0;
  for (let k = 300; k >= 1; k--) t = k / (z + t);
  const tail = phi / (z + t);
  return x < 0 ? tail : 1 - tail;
}

describe('normalCdf()', () => {
  it('matches known values', () => {
    expectClose(normalCdf(0), 0.5, 1e-15);
    expectClose(normalCdf(1), 0.8413447460685429, 1e-14);
    expectClose(normalCdf(-1.959963984540054), 0.025, 1e-13);
    expectClose(normalCdf(-5), 2.866515718791939e-7, 1e-8);
    expectClose(normalCdf(-10), 7.619853024160527e-24, 1e-8);
  });

  it('is within 1e-15 absolute of a series/continued-fraction reference on [-37, 8]', () => {
    let worst = 0;
    for (let x = -37; x <= 8; x += 0.01) worst = Math.max(worst, Math.abs(normalCdf(x) - referenceCdf(x)));
    expect(worst).toBeLessThan(1e-15);
  });

  it('keeps relative accuracy (1e-12 near the centre, 1e-8 in the lower tail)', () => {
    for (let x = -3; x < 0; x += 0.01) expectClose(normalCdf(x), referenceCdf(x), 1e-12);
    for (let x = -37; x < -3; x += 0.05) expectClose(normalCdf(x), referenceCdf(x), 1e-8);
  });

  it('has a survival function symmetric to it', () => {
    for (const x of [-8, -2, -0.3, 0, 0.3, 2, 8, 12]) expect(normalSurvival(x)).toBe(normalCdf(-x));
    expectClose(normalSurvival(10), 7.619853024160527e-24, 1e-8);
  });

  it('handles infinities and NaN', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
    expectClose(normalPdf(0), 1 / Math.sqrt(2 * Math.PI), 1e-15);
  });
});

describe('normalQuantile()', () => {
  it('matches known values', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectClose(normalQuantile(0.025), -1.959963984540054, 1e-15);
    expectClose(normalQuantile(0.8413447460685429), 1, 1e-14);
    expectClose(normalQuantile(0.999), 3.090232306167813, 1e-14);
    expectClose(normalQuantile(1e-10), -6.361340902404056, 1e-14);
  });

  it('agrees with bisection on the reference CDF, including the smallest stream variate 2^-33', () => {
    for (const p of [2 ** -33, 1e-7, 0.003, 0.05, 0.3, 0.62, 0.9, 0.9999]) {
      let lo = -40;
      let hi = 10;
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (referenceCdf(mid) < p) lo = mid;
        else hi = mid;
      }
      expectClose(normalQuantile(p), (lo + hi) / 2, 1e-12);
    }
  });

  it('inverts normalCdf across (0, 1) and far into the tails', () => {
    for (let i = 1; i < 2000; i++) {
      const p = i / 2000;
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-14);
    }
    for (let e = 3; e <= 294; e += 3) {
      const p = 10 ** -e;
      expectClose(normalCdf(normalQuantile(p)), p, 1e-8);
    }
  });

  it('is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    for (const p of [0.001, 0.07, 0.2, 0.4]) expectClose(normalQuantile(1 - p), -normalQuantile(p), 1e-12);
  });

  it('maps 0 and 1 to infinities and rejects values outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(thrown(() => normalQuantile(1.5)).message).toBe('normalQuantile: p must be a probability in [0, 1], got 1.5');
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
