import { logInverseErlangB } from './erlang-b';

/** Largest number of queue-length states kept (memory: 8 bytes each). */
export const MAX_QUEUE_STATES = 5_000_000;

/**
 * Truncation tolerance: states are dropped once the remaining tail's mass and first moment,
 * bounded by a geometric series, are below this fraction of the kept mass.
 */
export const TAIL_TOLERANCE = 1e-16;

/**
 * Stationary distribution of a c-server birth–death queue, split at `c`:
 * `P(N >= c)` and the conditional law of the queue length `j = N − c` given `N >= c`
 * (which, by PASTA, is also what a waiting arrival sees). Internal type.
 */
export interface QueueDistribution {
  /** `P(N >= c)`. */
  readonly probabilityOfWait: number;
  /** `P(N < c)`, computed without cancellation. */
  readonly probabilityNoWait: number;
  /** `queue[j] = P(N = c + j | N >= c)`, `j = 0 … queue.length − 1`, sums to 1. */
  readonly queue: Float64Array;
  /** `log Σ_j π_{c+j} / π_c` over the kept states. */
  readonly logTailMass: number;
}

function grow(logs: Float64Array, where: string): Float64Array {
  if (logs.length >= MAX_QUEUE_STATES) {
    throw new RangeError(
      `${where}: the queue-length distribution needs more than ${MAX_QUEUE_STATES} states ` +
        '(overload with very long patience or a huge waiting room); shorten meanPatience or capacity',
    );
  }
  const bigger = new Float64Array(Math.min(MAX_QUEUE_STATES, logs.length * 2));
  bigger.set(logs);
  return bigger;
}

/**
 * Solves the birth–death chain with birth rate `λ` and death rate
 * `min(n, c)·μ + max(n − c, 0)·θ` in state `n`, optionally capped at `c + maxQueue` states
 * (M/M/c/K with `θ = 0`, or Erlang A with `θ > 0`).
 *
 * Numerics: nothing is formed relative to state 0. Above `c`, log-weights
 * `log(π_{c+j}/π_c) = Σ_{i<=j} log(λ / (cμ + iθ))` are summed with Neumaier compensation and
 * normalised by an online log-sum-exp; below `c`, the mass `Σ_{n<c} π_n/π_c = 1/B(c,a) − 1` comes
 * from the log-space Erlang B recursion. Once the ratio `λ/(cμ + jθ)` drops below 1 it keeps
 * decreasing, so the rest of the tail is bounded by a geometric series and the chain is cut
 * when that bound (mass and first moment) is below {@link TAIL_TOLERANCE} of the kept mass.
 *
 * Callers guarantee: `lambda >= 0` finite, `meanServiceTime > 0`, `agents >= 1` integer,
 * `theta >= 0`, and either `theta > 0`, a finite `maxQueue`, or `λ < cμ`. Internal helper.
 */
export function queueDistribution(
  where: string,
  lambda: number,
  meanServiceTime: number,
  agents: number,
  theta: number,
  maxQueue: number,
): QueueDistribution {
  const cmu = agents / meanServiceTime;
  let logs: Float64Array = new Float64Array(1024);
  logs[0] = 0;
  let max = 0;
  let sum = 1;
  let acc = 0;
  let comp = 0;
  let last = 0;
  let kept = 1;
  for (let j = 1; j <= maxQueue; j++) {
    const ratio = lambda / (cmu + j * theta);
    if (ratio < 1) {
      const w = Math.exp(last - max);
      const bound = ((w * ratio) / (1 - ratio)) * (j - 1 + 1 / (1 - ratio));
      if (bound < TAIL_TOLERANCE * sum) break;
    }
    const y = Math.log(ratio);
    const t = acc + y;
    comp += Math.abs(acc) >= Math.abs(y) ? acc - t + y : y - t + acc;
    acc = t;
    last = acc + comp;
    if (j >= logs.length) logs = grow(logs, where);
    logs[j] = last;
    kept = j + 1;
    if (last > max) {
      sum = sum * Math.exp(max - last) + 1;
      max = last;
    } else {
      sum += Math.exp(last - max);
    }
  }
  return finish(logs, kept, max, sum, lambda * meanServiceTime, agents);
}

function finish(
  logs: Float64Array,
  count: number,
  max: number,
  sum: number,
  offeredLoad: number,
  agents: number,
): QueueDistribution {
  const queue = new Float64Array(count);
  for (let j = 0; j < count; j++) queue[j] = Math.exp((logs[j] ?? 0) - max) / sum;
  const logTailMass = max + Math.log(sum);
  const l = logInverseErlangB(offeredLoad, agents);
  const logBelow = l + Math.log(-Math.expm1(-l));
  const d = logBelow - logTailMass;
  return {
    probabilityOfWait: 1 / (1 + Math.exp(d)),
    probabilityNoWait: 1 / (1 + Math.exp(-d)),
    queue,
    logTailMass,
  };
}
