/**
 * Independent, deliberately naive reference computations for the analytic tests: textbook
 * formulas with explicit factorials and state-by-state products, valid for small systems only.
 * They share no code with `src/analytic/`.
 */

/** `n!` as a double (exact up to 22!, fine to ~170!). */
export function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

/** Erlang B from its definition `(a^c/c!) / Σ_{k<=c} a^k/k!`. */
export function naiveErlangB(a: number, c: number): number {
  let sum = 0;
  for (let k = 0; k <= c; k++) sum += a ** k / factorial(k);
  return a ** c / factorial(c) / sum;
}

/** Erlang C from its definition `[a^c/c! · c/(c−a)] / [Σ_{k<c} a^k/k! + a^c/c! · c/(c−a)]`. */
export function naiveErlangC(a: number, c: number): number {
  let sum = 0;
  for (let k = 0; k < c; k++) sum += a ** k / factorial(k);
  const top = (a ** c / factorial(c)) * (c / (c - a));
  return top / (sum + top);
}

/**
 * Stationary law of the birth–death chain with birth `λ` and death `min(n,c)μ + max(n−c,0)θ`
 * on `0 … maxState` (reflecting at `maxState`), by products from state 0.
 */
export function naiveBirthDeath(
  lambda: number,
  mu: number,
  c: number,
  theta: number,
  maxState: number,
): number[] {
  const w = [1];
  for (let n = 1; n <= maxState; n++) {
    const death = Math.min(n, c) * mu + Math.max(n - c, 0) * theta;
    w.push(((w[n - 1] ?? 0) * lambda) / death);
  }
  const total = w.reduce((x, y) => x + y, 0);
  return w.map((x) => x / total);
}

/** `log P(Poisson(a) = n)` with `log n!` summed term by term. */
export function logPoissonPmf(a: number, n: number): number {
  let logFact = 0;
  for (let k = 2; k <= n; k++) logFact += Math.log(k);
  return -a + n * Math.log(a) - logFact;
}

/**
 * Transient analysis of the "tagged waiting contact" chain by uniformization, for an Erlang A
 * queue: phase `k` = number waiting ahead; from phase `k >= 1` move to `k − 1` at rate
 * `cμ + kθ`; from phase 0 get served at rate `cμ`; abandon from any phase at rate `θ`.
 * `start[k]` is the (possibly unnormalised) initial mass in phase `k`. Returns the mass
 * absorbed in "served" and in "abandoned" by time `t`.
 */
export function taggedContactByUniformization(
  start: readonly number[],
  cmu: number,
  theta: number,
  t: number,
): { served: number; abandoned: number } {
  const phases = start.length;
  const rate = (k: number): number => (k === 0 ? cmu : cmu + k * theta) + theta;
  const big = rate(phases - 1) * 1.05;
  let v = [...start, 0, 0]; // ..., served, abandoned
  const steps = Math.ceil(big * t + 12 * Math.sqrt(big * t) + 30);
  let weight = Math.exp(-big * t); // Poisson(big·t) pmf at m = 0 (big·t kept small in tests)
  let served = 0;
  let abandoned = 0;
  for (let m = 0; m <= steps; m++) {
    served += weight * (v[phases] ?? 0);
    abandoned += weight * (v[phases + 1] ?? 0);
    const next = new Array<number>(phases + 2).fill(0);
    for (let k = 0; k < phases; k++) {
      const x = v[k] ?? 0;
      const leaveAhead = k === 0 ? cmu : cmu + k * theta;
      next[k] = (next[k] ?? 0) + x * (1 - rate(k) / big);
      if (k === 0) next[phases] = (next[phases] ?? 0) + (x * leaveAhead) / big;
      else next[k - 1] = (next[k - 1] ?? 0) + (x * leaveAhead) / big;
      next[phases + 1] = (next[phases + 1] ?? 0) + (x * theta) / big;
    }
    next[phases] = (next[phases] ?? 0) + (v[phases] ?? 0);
    next[phases + 1] = (next[phases + 1] ?? 0) + (v[phases + 1] ?? 0);
    v = next;
    weight *= (big * t) / (m + 1);
  }
  return { served, abandoned };
}

/** Relative difference `|x − y| / max(|y|, tiny)`. */
export function relativeError(x: number, y: number): number {
  return Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);
}
