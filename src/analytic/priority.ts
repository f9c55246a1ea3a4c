import { erlangCFromErlangB } from './erlang-c';
import { erlangBRecursion } from './erlang-b';
import {
  requireAgents,
  requireNonNegative,
  requireOptions,
  requirePositive,
} from './validate';

/** Inputs of a non-preemptive priority M/M/c queue. All times in seconds. */
export interface PriorityQueueOptions {
  /**
   * Arrival rate `λ_k` of each class in contacts per second (each `>= 0`), highest priority
   * first. At least one class.
   */
  readonly arrivalRates: readonly number[];
  /** Mean service time `1/μ` in seconds, `> 0`, the same for every class. */
  readonly meanServiceTime: number;
  /** Number of agents `c`, a positive integer. */
  readonly agents: number;
}

/** Per-class result of {@link priorityQueue}. */
export interface PriorityClassResult {
  /** The class's arrival rate `λ_k`. */
  readonly arrivalRate: number;
  /** Cumulative load `σ_k = Σ_{i<=k} λ_i / (cμ)` of this and higher classes. */
  readonly cumulativeLoad: number;
  /** `σ_k < 1`: this class sees a finite mean wait. */
  readonly stable: boolean;
  /** Mean wait in queue `W_k` in seconds (`Infinity` if not stable). */
  readonly meanWait: number;
}

/** Result of {@link priorityQueue}. */
export interface PriorityQueueResult {
  /** Total offered load `a = Σ λ_k / μ` in erlangs. */
  readonly offeredLoad: number;
  /** Probability all agents are busy at an arrival: Erlang C `C(c, a)`, or 1 if `a >= c`. */
  readonly probabilityOfWait: number;
  /** Per-class results, in the input (priority) order. */
  readonly classes: readonly PriorityClassResult[];
  /**
   * Arrival-weighted mean wait `Σ λ_k W_k / Σ λ_k` (0 with no arrivals). When every class is
   * stable it equals the FCFS Erlang C mean wait (work conservation).
   */
  readonly overallMeanWait: number;
  /** `true` iff every class is stable (`a < c`). */
  readonly stable: boolean;
}

/**
 * Non-preemptive priority M/M/c with equal exponential service rates: classes are served in
 * strict priority order (FCFS within a class), a contact in service is never interrupted.
 * Cobham's formula gives the mean wait in queue of class `k`:
 *
 * `W_k = C(c, a) / (cμ) / ((1 − σ_{k−1})(1 − σ_k))`,  `σ_k = Σ_{i<=k} λ_i / (cμ)`,  `σ_0 = 0`,
 *
 * where `C(c, a)` is the Erlang C probability that all agents are busy. If the total load
 * `a >= c` the agents are busy all the time (`C = 1`) yet the top classes with `σ_k < 1` still
 * reach a steady state and keep the formula; classes with `σ_k >= 1` get `Infinity`.
 *
 * References: Cobham, A. (1954), "Priority assignment in waiting line problems", Journal of the
 * Operations Research Society of America 2(1), 70–76; Gross, Shortle, Thompson & Harris,
 * *Fundamentals of Queueing Theory*, 4th ed. (2008), §3.4.
 *
 * @throws RangeError naming the field on invalid input (empty `arrivalRates`, a negative rate
 * `arrivalRates[i]`, `meanServiceTime <= 0`, non-integer `agents`).
 */
export function priorityQueue(options: PriorityQueueOptions): PriorityQueueResult {
  const where = 'priorityQueue';
  requireOptions(where, options);
  const rates: unknown = options.arrivalRates;
  if (!Array.isArray(rates)) {
    throw new TypeError(`${where}: arrivalRates must be an array of numbers`);
  }
  if (rates.length === 0) {
    throw new RangeError(`${where}: arrivalRates must list at least one class, got []`);
  }
  const lambdas = rates.map((r: unknown, i) => requireNonNegative(where, `arrivalRates[${i}]`, r));
  const s = requirePositive(where, 'meanServiceTime', options.meanServiceTime);
  const c = requireAgents(where, 'agents', options.agents);
  const totalRate = lambdas.reduce((x, y) => x + y, 0);
  const a = totalRate * s;
  if (!Number.isFinite(a)) {
    throw new RangeError(`${where}: total arrival rate × meanServiceTime must be finite, got ${a}`);
  }
  const busy = erlangCFromErlangB(a, c, erlangBRecursion(a, c));
  const drain = c / s; // cμ
  const residual = busy / drain;

  const classes: PriorityClassResult[] = [];
  let before = 0; // σ_{k−1}, as a rate
  let weightedWait = 0;
  for (const lambda of lambdas) {
    const upTo = before + lambda;
    const sigmaBefore = before / drain;
    const sigma = upTo / drain;
    const stable = sigma < 1;
    const meanWait = stable ? residual / ((1 - sigmaBefore) * (1 - sigma)) : Infinity;
    classes.push({ arrivalRate: lambda, cumulativeLoad: sigma, stable, meanWait });
    if (lambda > 0) weightedWait += lambda * meanWait;
    before = upTo;
  }
  return {
    offeredLoad: a,
    probabilityOfWait: busy,
    classes,
    overallMeanWait: totalRate > 0 ? weightedWait / totalRate : 0,
    stable: classes.every((k) => k.stable),
  };
}
