import { describe, expect, it } from 'vitest';
import { regularizedBeta, studentTDensity, studentTUpperTail } from '../../../src/metrics/stats/special-functions';

/**
 * Closed forms worked by hand: I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b,
 * I_x(2, 2) = 3x² − 2x³, I_½(a, a) = ½; the Cauchy (df = 1) tail ½ − atan(t)/π and density
 * 1/(π(1 + t²)); the df = 2 tail ½(1 − t/√(2 + t²)) and density (2 + t²)^(−3/2).
 */
describe('regularizedBeta()', () => {
  it('equals the closed forms of small integer a and b on both sides of the branch point', () => {
    for (const x of [0.05, 0.2, 0.45, 0.6, 0.8, 0.97]) {
      const y = 1 - x;
      expect(regularizedBeta(x, y, 1, 1), `I_${x}(1,1)`).toBeCloseTo(x, 13);
      expect(regularizedBeta(x, y, 3, 1), `I_${x}(3,1)`).toBeCloseTo(x ** 3, 13);
      expect(regularizedBeta(x, y, 1, 4), `I_${x}(1,4)`).toBeCloseTo(1 - y ** 4, 13);
      expect(regularizedBeta(x, y, 2, 2), `I_${x}(2,2)`).toBeCloseTo(3 * x ** 2 - 2 * x ** 3, 13);
    }
  });

  it('is ½ at x = ½ when a = b, and I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    for (const a of [0.5, 2.5, 7, 40]) expect(regularizedBeta(0.5, 0.5, a, a), `a=${a}`).toBeCloseTo(0.5, 13);
    for (const [x, a, b] of [[0.3, 2.5, 4], [0.7, 0.5, 3], [0.1, 6, 1.5]] as const) {
      expect(regularizedBeta(x, 1 - x, a, b) + regularizedBeta(1 - x, x, b, a)).toBeCloseTo(1, 13);
    }
  });

  it('is 0 at x = 0 and 1 at x = 1 (y = 0)', () => {
    expect(regularizedBeta(0, 1, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 0, 2, 3)).toBe(1);
  });
});

describe('studentTUpperTail()', () => {
  it('is the Cauchy tail ½ − atan(t)/π for df = 1: ¼ at t = 1, ⅙ at t = √3', () => {
    expect(studentTUpperTail(1, 1)).toBeCloseTo(0.25, 14);
    expect(studentTUpperTail(Math.sqrt(3), 1)).toBeCloseTo(1 / 6, 14);
    for (const t of [0.1, 0.5, 2, 10]) expect(studentTUpperTail(t, 1), `t=${t}`).toBeCloseTo(0.5 - Math.atan(t) / Math.PI, 14);
  });

  it('is ½(1 − t/√(2 + t²)) for df = 2 and ½ at t = 0', () => {
    for (const t of [0.25, 1, 3, 20]) expect(studentTUpperTail(t, 2), `t=${t}`).toBeCloseTo(0.5 * (1 - t / Math.sqrt(2 + t * t)), 14);
    expect(studentTUpperTail(0, 5)).toBe(0.5);
  });
});

describe('studentTDensity()', () => {
  it('is 1/(π(1 + t²)) for df = 1 and (2 + t²)^(−3/2) for df = 2', () => {
    for (const t of [0, 0.5, 1, 4]) {
      expect(studentTDensity(t, 1), `df=1 t=${t}`).toBeCloseTo(1 / (Math.PI * (1 + t * t)), 14);
      expect(studentTDensity(t, 2), `df=2 t=${t}`).toBeCloseTo((2 + t * t) ** -1.5, 14);
    }
  });

  it('for df = 3 is 6√3 / (π(3 + t²)²)', () => {
    for (const t of [0, 1, 2.5]) expect(studentTDensity(t, 3), `t=${t}`).toBeCloseTo((6 * Math.sqrt(3)) / (Math.PI * (3 + t * t) ** 2), 14);
  });
});

describe('studentTUpperTail() and studentTDensity() far out (t past 1e150, where t² nears overflow)', () => {
  it('keep the tail and density 50-digit values (mpmath) instead of 0', () => {
    // mpmath, 50 digits: ½ I_(df/(df+t²))(df/2, ½), and Γ((df+1)/2)/(Γ(df/2)√(dfπ)) (1 + t²/df)^(−(df+1)/2)
    // (a tail near 1e−300 is e^(−690): the rounding of its exponent alone allows 1e−13 relative)
    expect(Math.abs(studentTUpperTail(1e200, 1.5) / 3.7708524320162463515e-301 - 1)).toBeLessThan(5e-13);
    expect(Math.abs(studentTUpperTail(1e160, 0.5) / 3.2070097541422290034e-81 - 1)).toBeLessThan(1e-13);
    expect(Math.abs(studentTDensity(1e160, 0.5) / 1.6035048770711145017e-241 - 1)).toBeLessThan(1e-13);
    expect(studentTDensity(-1e160, 0.5)).toBe(studentTDensity(1e160, 0.5));
  });

  it('join the Cauchy forms ½ − atan(t)/π ≈ 1/(πt) and 1/(π(1 + t²)) on both sides of t = 1e150', () => {
    for (const t of [1e149, 1e151, 1e154]) {
      expect(Math.abs(studentTUpperTail(t, 1) * Math.PI * t - 1), `t=${t}`).toBeLessThan(1e-13);
    }
    expect(Math.abs(studentTDensity(1e151, 1) * Math.PI * 1e302 - 1)).toBeLessThan(1e-13);
    expect(Math.abs(studentTDensity(1e149, 1) * Math.PI * 1e298 - 1)).toBeLessThan(1e-13);
  });

  it('give a tail and density of 0 at t = ∞', () => {
    expect(studentTUpperTail(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(studentTDensity(Number.POSITIVE_INFINITY, 2)).toBe(0);
  });
});
