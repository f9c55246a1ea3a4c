import { normalQuantile } from '../../random/special/normal';
import { studentTDensity, studentTUpperTail } from './special-functions';
import { asRecord, assertFinite } from './validate';

/** Above this many degrees of freedom the Cornish–Fisher series replaces root finding. */
const SERIES_DF = 1e5;

/**
 * Quantile of Student's t distribution: the t with P(T ≤ t) = p, for p in (0, 1) and df > 0
 * degrees of freedom (`Infinity` gives the standard normal quantile).
 *
 * df = 1 and 2 use closed forms; otherwise a safeguarded Newton iteration on ln t solves
 * P(T > t) = min(p, 1 − p) with the tail computed from the regularized incomplete beta function
 * (continued fraction), started from a Cornish–Fisher guess; for df > 1e5 the four-term
 * Cornish–Fisher series (Abramowitz & Stegun 26.7.5) is used directly. The relative error is
 * below 1e−12 up to df ≈ 1000 and grows to about 1e−10 near df = 1e5 (cancellation between the
 * log-gamma terms of the tail's front factor; checked against 50-digit values), far under the
 * 1e−6 needed for confidence intervals.
 *
 * @example `tQuantile(0.975, 10)` ≈ 2.228139
 */
export function tQuantile(p: number, df: number): number {
  assertFinite('tQuantile', 'p', p);
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`);
  if (typeof df !== 'number' || !(df > 0)) {
    throw new RangeError(`tQuantile: df must be a positive number (or Infinity), got ${String(df)}`);
  }
  if (p === 0.5) return 0;
  // Stryker disable next-line EqualityOperator: p = 0.5 returned 0 two lines up, so p < 0.5 and p <= 0.5 agree
  const sign = p < 0.5 ? -1 : 1;
  // Stryker disable next-line EqualityOperator: as above, p is never 0.5 here
  const tail = p < 0.5 ? p : 1 - p;
  return sign * upperTailQuantile(tail, df);
}

/** The t > 0 with P(T > t) = tail, for tail in (0, 0.5). */
function upperTailQuantile(tail: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * tail);
  if (df === 2) return (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
  const z = -normalQuantile(tail);
  if (df > SERIES_DF) return cornishFisher(z, df);
  // Stryker disable next-line MethodExpression: only the starting guess; solveTail converges from any positive guess (tested from 1e−9 to 1e9 times the root)
  return solveTail(tail, df, Math.max(cornishFisher(z, Math.max(df, 3)), 1e-300));
}

/** Cornish–Fisher expansion of the t quantile in powers of 1/df (A&S 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const p4 = (((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945;
  const g4 = (z * p4) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * The t > 0 with P(T > t) = tail for df degrees of freedom, by safeguarded Newton on u = ln t for
 * g(u) = ln P(T > e^u) − ln tail, which decreases in u: the root is bracketed first (steps doubling
 * from `guess`), and a Newton step that leaves the bracket is replaced by bisection, so any positive
 * `guess` converges. Internal to {@link tQuantile}; exported for its tests.
 */
export function solveTail(tail: number, df: number, guess: number): number {
  const logTail = Math.log(tail);
  const g = (u: number): number => Math.log(studentTUpperTail(Math.exp(u), df)) - logTail;
  let u = Math.log(guess);
  let gu = g(u);
  // Bracket the root: g(lo) ≥ 0 ≥ g(hi).
  let lo = u;
  let hi = u;
  for (let step = 1; g(lo) < 0; step *= 2) lo -= step;
  for (let step = 1; g(hi) > 0; step *= 2) hi += step;
  // Stryker disable next-line UpdateOperator,EqualityOperator: the loop returns by convergence in at most 66 steps (df from 1.01 to 1e5, p from 5e−324 to 1 − 1e−15), so the cap (200, or 201, or none when counting down) is never reached
  for (let iteration = 0; iteration < 200; iteration++) {
    if (gu === 0) return Math.exp(u);
    // Stryker disable next-line EqualityOperator: gu = 0 returned on the line before this comment, so gu > 0 and gu >= 0 agree
    if (gu > 0) lo = u;
    else hi = u;
    const t = Math.exp(u);
    const slope = -(studentTDensity(t, df) * t) / studentTUpperTail(t, df);
    let next = u - gu / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    // Stryker disable next-line LogicalOperator,MethodExpression,BlockStatement: these only make the loop stop later (both tests at once, a smaller tolerance, or never before the cap), which returns the same root to 1e−15
    if (Math.abs(next - u) <= 1e-15 * Math.max(1, Math.abs(u)) || hi - lo <= 1e-15 * Math.max(1, Math.abs(u))) {
      return Math.exp(next);
    }
    u = next;
    gu = g(u);
  }
  return Math.exp(u);
}

/** What {@link confidenceInterval} needs: a {@link RunningStats} or any equivalent summary. */
export interface SampleSummary {
  /** Number of observations n. */
  readonly count: number;
  /** Sample mean. */
  readonly mean: number;
  /** Sample variance (divisor n − 1). */
  readonly variance: number;
}

/**
 * A Student t confidence interval for a mean. Fields that cannot be computed are `null`, never
 * NaN: with n < 2 there is no variance estimate, so `sd`, `halfWidth`, `lower` and `upper` are
 * `null` (reports print them as "—"); with n = 0, `mean` is 0 and is not data.
 */
export interface ConfidenceInterval {
  /** Sample mean. */
  readonly mean: number;
  /** t(1 − (1 − level)/2, n − 1) · sd / √n, or `null` when n < 2. */
  readonly halfWidth: number | null;
  /** mean − halfWidth, or `null` when n < 2. */
  readonly lower: number | null;
  /** mean + halfWidth, or `null` when n < 2. */
  readonly upper: number | null;
  /** Sample standard deviation, or `null` when n < 2. */
  readonly sd: number | null;
  /** Number of observations. */
  readonly n: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

/**
 * Two-sided Student t confidence interval for the mean of `stats` (e.g. the per-replication
 * averages collected in a {@link RunningStats}) at confidence `level` (default 0.95).
 */
export function confidenceInterval(stats: SampleSummary, level = 0.95): ConfidenceInterval {
  const where = 'confidenceInterval';
  const record = asRecord(where, stats);
  const n = record['count'];
  const mean = record['mean'];
  const variance = record['variance'];
  assertFinite(where, 'stats.count', n);
  if (n < 0 || !Number.isInteger(n)) throw new RangeError(`${where}: stats.count must be a non-negative integer, got ${n}`);
  assertFinite(where, 'stats.mean', mean);
  assertFinite(where, 'stats.variance', variance);
  if (variance < 0) throw new RangeError(`${where}: stats.variance must be non-negative, got ${variance}`);
  assertFinite(where, 'level', level);
  if (!(level > 0 && level < 1)) throw new RangeError(`${where}: level must be in (0, 1), got ${level}`);
  if (n < 2) return { mean, halfWidth: null, lower: null, upper: null, sd: null, n, level };
  const sd = Math.sqrt(variance);
  const halfWidth = (-tQuantile((1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, sd, n, level };
}
