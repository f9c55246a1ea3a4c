/**
 * Seeded, pre-generated workloads of the event-queue benchmark, so that the random number
 * generator's cost is never timed and every queue sees exactly the same numbers.
 * @module
 */
import seedrandom from 'seedrandom';

/** The pre-generated random numbers of one workload. */
export interface QueueWorkload {
  /** Prefill size: events pending during the steady state. */
  readonly n: number;
  /** Steady-state steps (hold and cancel mix) or rounds (up-down). */
  readonly steps: number;
  /** Exp(1) increments: `n` for the prefill, then one per push of the steady state. */
  readonly increments: Float64Array;
  /** Cancel mix: 1 when the step also cancels a pending event. */
  readonly cancelCoin: Uint8Array;
  /** Cancel mix: the index (0..n-1) of the pending event to cancel at that step. */
  readonly cancelPick: Int32Array;
}

/** Fraction of steps that also cancel one event: r / (1 + r) = 30% of pushed events. */
export const CANCEL_STEP_RATE = 3 / 7;

/**
 * Draws a workload from seedrandom's `alea` seeded with `seed`.
 * @param n prefill size
 * @param steps steady-state steps
 * @param withCancels also draw the cancel plan (one coin and one pick per step)
 */
export function makeWorkload(n: number, steps: number, seed: string, withCancels: boolean): QueueWorkload {
  const random = seedrandom.alea(seed);
  const pushes = n + (withCancels ? 2 * steps : steps);
  const increments = new Float64Array(pushes);
  for (let i = 0; i < pushes; i++) increments[i] = -Math.log(1 - random());
  const cancelCoin = new Uint8Array(withCancels ? steps : 0);
  const cancelPick = new Int32Array(withCancels ? steps : 0);
  for (let i = 0; i < cancelCoin.length; i++) {
    cancelCoin[i] = random() < CANCEL_STEP_RATE ? 1 : 0;
    cancelPick[i] = Math.floor(random() * n);
  }
  return { n, steps, increments, cancelCoin, cancelPick };
}

/**
 * A fresh copy of `fn` with its own type feedback, so that a benchmark loop stays monomorphic
 * for each queue it drives. `fn` must use only its parameters and globals.
 */
export function freshCopy<F extends (...args: never[]) => unknown>(fn: F): F {
  return new Function(`return (${fn.toString()})`)() as F;
}
