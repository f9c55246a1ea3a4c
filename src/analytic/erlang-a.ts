import { negativeBinomialCdf } from './counting-cdf';
import { queueDistribution } from './queue-distribution';
import {
  requireAgents,
  requireNonNegative,
  requireOptions,
  requirePositive,
} from './validate';

/** Inputs of an Erlang A (M/M/c+M) queue. All times in seconds. */
export interface ErlangAOptions {
  /** Arrival rate `λ` in contacts per second, `>= 0`. */
  readonly arrivalRate: number;
  /** Mean service (handle) time `1/μ` in seconds, `> 0`. */
  readonly meanServiceTime: number;
  /**
   * Mean patience `1/θ` in seconds, `> 0` and finite: each waiting contact abandons after an
   * exponential time with this mean unless answered first. (Infinite patience is Erlang C:
   * use `erlangC`.)
   */
  readonly meanPatience: number;
  /** Number of agents `c`, a positive integer. */
  readonly agents: number;
}

/**
 * Exact steady-state performance of an Erlang A (M/M/c+M) queue. Always stable, whatever
 * the load. "Wait" `W` is the time a contact spends in queue before it is answered or
 * abandons; probabilities are over all arriving (offered) contacts.
 */
export interface ErlangAResult {
  /** Offered load `a = λ/μ` in erlangs (may exceed `agents`). */
  readonly offeredLoad: number;
  /** Agent occupancy `λ(1 − P(Ab)) / (cμ)`: the fraction of agent time spent serving. */
  readonly occupancy: number;
  /** `P(W > 0) = P(N >= c)`: probability an arriving contact has to wait. */
  readonly probabilityOfWait: number;
  /** `P(Ab)`: probability an arriving contact abandons (equals `θ·E[Lq]/λ`). */
  readonly probabilityOfAbandon: number;
  /** `E[W]` over all contacts (served and abandoned), seconds; equals `E[Lq]/λ`. */
  readonly meanWait: number;
  /** Average speed of answer `E[W | served]`, seconds. */
  readonly averageSpeedOfAnswer: number;
  /** `E[W | abandoned]`, seconds (limit for vanishing load when `P(Ab)` underflows to 0). */
  readonly meanWaitOfAbandoned: number;
  /** Time-average number waiting `E[Lq]`. */
  readonly meanQueueLength: number;
  /**
   * Service level `P(served and W <= t)`: fraction of offered contacts answered within
   * `targetTime` seconds. Other conventions follow from the three functions, e.g. excluding
   * contacts that abandon within `t`: `serviceLevel(t) / (1 − abandonedWithin(t))`.
   */
  serviceLevel(targetTime: number): number;
  /** `P(W <= t)`: fraction of offered contacts that leave the queue (answered or abandoned) within `t`. */
  waitAtMost(targetTime: number): number;
  /** `P(abandoned and W <= t)`. */
  abandonedWithin(targetTime: number): number;
}

/**
 * Erlang A (M/M/c+M, Palm's queue): Poisson arrivals at rate `λ`, exponential service with
 * mean `1/μ`, `c` agents, FCFS, and exponential patience with mean `1/θ`. Computed **exactly**
 * (no asymptotics) from the birth–death chain with birth rate `λ` and death rate
 * `min(n, c)·μ + max(n − c, 0)·θ`, truncated where a geometric bound on the neglected tail
 * (mass and first moment) is below 1e-16 of the mass of the waiting states (see
 * `queue-distribution.ts`; numerically safe for thousands of agents and for `a >= c`).
 *
 * With `π` the stationary law, `α = cμ`, and `j = n − c` the queue an arrival finds (PASTA):
 * - `P(W > 0) = P(N >= c)`;  `E[Lq] = Σ_j j·π_{c+j}`;
 * - an arrival that finds `j` waiting passes phases `j, j−1, …, 0` with exit rates
 *   `α + (k+1)θ` (service completions and abandonments ahead, plus its own patience), so
 *   `P(served | j) = α / (α + (j+1)θ)`, `E[W | j] = (j+1) / (α + (j+1)θ)`, and given served its
 *   wait is `S_j = Σ_{i=1}^{j+1} Exp(α + iθ)`;
 * - `P(Ab) = Σ π_{c+j}(j+1)θ/(α+(j+1)θ) = θ·E[W]`, `E[W] = Σ π_{c+j} E[W | j] = E[Lq]/λ`;
 * - `P(served, W <= t) = P(N < c) + Σ_j π_{c+j} P(served | j)·P(S_j <= t)` and
 *   `P(W > t) = e^{−θt} Σ_j π_{c+j} P(V_j > t)` with the offered wait
 *   `V_j = Σ_{k=0}^{j} Exp(α + kθ)`; both hypoexponential laws have equally spaced rates and
 *   reduce exactly to negative binomial tails: `P(Σ_{i=1}^{m} Exp(α' + iθ) <= t) = P(K >= m)`,
 *   `K ~ NegBin(r = α'/θ + 1, p = e^{−θt})`.
 *
 * References: Garnett, Mandelbaum & Reiman (2002), "Designing a call center with impatient
 * customers", M&SOM 4(3), 208–227; Mandelbaum & Zeltyn (2007), "Service engineering in action:
 * the Palm/Erlang-A queue, with applications to call centers", in *Advances in Services
 * Innovations*, Springer, 17–45.
 *
 * @throws RangeError naming the field on invalid input, or if more than 5,000,000 queue states
 * would be needed (heavy overload with very long patience).
 */
export function erlangA(options: ErlangAOptions): ErlangAResult {
  const where = 'erlangA';
  requireOptions(where, options);
  const lambda = requireNonNegative(where, 'arrivalRate', options.arrivalRate);
  const s = requirePositive(where, 'meanServiceTime', options.meanServiceTime);
  const patience = requirePositive(where, 'meanPatience', options.meanPatience);
  const c = requireAgents(where, 'agents', options.agents);
  const a = lambda * s;
  if (!Number.isFinite(a)) {
    throw new RangeError(`${where}: arrivalRate × meanServiceTime must be finite, got ${a}`);
  }
  const theta = 1 / patience;
  const alpha = c / s;
  const dist = queueDistribution(where, lambda, s, c, theta, Infinity);
  const { queue, probabilityOfWait: pw, probabilityNoWait: pnw } = dist;

  let abandonGivenWait = 0;
  let waitGivenWait = 0;
  let servedWaitGivenWait = 0;
  let queueGivenWait = 0;
  let harmonic = 0;
  for (let j = 0; j < queue.length; j++) {
    const q = queue[j] ?? 0;
    const exitRate = alpha + (j + 1) * theta;
    harmonic += 1 / exitRate;
    abandonGivenWait += (q * (j + 1) * theta) / exitRate;
    waitGivenWait += (q * (j + 1)) / exitRate;
    servedWaitGivenWait += ((q * alpha) / exitRate) * harmonic;
    queueGivenWait += q * j;
  }
  const probabilityOfAbandon = pw * abandonGivenWait;
  const probabilityOfService = pnw + pw * (1 - abandonGivenWait);
  const abandonedWait = Math.max(0, waitGivenWait - servedWaitGivenWait);

  /** `Σ_j q_j · f(j)`: a per-queue-state term averaged over what a waiting arrival finds. */
  const weighted = (f: (j: number) => number): number => {
    let total = 0;
    for (let j = 0; j < queue.length; j++) total += (queue[j] ?? 0) * f(j);
    return total;
  };
  const servedProbability = (j: number): number => alpha / (alpha + (j + 1) * theta);
  /** `cdf[j] = P(S_j > t)`: answered-wait tail given served, for `j = 0 … J`. */
  const servedWaitTail = (t: number): Float64Array =>
    negativeBinomialCdf(alpha / theta + 1, theta * t, queue.length);
  /** `cdf[j] = P(V_j > t)`: offered-wait tail, for `j = 0 … J`. */
  const offeredWaitTail = (t: number): Float64Array =>
    negativeBinomialCdf(alpha / theta, theta * t, queue.length);

  return {
    offeredLoad: a,
    occupancy: Math.min(1, (a * probabilityOfService) / c),
    probabilityOfWait: pw,
    probabilityOfAbandon,
    meanWait: pw * waitGivenWait,
    averageSpeedOfAnswer: (pw * servedWaitGivenWait) / probabilityOfService,
    meanWaitOfAbandoned: abandonedWait / abandonGivenWait,
    meanQueueLength: pw * queueGivenWait,
    serviceLevel(targetTime: number): number {
      const t = requireNonNegative('erlangA.serviceLevel', 'targetTime', targetTime);
      const tail = servedWaitTail(t);
      return pnw + pw * weighted((j) => servedProbability(j) * (1 - (tail[j] ?? 0)));
    },
    waitAtMost(targetTime: number): number {
      const t = requireNonNegative('erlangA.waitAtMost', 'targetTime', targetTime);
      const tail = offeredWaitTail(t);
      return 1 - pw * Math.exp(-theta * t) * weighted((j) => tail[j] ?? 0);
    },
    abandonedWithin(targetTime: number): number {
      const t = requireNonNegative('erlangA.abandonedWithin', 'targetTime', targetTime);
      const served = servedWaitTail(t);
      const offered = offeredWaitTail(t);
      const decay = Math.exp(-theta * t);
      // P(W <= t | j) − P(served, W <= t | j), per state.
      const perState = (j: number): number =>
        Math.max(0, 1 - decay * (offered[j] ?? 0) - servedProbability(j) * (1 - (served[j] ?? 0)));
      return pw * weighted(perState);
    },
  };
}
