import { lnGamma } from '../random/special/gamma-functions';
import type { CensoredWait } from './censored-exponential';
import { checkSampleArray } from './validate';

/**
 * Weibull patience from waits censored by service: maximum likelihood with shape and scale, so
 * patience need not be memoryless (a shape below 1: callers most likely to hang up early; above
 * 1: impatience grows with the wait).
 *
 * @module
 */

/** The maximum-likelihood Weibull of {@link fitWeibullCensored}. */
export interface WeibullPatienceFit {
  /** Shape k. */
  readonly shape: number;
  /** Scale λ (seconds). */
  readonly scale: number;
  /** Mean patience, λ Γ(1 + 1/k) (seconds). */
  readonly mean: number;
  /** Callers who joined the queue. */
  readonly waiting: number;
  /** Callers who hung up while waiting. */
  readonly abandoned: number;
  /** Maximized log-likelihood (for comparing with the exponential: k = 1). */
  readonly logLikelihood: number;
  /** The fit as a scenario distribution. */
  readonly spec: { readonly kind: 'weibull'; readonly shape: number; readonly scale: number };
}

/**
 * Waits of 0 s of callers who hung up are read as this many seconds (half a second: the
 * resolution of records in whole seconds), since a Weibull density at 0 is 0 or infinite.
 */
export const ZERO_WAIT = 0.5;

/**
 * Maximum-likelihood Weibull from right-censored waits. With d abandoners and waits t, the
 * log-likelihood is d ln k − d k ln λ + (k − 1) Σ_abandoned ln t − Σ_all (t/λ)^k; for a given k
 * it is maximal at λ^k = Σ t^k / d, and the profile's derivative in k,
 * Σ t^k ln t / Σ t^k − 1/k − (1/d) Σ_abandoned ln t, increases with k: its root is found by
 * bisection on [0.02, 50].
 *
 * @throws RangeError when nobody abandoned, a time is negative or not finite, or all abandoners'
 *   waits are equal and nobody was censored beyond them (the shape is then unbounded)
 */
export function fitWeibullCensored(waits: readonly CensoredWait[]): WeibullPatienceFit {
  const owner = 'fitWeibullCensored';
  const n = checkSampleArray(owner, 'waits', waits);
  const times: number[] = [];
  const hung: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const w = waits[i]!;
    if (!Number.isFinite(w.time) || w.time < 0) throw new RangeError(`${owner}: waits[${i}].time must be a non-negative finite number, got ${w.time}`);
    if (w.abandoned || w.time > 0) {
      times.push(w.abandoned ? Math.max(ZERO_WAIT, w.time) : w.time);
      hung.push(w.abandoned);
    }
  }
  const d = hung.filter(Boolean).length;
  if (d === 0) throw new RangeError(`${owner}: nobody abandoned among ${n} waits, so the patience cannot be estimated`);
  // Every time kept is > 0: abandoners' are at least ZERO_WAIT, answered waits of 0 s are left out.
  const logs = times.map((t) => Math.log(t));
  const meanLogAbandoned = logs.reduce((a, l, i) => a + (hung[i] ? l : 0), 0) / d;
  const maxLog = Math.max(...logs);
  const sums = (k: number) => {
    let s = 0;
    let sl = 0;
    for (let i = 0; i < times.length; i++) {
      const e = Math.exp(k * (logs[i]! - maxLog)); // scaled by e^(−k·maxLog) against overflow
      s += e;
      sl += e * logs[i]!;
    }
    return { s, sl };
  };
  const g = (k: number) => {
    const { s, sl } = sums(k);
    return sl / s - 1 / k - meanLogAbandoned;
  };
  let lo = 0.02;
  let hi = 50;
  // Stryker disable next-line EqualityOperator: g(50) = 0 exactly has probability 0 with real waits; the shape would then be 50 either way
  if (g(hi) < 0) throw new RangeError(`${owner}: the shape grows without bound (the abandoners' waits are all alike); a Weibull does not fit`);
  // Stryker disable next-line EqualityOperator: g(0.02) = 0 exactly has probability 0 with real waits; either way the bisection then finds 0.02
  if (g(lo) > 0) throw new RangeError(`${owner}: the shape is below ${lo}; a Weibull does not fit`);
  // Stryker disable next-line EqualityOperator: after 100 halvings of [0.02, 50] the bracket is far below a double's resolution, so a 101st changes nothing
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    // Stryker disable next-line EqualityOperator: g(mid) = 0 exactly means mid is the root; moving either end to it leaves the bracket on the root
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  const shape = (lo + hi) / 2;
  const { s } = sums(shape);
  const logScale = maxLog + Math.log(s / d) / shape;
  const scale = Math.exp(logScale);
  const logLikelihood = d * Math.log(shape) - d * shape * logScale + (shape - 1) * meanLogAbandoned * d - d;
  const mean = Math.exp(logScale + lnGamma(1 + 1 / shape));
  return { shape, scale, mean, waiting: n, abandoned: d, logLikelihood, spec: { kind: 'weibull', shape, scale } };
}
