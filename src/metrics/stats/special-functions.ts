/**
 * Special functions behind the Student t quantile: the regularized incomplete beta function and
 * the t density. Internal to the statistics folder. Log-gamma has one home, `lnGamma` in
 * random/special/gamma-functions.ts (the one the engine's distributions use).
 *
 * @module
 */
import { lnGamma as logGamma } from '../../random/special/gamma-functions';

const TINY = 1e-300;
const CF_EPSILON = 1e-15;
const CF_MAX_ITERATIONS = 100_000;
/**
 * Below this r = √df / t, t²/df nears overflow and x = df/(df + t²) loses its digits (or is 0):
 * the t tail and density switch to forms in ln r, exact there to double precision.
 */
const FAR_R = 1e-140;

/** Continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: both calls pass x ≤ (a + 1)/(a + b + 2), so this first d is at least 2/(a + b + 2), never near 1e−300
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  // Stryker disable next-line EqualityOperator: the fraction converges in at most 54 steps for the t distribution (df from 0.01 to 1e8, t from 1e−12 to 1e160), so the cap is never reached
  for (let m = 1; m <= CF_MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    // Stryker disable next-line EqualityOperator: |delta − 1| is a multiple of 2^−53 (or at least ½), and the double 1e−15 is not, so it never equals CF_EPSILON
    if (Math.abs(delta - 1) < CF_EPSILON) return h;
  }
  // Stryker disable next-line StringLiteral: not reached for the t distribution's parameters (see the cap above)
  throw new Error(`regularizedBeta: continued fraction did not converge for a=${a}, b=${b}, x=${x}`);
}

/**
 * Regularized incomplete beta I_x(a, b) for a, b > 0, given both x and y = 1 − x (pass y
 * computed directly when x is close to 1, to keep its relative accuracy).
 */
export function regularizedBeta(x: number, y: number, a: number, b: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at x = 0 the general form gives 0 too (front factor e^(−∞) = 0, continued fraction 1); callers never pass x < 0
  if (x <= 0) return 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at y = 0 the general form gives 1 − 0·1/b = 1 too; callers never pass y < 0
  if (y <= 0) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/** Student t upper tail P(T > t) for t ≥ 0 and df > 0 degrees of freedom. */
export function studentTUpperTail(t: number, df: number): number {
  const r = Math.sqrt(df) / t;
  if (r < FAR_R) return farUpperTail(r, df);
  const t2 = t * t;
  return 0.5 * regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/**
 * P(T > t) for r = √df / t below 1e−140, from the first term of the power series of
 * I_x(a, ½) = x^a (1 − x)^½ / (a B(a, ½)) · (1 + (a + ½)/(a + 1) x + …) with a = df/2 and
 * x = r²/(1 + r²) < 1e−280: the terms after the first, and (1 − x)^½, change it by under 1e−279
 * relative, as does ln x = 2 ln r − ln(1 + r²) without its second term. (The general form would
 * square t past overflow and return 0 for t > 1.3e154, where df < 2 still has tails above 1e−300.)
 */
function farUpperTail(r: number, df: number): number {
  const a = df / 2;
  const logBeta = logGamma(a) + logGamma(0.5) - logGamma(a + 0.5);
  return 0.5 * Math.exp(2 * a * Math.log(r) - Math.log(a) - logBeta);
}

/** Student t density at t for df > 0 degrees of freedom. */
export function studentTDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  // ln(1 + t²/df) = −2 ln r + ln(1 + r²) with r = √df/|t|; the second term is under 1e−280 past FAR_R
  const r = Math.sqrt(df) / Math.abs(t);
  const logKernel = r < FAR_R ? -2 * Math.log(r) : Math.log1p((t * t) / df);
  return Math.exp(logNorm - ((df + 1) / 2) * logKernel);
}
