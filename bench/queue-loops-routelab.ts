/**
 * Benchmark loops for queues with routelab's `EventQueue` API (the queue itself and the layout
 * variants). Each loop prefills untimed, times the steady state with `performance.now()` and
 * returns an order-sensitive checksum of the popped payloads. The loops use only their
 * parameters and globals, so {@link freshCopy} can give each queue its own copy.
 * @module
 */
import type { QueueWorkload } from './queue-workload';

/** Result of one timed run. */
export interface RunResult {
  /** Milliseconds spent in the timed part. */
  readonly ms: number;
  /** Timed operations (hold and cancel mix: steps; up-down: push+pop pairs). */
  readonly ops: number;
  /** FNV-style hash of the popped payloads in order (equal for queues that agree). */
  readonly checksum: number;
}

/** The part of `EventQueue`'s API the loops use. */
export interface EventQueueLike {
  push(time: number, payload: number, priority?: number): number;
  pop(): number;
  cancel(handle: number): boolean;
  readonly lastTime: number;
}

/** A constructor of an {@link EventQueueLike} queue. */
export type EventQueueClass = new (initialCapacity?: number) => EventQueueLike;

/** Hold model: prefill `n` events, then `steps` times pop the minimum and push it + Exp(1). */
export function holdEventQueue(Queue: EventQueueClass, w: QueueWorkload): RunResult {
  const q = new Queue();
  const inc = w.increments;
  const n = w.n;
  const m = w.steps;
  for (let i = 0; i < n; i++) q.push(inc[i]!, i);
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const p = q.pop();
    h = Math.imul(h ^ p, 16777619);
    q.push(q.lastTime + inc[k]!, k);
    k++;
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Up-down: `steps` rounds of pushing `n` events then popping them all. */
export function upDownEventQueue(Queue: EventQueueClass, w: QueueWorkload): RunResult {
  const q = new Queue();
  const inc = w.increments;
  const n = w.n;
  const rounds = w.steps;
  let h = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) q.push(inc[i]!, i);
    for (let i = 0; i < n; i++) h = Math.imul(h ^ q.pop(), 16777619);
  }
  return { ms: performance.now() - t0, ops: rounds * n, checksum: h >>> 0 };
}

/**
 * Cancel mix: the hold model where, at a fraction of the steps, one uniformly chosen pending
 * event is also cancelled and replaced (so ~30% of pushed events are cancelled before firing).
 * The payload of an event is its index in the table of pending handles.
 */
export function cancelMixEventQueue(Queue: EventQueueClass, w: QueueWorkload): RunResult {
  const q = new Queue();
  const inc = w.increments;
  const coin = w.cancelCoin;
  const pick = w.cancelPick;
  const n = w.n;
  const m = w.steps;
  const live = new Float64Array(n);
  for (let i = 0; i < n; i++) live[i] = q.push(inc[i]!, i);
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const j = q.pop();
    h = Math.imul(h ^ j, 16777619);
    const now = q.lastTime;
    live[j] = q.push(now + inc[k++]!, j);
    if (coin[i] === 1) {
      const c = pick[i]!;
      if (!q.cancel(live[c]!)) h = (h + 1) | 0;
      live[c] = q.push(now + inc[k++]!, c);
    }
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}
