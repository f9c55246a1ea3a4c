/**
 * Benchmark loops for the reference queues: tinyqueue and heap-js (objects with a comparator on
 * time then insertion sequence, so they are stable too) and flatqueue (numeric priority only:
 * not stable, but the workloads' continuous random times make ties practically impossible).
 * Same workloads and checksums as `queue-loops-routelab.ts`; the cancel mix uses lazy deletion
 * for tinyqueue and flatqueue (stale entries stay in the heap and are skipped when popped) and
 * heap-js's own O(n) `remove`.
 * @module
 */
import type { RunResult } from './queue-loops-routelab';
import type { QueueWorkload } from './queue-workload';

/** An event of the object-based queues. */
export interface BenchEvent {
  time: number;
  seq: number;
  payload: number;
}

/** The stable order of {@link BenchEvent}s: time, then insertion sequence. */
export function compareBenchEvents(a: BenchEvent, b: BenchEvent): number {
  return a.time - b.time || a.seq - b.seq;
}

/** The part of tinyqueue's and heap-js's APIs the loops use (push = tinyqueue, add = heap-js). */
export interface ObjectQueueLike {
  pop(): BenchEvent | undefined;
}
/** tinyqueue's constructor. */
export type TinyQueueClass = new (
  items: BenchEvent[],
  compare: (a: BenchEvent, b: BenchEvent) => number,
) => ObjectQueueLike & { push(e: BenchEvent): void };
/** heap-js's constructor. */
export type HeapJsClass = new (
  compare: (a: BenchEvent, b: BenchEvent) => number,
) => ObjectQueueLike & { add(e: BenchEvent): boolean; remove(e: BenchEvent): boolean };
/** flatqueue's constructor. */
export type FlatQueueClass = new () => {
  push(id: number, value: number): void;
  pop(): number | undefined;
  peekValue(): number | undefined;
};

/** Hold model on tinyqueue. */
export function holdTinyQueue(
  Queue: TinyQueueClass,
  compare: (a: BenchEvent, b: BenchEvent) => number,
  w: QueueWorkload,
): RunResult {
  const q = new Queue([], compare);
  const inc = w.increments;
  const n = w.n;
  const m = w.steps;
  for (let i = 0; i < n; i++) q.push({ time: inc[i]!, seq: i, payload: i });
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const e = q.pop()!;
    h = Math.imul(h ^ e.payload, 16777619);
    q.push({ time: e.time + inc[k]!, seq: k, payload: k });
    k++;
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Hold model on heap-js. */
export function holdHeapJs(
  Queue: HeapJsClass,
  compare: (a: BenchEvent, b: BenchEvent) => number,
  w: QueueWorkload,
): RunResult {
  const q = new Queue(compare);
  const inc = w.increments;
  const n = w.n;
  const m = w.steps;
  for (let i = 0; i < n; i++) q.add({ time: inc[i]!, seq: i, payload: i });
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const e = q.pop()!;
    h = Math.imul(h ^ e.payload, 16777619);
    q.add({ time: e.time + inc[k]!, seq: k, payload: k });
    k++;
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Hold model on flatqueue (ids are the payloads). */
export function holdFlatQueue(Queue: FlatQueueClass, w: QueueWorkload): RunResult {
  const q = new Queue();
  const inc = w.increments;
  const n = w.n;
  const m = w.steps;
  for (let i = 0; i < n; i++) q.push(i, inc[i]!);
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const time = q.peekValue()!;
    const p = q.pop()!;
    h = Math.imul(h ^ p, 16777619);
    q.push(k, time + inc[k]!);
    k++;
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Up-down on tinyqueue. */
export function upDownTinyQueue(
  Queue: TinyQueueClass,
  compare: (a: BenchEvent, b: BenchEvent) => number,
  w: QueueWorkload,
): RunResult {
  const q = new Queue([], compare);
  const inc = w.increments;
  const n = w.n;
  const rounds = w.steps;
  let h = 0;
  let seq = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) q.push({ time: inc[i]!, seq: seq++, payload: i });
    for (let i = 0; i < n; i++) h = Math.imul(h ^ q.pop()!.payload, 16777619);
  }
  return { ms: performance.now() - t0, ops: rounds * n, checksum: h >>> 0 };
}

/** Up-down on heap-js. */
export function upDownHeapJs(
  Queue: HeapJsClass,
  compare: (a: BenchEvent, b: BenchEvent) => number,
  w: QueueWorkload,
): RunResult {
  const q = new Queue(compare);
  const inc = w.increments;
  const n = w.n;
  const rounds = w.steps;
  let h = 0;
  let seq = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) q.add({ time: inc[i]!, seq: seq++, payload: i });
    for (let i = 0; i < n; i++) h = Math.imul(h ^ q.pop()!.payload, 16777619);
  }
  return { ms: performance.now() - t0, ops: rounds * n, checksum: h >>> 0 };
}

/** Up-down on flatqueue. */
export function upDownFlatQueue(Queue: FlatQueueClass, w: QueueWorkload): RunResult {
  const q = new Queue();
  const inc = w.increments;
  const n = w.n;
  const rounds = w.steps;
  let h = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) q.push(i, inc[i]!);
    for (let i = 0; i < n; i++) h = Math.imul(h ^ q.pop()!, 16777619);
  }
  return { ms: performance.now() - t0, ops: rounds * n, checksum: h >>> 0 };
}
