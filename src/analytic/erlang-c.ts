import { erlangBRecursion } from './erlang-b';
import {
  requireAgents,
  requireFraction,
  requireNonNegative,
  requireOptions,
  requirePositive,
} from './validate';

/** Inputs of an M/M/c (Erlang C) queue. All times in seconds. */
export interface ErlangCOptions {
  /** Arrival rate `λ` in contacts per second, `>= 0`. */
  readonly arrivalRate: number;
  /** Mean service (handle) time `1/μ` in seconds, `> 0` (the AHT). */
  readonly meanServiceTime: number;
  /** Number of agents `c`, a positive integer. */
  readonly agents: number;
}

/**
 * Steady-state performance of an M/M/c queue (Erlang C). When the queue is unstable
 * (`offeredLoad >= agents`, `stable: false`) the queue grows without bound: every contact
 * waits (`probabilityOfWait = 1`), waits and queue length are `Infinity`, `serviceLevel(t)`
 * is 0 and `waitQuantile(p)` is `Infinity` for `p > 0`. No field is ever `NaN`.
 */
export interface ErlangCResult {
  /** Offered load `a = λ/μ` in erlangs. */
  readonly offeredLoad: number;
  /** Agent occupancy `ρ = a/c`, capped at 1 when unstable (agents are then always busy). */
  readonly occupancy: number;
  /** `true` iff `a < c`. */
  readonly stable: boolean;
  /** Erlang C: probability an arriving contact has to wait, `C(c, a) = P(W > 0)`. */
  readonly probabilityOfWait: number;
  /** Average speed of answer `E[W] = C / (cμ − λ)` in seconds. */
  readonly averageSpeedOfAnswer: number;
  /** Mean wait of the contacts that wait, `E[W | W > 0] = 1 / (cμ − λ)` in seconds. */
  readonly meanWaitGivenWait: number;
  /** Mean number waiting `E[Lq] = λ·E[W] = C·a / (c − a)`. */
  readonly meanQueueLength: number;
  /**
   * Service level `P(W <= t) = 1 − C·e^{−(cμ − λ)t}`: fraction of contacts answered within
   * `targetTime` seconds (`targetTime >= 0`).
   */
  serviceLevel(targetTime: number): number;
  /**
   * The `p`-quantile of the wait, `inf{t : P(W <= t) >= p}`: 0 when `p <= 1 − C`, else
   * `ln(C / (1 − p)) / (cμ − λ)`. `p` in `[0, 1)`.
   */
  waitQuantile(p: number): number;
}

/**
 * Erlang C formula from the Erlang B value: `C = B / (1 − ρ(1 − B))`, written as
 * `B / ((c − a)/c + ρ·B)` to avoid cancellation near `ρ = 1`. Returns 1 when `a >= c`.
 * Internal helper.
 */
export function erlangCFromErlangB(offeredLoad: number, agents: number, erlangBValue: number): number {
  if (offeredLoad >= agents) return 1;
  const rho = offeredLoad / agents;
  return erlangBValue / ((agents - offeredLoad) / agents + rho * erlangBValue);
}

/**
 * Erlang C: the probability that an arriving contact must wait in an M/M/c queue with
 * offered load `a = λ/μ` and `c` agents,
 * `C(c, a) = [a^c/c! · c/(c−a)] / [Σ_{k<c} a^k/k! + a^c/c! · c/(c−a)]`, computed stably as
 * `C = B / (1 − ρ(1 − B))` with `B` the Erlang B recursion and `ρ = a/c`.
 * Returns 1 when `a >= c` (unstable: in the long run every contact waits).
 *
 * Reference: Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, 4th ed.
 * (2008), §2.3; Cooper, *Introduction to Queueing Theory*, 2nd ed. (1981), §3.
 *
 * @param offeredLoad - offered load `a` in erlangs, `>= 0`.
 * @param agents - number of agents `c`, a positive integer.
 */
export function erlangCProbabilityOfWait(offeredLoad: number, agents: number): number {
  const a = requireNonNegative('erlangCProbabilityOfWait', 'offeredLoad', offeredLoad);
  const c = requireAgents('erlangCProbabilityOfWait', 'agents', agents);
  return erlangCFromErlangB(a, c, erlangBRecursion(a, c));
}

/**
 * Builds an {@link ErlangCResult} from already-validated inputs and the Erlang B value for
 * `agents` (lets staffing searches reuse one recursion). Internal helper.
 */
export function erlangCFromParts(
  arrivalRate: number,
  meanServiceTime: number,
  agents: number,
  erlangBValue: number,
): ErlangCResult {
  const a = arrivalRate * meanServiceTime;
  const stable = a < agents;
  const c = erlangCFromErlangB(a, agents, erlangBValue);
  // cμ − λ = (c − a)/E[S]; only used when stable (> 0).
  const drain = (agents - a) / meanServiceTime;
  const meanWaitGivenWait = stable ? 1 / drain : Infinity;
  return {
    offeredLoad: a,
    occupancy: stable ? a / agents : 1,
    stable,
    probabilityOfWait: c,
    averageSpeedOfAnswer: stable ? c / drain : Infinity,
    meanWaitGivenWait,
    meanQueueLength: stable ? (c * a) / (agents - a) : Infinity,
    serviceLevel(targetTime: number): number {
      const t = requireNonNegative('erlangC.serviceLevel', 'targetTime', targetTime);
      return stable ? 1 - c * Math.exp(-drain * t) : 0;
    },
    waitQuantile(p: number): number {
      const q = requireFraction('erlangC.waitQuantile', 'p', p, true, false);
      if (q === 0) return 0;
      if (!stable) return Infinity;
      if (c <= 1 - q) return 0;
      return Math.log(c / (1 - q)) / drain;
    },
  };
}

/**
 * Erlang C (M/M/c) performance: Poisson arrivals at rate `λ`, exponential service with mean
 * `1/μ`, `c` agents, an unlimited FCFS queue and no abandonment. With `a = λ/μ`, `ρ = a/c`
 * and `C = C(c, a)` (see {@link erlangCProbabilityOfWait}):
 * - `P(W > 0) = C`,  `ASA = E[W] = C / (cμ − λ)`,  `E[Lq] = λ·E[W]`,
 * - `P(W <= t) = 1 − C·e^{−(cμ − λ)t}` (service level),
 * - `occupancy = ρ`.
 *
 * Unstable input (`a >= c`) is not an error: the result has `stable: false`, infinite waits
 * and queue length, `probabilityOfWait = 1`, `occupancy = 1` (see {@link ErlangCResult}).
 * Stable for thousands of agents (O(c) recursion, no factorials).
 *
 * Reference: Gross et al. (2008), §2.3; Gans, Koole & Mandelbaum (2003), "Telephone call
 * centers: tutorial, review, and research prospects", M&SOM 5(2), §4.1.
 *
 * @throws RangeError naming the field if `arrivalRate < 0`, `meanServiceTime <= 0`, or
 * `agents` is not a positive integer; TypeError if a field is not a number.
 * @example erlangC({ arrivalRate: 100 / 1800, meanServiceTime: 180, agents: 11 }).probabilityOfWait // ≈ 0.6821
 */
export function erlangC(options: ErlangCOptions): ErlangCResult {
  requireOptions('erlangC', options);
  const lambda = requireNonNegative('erlangC', 'arrivalRate', options.arrivalRate);
  const s = requirePositive('erlangC', 'meanServiceTime', options.meanServiceTime);
  const c = requireAgents('erlangC', 'agents', options.agents);
  const a = lambda * s;
  if (!Number.isFinite(a)) {
    throw new RangeError(`erlangC: arrivalRate × meanServiceTime must be finite, got ${a}`);
  }
  return erlangCFromParts(lambda, s, c, erlangBRecursion(a, c));
}
