import { describe, expect, it } from 'vitest';
import { normalQuantile, tQuantile } from '../../../src/metrics/stats/index';

/** Γ((ν+1)/2) / Γ(ν/2) for integer ν by the recurrence Γ(x+1) = xΓ(x), from Γ(1/2) = √π and Γ(1) = 1. */
function gammaRatio(df: number): number {
  const gamma = (twiceX: number): number => {
    // Γ(twiceX / 2) for a positive integer twiceX.
    let value = twiceX % 2 === 0 ? 1 : Math.sqrt(Math.PI);
    for (let x2 = twiceX % 2 === 0 ? 2 : 1; x2 < twiceX; x2 += 2) value *= x2 / 2;
    return value;
  };
  return gamma(df + 1) / gamma(df);
}

/** P(0 < T ≤ t) by composite Simpson integration of the t density (independent of the library). */
function centralMass(t: number, df: number): number {
  const c = gammaRatio(df) / Math.sqrt(df * Math.PI);
  const pdf = (x: number) => c * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const n = 20000;
  const h = t / n;
  let sum = pdf(0) + pdf(t);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * pdf(i * h);
  return (sum * h) / 3;
}

describe('tQuantile()', () => {
  it('matches the classic two-sided 95 % table values', () => {
    const table: [number, number][] = [
      [1, 12.7062047361747],
      [2, 4.30265272974946],
      [5, 2.57058183563631],
      [10, 2.22813885198627],
      [30, 2.04227245630124],
      [Infinity, 1.95996398454005],
    ];
    for (const [df, t] of table) expect(Math.abs(tQuantile(0.975, df) - t), `df=${df}`).toBeLessThan(1e-6);
    // The same values to the 3 decimals of printed tables.
    expect(tQuantile(0.975, 1).toFixed(3)).toBe('12.706');
    expect(tQuantile(0.975, 2).toFixed(3)).toBe('4.303');
    expect(tQuantile(0.975, Infinity).toFixed(3)).toBe('1.960');
  });

  it('inverts the t distribution function (checked by numerical integration)', () => {
    for (const df of [1, 2, 3, 4, 5, 7, 10, 30, 100]) {
      for (const p of [0.55, 0.6, 0.9, 0.95, 0.975, 0.995]) {
        const t = tQuantile(p, df);
        expect(Math.abs(centralMass(t, df) - (p - 0.5)), `df=${df} p=${p}`).toBeLessThan(1e-10);
      }
    }
  });

  it('is antisymmetric around p = 0.5 and decreases toward the normal quantile as df grows', () => {
    expect(tQuantile(0.5, 4)).toBe(0);
    for (const p of [0.01, 0.2, 0.4]) expect(tQuantile(p, 6)).toBeCloseTo(-tQuantile(1 - p, 6), 12);
    let previous = Infinity;
    for (const df of [1, 2, 3, 5, 10, 100, 1e4, 99999, 100001, 1e7, Infinity]) {
      const t = tQuantile(0.975, df);
      expect(t, `df=${df}`).toBeLessThan(previous);
      previous = t;
    }
    expect(tQuantile(0.975, 1e9)).toBeCloseTo(normalQuantile(0.975), 8);
  });

  it('is continuous where the large-df series takes over', () => {
    for (const p of [0.9, 0.975, 0.999]) {
      expect(Math.abs(tQuantile(p, 100000.5) - tQuantile(p, 99999.5))).toBeLessThan(1e-8);
    }
  });

  it('handles extreme probabilities without NaN', () => {
    for (const df of [1, 3, 8, 50]) {
      for (const p of [1e-12, 1 - 1e-12]) expect(Number.isFinite(tQuantile(p, df))).toBe(true);
    }
  });

  it('rejects p outside (0, 1) and non-positive df', () => {
    expect(() => tQuantile(1, 5)).toThrow(/tQuantile: p must be in \(0, 1\), got 1/);
    expect(() => tQuantile(0.5, 0)).toThrow(/df must be a positive number/);
    expect(() => tQuantile(0.5, Number.NaN)).toThrow(/df/);
  });
});

describe('normalQuantile()', () => {
  it('matches known standard normal quantiles', () => {
    const known: [number, number][] = [
      [0.5, 0],
      [0.9, 1.2815515655446004],
      [0.975, 1.959963984540054],
      [0.99, 2.3263478740408408],
      [0.995, 2.5758293035489004],
      [0.025, -1.959963984540054],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of known) expect(Math.abs(normalQuantile(p) - z), `p=${p}`).toBeLessThan(1e-12);
  });
});
