import { MAX_AGENTS, requireAgents, requireFraction, requireNonNegative } from './validate';

/**
 * Erlang B recursion without argument checks: `B(0) = 1`,
 * `B(k) = a·B(k−1) / (k + a·B(k−1))`. O(c), never forms `a^c / c!`; the recursion damps
 * rounding errors (Jagerman 1974). Internal helper.
 */
export function erlangBRecursion(offeredLoad: number, agents: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) {
    const ab = offeredLoad * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * `log(1 / B(c, a)) = log Σ_{k=0}^{c} (c!/k!)·a^{k−c}` in log space, for cases where
 * `1/B` overflows (c = 5000, a = 10 gives 1/B ≈ 10^11000). Uses `1/B(k) = 1 + (k/a)·1/B(k−1)`,
 * i.e. `L(k) = softplus(log(k/a) + L(k−1))`. Returns `Infinity` when `a = 0`. Internal helper.
 */
export function logInverseErlangB(offeredLoad: number, agents: number): number {
  const logA = Math.log(offeredLoad);
  let l = 0;
  for (let k = 1; k <= agents; k++) {
    const x = Math.log(k) - logA + l;
    l = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
  return l;
}

/**
 * Erlang B (Erlang loss formula): the probability that an arriving contact finds all `agents`
 * busy and is blocked, in an M/M/c/c (or M/G/c/c) loss system with offered load `a = λ·E[S]`.
 *
 * `B(c, a) = (a^c / c!) / Σ_{k=0}^{c} a^k / k!`, computed by the stable recursion
 * `B(0) = 1`, `B(k) = a·B(k−1) / (k + a·B(k−1))` in O(c) (no factorials, no overflow for
 * thousands of agents).
 *
 * Reference: Jagerman, D. L. (1974), "Some properties of the Erlang loss function",
 * Bell System Technical Journal 53(3), 525–551; Gross, Shortle, Thompson & Harris,
 * *Fundamentals of Queueing Theory*, 4th ed. (2008), §2.6.
 *
 * @param offeredLoad - offered load `a` in erlangs (`λ` × mean service time), `>= 0`.
 * @param agents - number of servers `c`, a positive integer.
 * @returns `B(c, a)` in `[0, 1]`.
 * @throws RangeError if `offeredLoad` is negative or not finite, or `agents` is not a positive integer.
 * @example erlangB(10, 10) // ≈ 0.2146
 */
export function erlangB(offeredLoad: number, agents: number): number {
  const a = requireNonNegative('erlangB', 'offeredLoad', offeredLoad);
  const c = requireAgents('erlangB', 'agents', agents);
  return erlangBRecursion(a, c);
}

/**
 * The smallest number of agents `c >= 1` whose Erlang B blocking probability
 * `B(c, a)` is at most `targetBlocking` (the classic trunk-dimensioning question: "how many
 * lines for 1% grade of service?"). `B(c, a)` decreases in `c`, so the search walks the
 * recursion `B(k) = a·B(k−1) / (k + a·B(k−1))` upward once: O(answer).
 *
 * Reference: Gross et al. (2008), §2.6; any Erlang B table (e.g. 10 erlangs at 1% needs 18 lines).
 *
 * @param offeredLoad - offered load `a` in erlangs, `>= 0`.
 * @param targetBlocking - the largest acceptable blocking probability, in `(0, 1]`.
 * @returns the smallest `c` with `erlangB(offeredLoad, c) <= targetBlocking`.
 * @throws RangeError on an invalid load, a target outside `(0, 1]`, or an answer above 10,000,000.
 */
export function agentsForBlocking(offeredLoad: number, targetBlocking: number): number {
  const a = requireNonNegative('agentsForBlocking', 'offeredLoad', offeredLoad);
  const target = requireFraction('agentsForBlocking', 'targetBlocking', targetBlocking, false, true);
  let b = 1;
  for (let k = 1; k <= MAX_AGENTS; k++) {
    const ab = a * b;
    b = ab / (k + ab);
    if (b <= target) return k;
  }
  throw new RangeError(
    `agentsForBlocking: more than ${MAX_AGENTS} agents would be needed for offeredLoad ${a}`,
  );
}
