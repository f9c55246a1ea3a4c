import { checkSampleArray, describeValue } from './validate';

/**
 * Patience from waiting times that service cut short. A caller who hung up after waiting `w`
 * shows their patience (`w`); a caller who was answered after waiting `w` only shows that their
 * patience was longer than `w` (right-censored at `w`). Averaging the abandoners' waits alone
 * gives the mean time to abandon, which is much shorter than the mean patience.
 *
 * @module
 */

/** One caller who joined the queue: how long they waited, and whether the wait ended by hanging up. */
export interface CensoredWait {
  /** Seconds spent waiting, ≥ 0. */
  readonly time: number;
  /** `true` if the caller hung up (an observed patience); `false` if answered (censored). */
  readonly abandoned: boolean;
}

/** The maximum-likelihood exponential patience of {@link fitExponentialCensored}. */
export interface ExponentialPatienceFit {
  /** Estimated mean patience (seconds): total waiting time / number who abandoned. */
  readonly mean: number;
  /**
   * Asymptotic standard error of `mean`, mean / √abandoned (from the observed information);
   * a 95 % interval is about mean ± 1.96 standard errors when `abandoned` is large.
   */
  readonly standardError: number;
  /** Callers who joined the queue (the data points). */
  readonly waiting: number;
  /** Callers who hung up while waiting (the uncensored points). */
  readonly abandoned: number;
  /** Sum of every wait, abandoned or answered (seconds): the total time at risk of abandoning. */
  readonly totalWait: number;
  /** The fit as a scenario distribution: `{ kind: 'exponential', mean }`. */
  readonly spec: { readonly kind: 'exponential'; readonly mean: number };
}

/**
 * Maximum-likelihood estimate of an exponential patience from right-censored waits. With
 * patience Exp(mean θ), an abandoner contributes density e^(−w/θ)/θ and an answered caller the
 * survival e^(−w/θ); the log-likelihood −d·ln θ − Σw/θ (d abandoners) is maximal at
 * θ = Σw / d, the waits of everyone who queued divided by the number who abandoned.
 *
 * @param waits - one entry per caller who joined the queue
 * @throws RangeError when `waits` is empty, a time is negative or not finite, or nobody
 *   abandoned (the likelihood then grows without bound: patience looks infinite); TypeError on
 *   wrong types
 * @example fitExponentialCensored([{ time: 30, abandoned: true }, { time: 90, abandoned: false }]).mean // 120
 */
export function fitExponentialCensored(waits: readonly CensoredWait[]): ExponentialPatienceFit {
  const owner = 'fitExponentialCensored';
  const n = checkSampleArray(owner, 'waits', waits);
  if (n === 0) throw new RangeError(`${owner}: waits must not be empty, got no waits`);
  let totalWait = 0;
  let abandoned = 0;
  for (let i = 0; i < n; i++) {
    const w = waits[i] as unknown;
    if (typeof w !== 'object' || w === null) throw new TypeError(`${owner}: waits[${i}] must be { time, abandoned }, got ${describeValue(w)}`);
    const { time, abandoned: hungUp } = w as Record<string, unknown>;
    if (typeof time !== 'number') throw new TypeError(`${owner}: waits[${i}].time must be a number, got ${describeValue(time)}`);
    if (!Number.isFinite(time) || time < 0) throw new RangeError(`${owner}: waits[${i}].time must be a non-negative finite number, got ${time}`);
    if (typeof hungUp !== 'boolean') throw new TypeError(`${owner}: waits[${i}].abandoned must be a boolean, got ${describeValue(hungUp)}`);
    totalWait += time;
    if (hungUp) abandoned++;
  }
  if (abandoned === 0) {
    throw new RangeError(`${owner}: nobody abandoned among ${n} waits, so the patience mean cannot be estimated (it is unbounded)`);
  }
  if (totalWait === 0) {
    throw new RangeError(`${owner}: every wait is 0 s, so the patience mean would be 0; an exponential patience needs a positive mean`);
  }
  const mean = totalWait / abandoned;
  return { mean, standardError: mean / Math.sqrt(abandoned), waiting: n, abandoned, totalWait, spec: { kind: 'exponential', mean } };
}
