/**
 * Same-time workloads of the event-queue benchmark: many events at exactly the same time with
 * mixed priorities, the case that breaks a calendar queue with sorted bucket lists. Pre-generated
 * with seedrandom's `alea` like `queue-workload.ts`; loops for queues with `EventQueue`'s API.
 * @module
 */
import seedrandom from 'seedrandom';
import type { EventQueueClass, RunResult } from './queue-loops-routelab';

/** The pre-generated numbers of one same-time workload. */
export interface SameTimeWorkload {
  /** Events pending during the steady state. */
  readonly n: number;
  /** Steady-state steps (one pop + one push each). */
  readonly steps: number;
  /** Integer delays in `0..times-1`: `n` for the prefill, then one per push. */
  readonly delays: Float64Array;
  /** Priorities in `0..priorities-1`, one per push. */
  readonly priorities: Uint8Array;
}

/**
 * Draws a same-time workload.
 * @param n prefill size
 * @param steps steady-state steps
 * @param times number of distinct integer delays (1: every event at the same time)
 * @param priorities number of distinct priorities
 * @param seed seed of `alea`
 */
export function makeSameTimeWorkload(
  n: number,
  steps: number,
  times: number,
  priorities: number,
  seed: string,
): SameTimeWorkload {
  const random = seedrandom.alea(seed);
  const delays = new Float64Array(n + steps);
  const levels = new Uint8Array(n + steps);
  for (let i = 0; i < n + steps; i++) {
    delays[i] = Math.floor(random() * times);
    levels[i] = Math.floor(random() * priorities);
  }
  return { n, steps, delays, priorities: levels };
}

/**
 * Hold model on integer times: prefill `n` events at times `delays[i]`, then `steps` times pop
 * the next event and push a new one at its time plus an integer delay, with a random priority.
 * The pending times are always `now + 0..times-1` (with `times = 1`, they never move), so each
 * time holds about `n / times` events of mixed priorities.
 */
export function holdSameTimeEventQueue(Queue: EventQueueClass, w: SameTimeWorkload): RunResult {
  const q = new Queue();
  const delays = w.delays;
  const levels = w.priorities;
  const n = w.n;
  const m = w.steps;
  for (let i = 0; i < n; i++) q.push(delays[i]!, i, levels[i]!);
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const p = q.pop();
    h = Math.imul(h ^ p, 16777619);
    q.push(q.lastTime + delays[k]!, k, levels[k]!);
    k++;
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Up-down on integer times: push `n` events at `delays[i]` (prefix), then pop them all. */
export function upDownSameTimeEventQueue(Queue: EventQueueClass, w: SameTimeWorkload): RunResult {
  const q = new Queue();
  const delays = w.delays;
  const levels = w.priorities;
  const n = w.n;
  const rounds = Math.max(1, Math.round(w.steps / n));
  let h = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) q.push(delays[i]!, i, levels[i]!);
    for (let i = 0; i < n; i++) h = Math.imul(h ^ q.pop(), 16777619);
  }
  return { ms: performance.now() - t0, ops: rounds * n, checksum: h >>> 0 };
}
