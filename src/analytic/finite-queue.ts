import { poissonCdf } from './counting-cdf';
import { queueDistribution } from './queue-distribution';
import {
  requireAgents,
  requireCount,
  requireNonNegative,
  requireOptions,
  requirePositive,
} from './validate';

/** Inputs of an M/M/c/K queue (finite waiting room). All times in seconds. */
export interface FiniteQueueOptions {
  /** Arrival rate `λ` in contacts per second, `>= 0`. */
  readonly arrivalRate: number;
  /** Mean service (handle) time `1/μ` in seconds, `> 0`. */
  readonly meanServiceTime: number;
  /** Number of agents `c`, a positive integer. */
  readonly agents: number;
  /**
   * System capacity `K`: the most contacts present at once, in service plus waiting
   * (an integer `>= agents`; the waiting room holds `K − c`). Arrivals finding `K` present
   * are blocked (busy signal).
   */
  readonly capacity: number;
}

/** Steady-state performance of an M/M/c/K queue. Always stable. */
export interface FiniteQueueResult {
  /** Offered load `a = λ/μ` in erlangs. */
  readonly offeredLoad: number;
  /** `P(N = K)`: probability an arrival is blocked (PASTA). */
  readonly blockingProbability: number;
  /** Probability an *admitted* contact has to wait: `P(c <= N < K) / (1 − P(N = K))`. */
  readonly probabilityOfWait: number;
  /** Admitted contacts per second, `λ(1 − P(N = K))`. */
  readonly throughput: number;
  /** Agent occupancy `throughput / (cμ)`. */
  readonly occupancy: number;
  /** Time-average number waiting `E[Lq] = Σ (n − c)·π_n`. */
  readonly meanQueueLength: number;
  /** Time-average number present `E[N]` (waiting + in service). */
  readonly meanNumberInSystem: number;
  /**
   * Mean wait of admitted contacts (their ASA), seconds: `Σ_{n=c}^{K−1} π_n (n − c + 1)/(cμ)`
   * normalised by `1 − P_K`; equals `E[Lq] / throughput` (Little's law).
   */
  readonly averageSpeedOfAnswer: number;
  /** `P(W <= t | admitted)`: fraction of admitted contacts answered within `targetTime` seconds. */
  serviceLevel(targetTime: number): number;
}

/**
 * M/M/c/K: Poisson arrivals at rate `λ`, exponential service with mean `1/μ`, `c` agents, FCFS,
 * room for at most `K` contacts in the system; arrivals finding it full are blocked. Stable for
 * any load. With `a = λ/μ`, `ρ = a/c`, the stationary law is
 * `π_n ∝ a^n/n!` for `n <= c` and `π_n = π_c·ρ^{n−c}` for `c <= n <= K`, computed relative to `π_c`
 * in log space (the lower part via the Erlang B recursion, `Σ_{n<=c} π_n/π_c = 1/B(c, a)`), so
 * thousands of agents and `ρ > 1` are safe. Then:
 * - blocking `P_K = π_K`;  throughput `λ(1 − P_K)`;
 * - `E[Lq] = Σ (n − c)π_n`;  mean wait of admitted contacts `E[W] = E[Lq] / (λ(1 − P_K))`;
 * - an admitted arrival finding `n >= c` waits `Erlang(n − c + 1, cμ)`, so
 *   `P(W <= t | admitted) = [Σ_{n<c} π_n + Σ_{n=c}^{K−1} π_n·P(Poisson(cμt) >= n − c + 1)] / (1 − P_K)`.
 *
 * With `K = c` this is Erlang B; as `K → ∞` (and `a < c`) it tends to Erlang C.
 * Terms of a geometric tail beyond a relative 1e-16 are dropped (blocking is still exact).
 *
 * Reference: Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, 4th ed.
 * (2008), §2.5.
 *
 * @throws RangeError naming the field on invalid input (`capacity` must be an integer
 * `>= agents`), or if `ρ >= 1` and more than 5,000,000 waiting positions would be needed.
 */
export function finiteQueue(options: FiniteQueueOptions): FiniteQueueResult {
  const where = 'finiteQueue';
  requireOptions(where, options);
  const lambda = requireNonNegative(where, 'arrivalRate', options.arrivalRate);
  const s = requirePositive(where, 'meanServiceTime', options.meanServiceTime);
  const c = requireAgents(where, 'agents', options.agents);
  const k = requireCount(where, 'capacity', options.capacity);
  if (k < c) {
    throw new RangeError(`${where}: capacity must be an integer >= agents (${c}), got ${k}`);
  }
  const a = lambda * s;
  if (!Number.isFinite(a)) {
    throw new RangeError(`${where}: arrivalRate × meanServiceTime must be finite, got ${a}`);
  }
  const room = k - c;
  const dist = queueDistribution(where, lambda, s, c, 0, room);
  const { queue, probabilityOfWait: pw, probabilityNoWait: pnw, logTailMass } = dist;

  // π_K: stored, or (geometric tail cut off, so ρ < 1) from its closed-form log-weight.
  const blockingGivenWait =
    room < queue.length
      ? (queue[room] ?? 0)
      : Math.exp(room * Math.log(a / c) - logTailMass);
  const blockingProbability = pw * blockingGivenWait;

  let admittedWaitGivenWait = 0;
  let queueGivenWait = 0;
  let waitGivenWait = 0;
  const admittedStates = Math.min(room, queue.length);
  for (let j = 0; j < queue.length; j++) {
    const q = queue[j] ?? 0;
    queueGivenWait += q * j;
    if (j < admittedStates) {
      admittedWaitGivenWait += q;
      waitGivenWait += (q * (j + 1) * s) / c;
    }
  }
  const admitted = pnw + pw * admittedWaitGivenWait;
  const perAdmitted = (x: number): number => (admitted > 0 ? x / admitted : 0);
  const throughput = lambda * admitted;
  const meanQueueLength = pw * queueGivenWait;

  return {
    offeredLoad: a,
    blockingProbability,
    probabilityOfWait: perAdmitted(pw * admittedWaitGivenWait),
    throughput,
    occupancy: Math.min(1, (a * admitted) / c),
    meanQueueLength,
    meanNumberInSystem: meanQueueLength + a * admitted,
    averageSpeedOfAnswer: perAdmitted(pw * waitGivenWait),
    serviceLevel(targetTime: number): number {
      const t = requireNonNegative('finiteQueue.serviceLevel', 'targetTime', targetTime);
      const cdf = poissonCdf((c * t) / s, admittedStates);
      let answered = 0;
      for (let j = 0; j < admittedStates; j++) answered += (queue[j] ?? 0) * (1 - (cdf[j] ?? 0));
      return perAdmitted(pnw + pw * answered);
    },
  };
}
