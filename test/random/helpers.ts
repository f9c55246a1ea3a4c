/**
 * Statistical helpers for the distribution tests. Tolerances come from the sample size:
 * - mean: |x̄ − μ| < 4σ/√n (σ from the closed form stated in the test),
 * - variance: |s² − σ²| < 5·√((m̂₄ − s⁴)/n), the CLT standard error of s² with the fourth
 *   central moment estimated from the same sample,
 * - KS: D < 1.95/√n, the asymptotic Kolmogorov critical value at α = 0.001 (1.9495/√n).
 */
import { expect } from 'vitest';
import { RandomStreams } from '../../src/random/streams';
import type { Distribution } from '../../src/random/distributions/distribution';

/** Draws `n` samples of `d` from a fresh stream named after `label`. */
export function draw(d: Distribution, n: number, label: string, seed = 20240601): Float64Array {
  const u = new RandomStreams(seed).stream(label);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = d.sample(u);
  return xs;
}

/** Sample mean, unbiased variance and fourth central moment. */
export function moments(xs: Float64Array): { mean: number; variance: number; m4: number } {
  const n = xs.length;
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) * (x - mean);
    m2 += d2;
    m4 += d2 * d2;
  }
  return { mean, variance: m2 / (n - 1), m4: m4 / n };
}

/** Kolmogorov–Smirnov statistic of `xs` against a continuous CDF. */
export function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] as number);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

/** Asymptotic KS critical value at α = 0.001. */
export function ksCritical(n: number): number {
  return 1.95 / Math.sqrt(n);
}

/**
 * Checks sample mean, sample variance (both against closed forms given by the test) and the KS
 * distance to `d.cdf`.
 */
export function expectSampleMatches(
  d: Distribution,
  expected: { mean: number; variance: number },
  n: number,
  label: string,
): void {
  const xs = draw(d, n, label);
  const m = moments(xs);
  const sd = Math.sqrt(expected.variance);
  expect(Math.abs(m.mean - expected.mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
  const varianceSe = Math.sqrt(Math.max(m.m4 - m.variance * m.variance, 0) / n);
  expect(Math.abs(m.variance - expected.variance)).toBeLessThan(5 * varianceSe + 1e-12);
  expect(ksStatistic(xs, (x) => d.cdf(x))).toBeLessThan(ksCritical(n));
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
}

/** Relative closeness: |a − b| ≤ tol·max(|b|, tiny). */
export function expectClose(actual: number, expected: number, tol = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(Math.abs(expected), 1e-300));
}

/** Calls `fn` and returns the thrown error (fails if nothing is thrown). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** Composite Simpson integral of `f` over [a, b] with `n` (even) intervals. */
export function integrate(f: (x: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}
