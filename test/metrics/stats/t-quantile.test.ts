import { describe, expect, it } from 'vitest';
import { normalQuantile, tQuantile } from '../../../src/metrics/stats/index';
import { solveTail } from '../../../src/metrics/stats/confidence';

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

describe('tQuantile() by hand', () => {
  it('gives the closed forms: tan(π(p − ½)) for df = 1, (2p − 1)/√(2p(1 − p)) for df = 2', () => {
    // df = 1: p = 0.75 → tan(π/4) = 1; df = 2: p = 0.9 → 0.8/√0.18
    expect(tQuantile(0.75, 1)).toBeCloseTo(1, 14);
    expect(tQuantile(0.25, 1)).toBeCloseTo(-1, 14);
    expect(tQuantile(0.9, 2)).toBeCloseTo(0.8 / Math.sqrt(0.18), 14);
    expect(tQuantile(0.1, 2)).toBeCloseTo(-0.8 / Math.sqrt(0.18), 14);
  });

  it('matches printed table values for df = 3, 4, 20 to their 6 decimals', () => {
    // t(0.95, 3) = 2.353363, t(0.99, 4) = 3.746947, t(0.9, 20) = 1.325341
    expect(tQuantile(0.95, 3)).toBeCloseTo(2.353363, 6);
    expect(tQuantile(0.99, 4)).toBeCloseTo(3.746947, 6);
    expect(tQuantile(0.9, 20)).toBeCloseTo(1.325341, 6);
    expect(tQuantile(0.05, 3)).toBeCloseTo(-2.353363, 6);
  });

  it('past df = 1e5 (the Cornish–Fisher series) agrees with 50-digit values to 1.5e−15', () => {
    // mpmath, 50 digits: the root of I_(df/(df+t²))(df/2, ½)/2 = 1 − p for df = 100001
    const reference: [number, number][] = [
      [0.9, 1.281560031364702242172],
      [0.975, 1.95998770729737924282],
      [0.999, 3.090313808612193476891],
      // far tails, where the series' higher terms count
      [1e-6, -4.753704713587096166494],
      [1e-9, -5.998361456134224555272],
    ];
    for (const [p, t] of reference) expect(Math.abs((tQuantile(p, 100001) - t) / t), `p=${p}`).toBeLessThan(1.5e-15);
  });

  it('finds far-tail and near-median roots to 1e−13 (50-digit values), where the root finder must bracket', () => {
    // mpmath, 50 digits: −s with I_(df/(df+s²))(df/2, ½)/2 = p
    const reference: [number, number, number][] = [
      [1e-12, 3, -10331.10824429248620358],
      [1e-12, 8, -69.69504323785960578016],
      [1e-12, 50, -9.260139683684144711736],
      [1e-6, 1.5, -5219.469324706945951015],
      [1e-4, 2.5, -34.86796932111477210475],
      [0.3, 7, -0.5491096579472850490115],
    ];
    for (const [p, df, t] of reference) {
      expect(Math.abs((tQuantile(p, df) - t) / t), `p=${p} df=${df}`).toBeLessThan(1e-13);
      // 1 − p is p's complement to within an ulp of 1, so the upper tail's tolerance grows as 1e−15/p
      expect(Math.abs((tQuantile(1 - p, df) + t) / t), `p=1−${p} df=${df}`).toBeLessThan(Math.max(1e-13, 1e-15 / p));
    }
    // t ≈ −2.7e−7: 1 − 2·p is known to a few ulps of 0.5 only, so compare absolutely
    expect(Math.abs(tQuantile(0.4999999, 3) - -2.720699046429607038623e-7)).toBeLessThan(1e-15);
  });

  it('is continuous to 1e−9 across df = 1e5, where the series replaces root finding', () => {
    for (const p of [0.9, 0.975, 0.999]) {
      const below = tQuantile(p, 1e5 - 1e-6);
      const above = tQuantile(p, 1e5 + 1e-6);
      expect(Math.abs(above - below) / below, `p=${p}`).toBeLessThan(1e-9);
    }
  });

  it('names p and df when they are not numbers', () => {
    expect(() => tQuantile(Number.NaN, 5)).toThrow(/tQuantile: p must be a finite number, got NaN/);
    expect(() => tQuantile(0, 5)).toThrow(/tQuantile: p must be in \(0, 1\), got 0/);
    expect(() => tQuantile(0.9, '5' as unknown as number)).toThrow(/tQuantile: df must be a positive number \(or Infinity\), got 5/);
    expect(() => tQuantile(0.9, -1)).toThrow(/got -1/);
  });
});

describe('tQuantile() at p = 1e−300', () => {
  it('keeps the closed forms of df = 1 and 2 to the last digits: −1/tan(πp) and −(1 − 2p)/√(2p(1 − p))', () => {
    // root finding would only reach these to about 1e−13 (df = 2) or not at all (df = 1: t ≈ 3e299)
    expect(Math.abs(tQuantile(1e-300, 1) / (-1 / (Math.PI * 1e-300)) - 1)).toBeLessThan(1e-15);
    expect(Math.abs(tQuantile(1e-300, 2) / -7.071067811865475244e149 - 1)).toBeLessThan(1e-15);
  });

  it('finds the far-tail roots of the root finder and of the series (50-digit values, mpmath)', () => {
    // A tail of 1e−300 is e^(−690), so the rounding of its logarithm allows about 1e−13 relative in t.
    const reference: [number, number, number][] = [
      [1e-300, 1.5, -5.219469427344636416558e199], // past t = 1.3e154, where t² overflows
      [1e-250, 1.5, -2.42266310113461499282e166],
      [1e-300, 2.5, -8.765437882279991949571e119],
      [1e-300, 3, -1.033110836044652909556e100],
      [1e-300, 4, -1.316074012952492460819e75],
      [1e-300, 5, -1.568392559099337808962e60],
    ];
    for (const [p, df, t] of reference) expect(Math.abs(tQuantile(p, df) / t - 1), `p=${p} df=${df}`).toBeLessThan(5e-13);
    // df > 1e5: the four-term Cornish–Fisher series. At p = 1e−300 (z = −37) its g4/df⁴ term moves t by
    // 3e−11 relative and the first term left out, g5/df⁵, by 3.5e−14; at 1e−100 (z = −21.3) by 3.5e−13 and 1.4e−16
    expect(Math.abs(tQuantile(1e-300, 100001) / -37.17466938607723882763472 - 1)).toBeLessThan(1e-13);
    expect(Math.abs(tQuantile(1e-100, 100001) / -21.29759814804047256146067 - 1)).toBeLessThan(2e-14);
  });
});

describe('solveTail()', () => {
  it('finds the root from guesses far below and far above it (bracketing, then Newton kept inside the bracket)', () => {
    // mpmath, 50 digits: s with I_(df/(df+s²))(df/2, ½)/2 = tail
    const roots: [number, number, number][] = [
      [1e-12, 3, 10331.10824429248620358],
      [0.3, 7, 0.5491096579472850490115],
      [1e-4, 2.5, 34.86796932111477210475],
    ];
    for (const [tail, df, root] of roots) {
      for (const factor of [1e-9, 0.5, 0.999, 1.001, 2, 1e9]) {
        const t = solveTail(tail, df, root * factor);
        expect(Math.abs(t - root) / root, `tail=${tail} df=${df} guess=${factor}·root`).toBeLessThan(1e-13);
      }
    }
  });
});
