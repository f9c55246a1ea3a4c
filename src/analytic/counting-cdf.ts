/**
 * Cumulative distribution tables of the counting laws behind the exact waiting-time formulas
 * (Erlang A, M/M/c/K). Log-space pmf recursions with compensated (Neumaier) summation of the
 * log increments, so `p^r` or `e^{−m}` may underflow without harm and long recursions keep
 * their precision. Internal helpers.
 */

/** Fills `cdf[k] = min(1, Σ_{i<=k} exp(logPmf_i))` from `logPmf_0` and increments. */
function accumulate(count: number, logPmf0: number, increment: (k: number) => number): Float64Array {
  const cdf = new Float64Array(count);
  let acc = logPmf0;
  let comp = 0;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (k > 0) {
      const y = increment(k);
      if (y === -Infinity || acc === -Infinity) {
        acc = -Infinity;
        comp = 0;
      } else {
        const t = acc + y;
        comp += Math.abs(acc) >= Math.abs(y) ? acc - t + y : y - t + acc;
        acc = t;
      }
    }
    total += Math.exp(acc + comp);
    cdf[k] = Math.min(1, total);
  }
  return cdf;
}

/**
 * `cdf[k] = P(K <= k)`, `k = 0 … count − 1`, for the negative binomial law
 * `P(K = k) = Γ(r + k) / (Γ(r)·k!) · p^r (1 − p)^k` with `p = e^{−x}` (`x >= 0`, `r > 0`).
 *
 * Used through the identity (rates `α + iθ`, `i = 1 … m`, `θ > 0`, `α > −θ`):
 * `P(Σ_{i=1}^{m} Exp(α + iθ) <= t) = P(K >= m)` with `r = α/θ + 1`, `x = θt`
 * (the Laplace transform of the sum is `e^{−αt}` times that of the maximum of `m` i.i.d.
 * `Exp(θ)`, which integrates to the regularised incomplete beta `I_{1−e^{−θt}}(m, r)`).
 */
export function negativeBinomialCdf(shape: number, x: number, count: number): Float64Array {
  const logOneMinusP = Math.log(-Math.expm1(-x));
  return accumulate(count, -shape * x, (k) => Math.log((shape + k - 1) / k) + logOneMinusP);
}

/**
 * `cdf[k] = P(K <= k)`, `k = 0 … count − 1`, for `K ~ Poisson(mean)`. Used through
 * `P(Erlang(m, ν) > t) = P(Poisson(νt) <= m − 1)`.
 */
export function poissonCdf(mean: number, count: number): Float64Array {
  const logMean = Math.log(mean);
  return accumulate(count, -mean, (k) => logMean - Math.log(k));
}
