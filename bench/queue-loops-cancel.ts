/**
 * Cancel-mix loops for the reference queues (see `cancelMixEventQueue` for the workload).
 * tinyqueue and flatqueue have no removal, so cancellation is emulated by lazy deletion: the
 * current sequence number of each pending-table entry is kept aside, and popped entries whose
 * sequence is stale are skipped (the heap then also holds the not-yet-expired stale entries).
 * heap-js uses its own `remove`, which searches the heap (O(n)).
 * @module
 */
import type { RunResult } from './queue-loops-routelab';
import type { BenchEvent, FlatQueueClass, HeapJsClass, TinyQueueClass } from './queue-loops-others';
import type { QueueWorkload } from './queue-workload';

/** Cancel mix on tinyqueue with lazy deletion. */
export function cancelMixTinyQueue(
  Queue: TinyQueueClass,
  compare: (a: BenchEvent, b: BenchEvent) => number,
  w: QueueWorkload,
): RunResult {
  const q = new Queue([], compare);
  const inc = w.increments;
  const coin = w.cancelCoin;
  const pick = w.cancelPick;
  const n = w.n;
  const m = w.steps;
  const liveSeq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    q.push({ time: inc[i]!, seq: i, payload: i });
    liveSeq[i] = i;
  }
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    let e = q.pop()!;
    while (e.seq !== liveSeq[e.payload]) e = q.pop()!;
    const j = e.payload;
    h = Math.imul(h ^ j, 16777619);
    const now = e.time;
    liveSeq[j] = k;
    q.push({ time: now + inc[k]!, seq: k, payload: j });
    k++;
    if (coin[i] === 1) {
      const c = pick[i]!;
      liveSeq[c] = k;
      q.push({ time: now + inc[k]!, seq: k, payload: c });
      k++;
    }
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Cancel mix on flatqueue with lazy deletion (ids are sequence numbers). */
export function cancelMixFlatQueue(Queue: FlatQueueClass, w: QueueWorkload): RunResult {
  const q = new Queue();
  const inc = w.increments;
  const coin = w.cancelCoin;
  const pick = w.cancelPick;
  const n = w.n;
  const m = w.steps;
  const liveSeq = new Float64Array(n);
  const indexOfSeq = new Int32Array(inc.length);
  for (let i = 0; i < n; i++) {
    q.push(i, inc[i]!);
    liveSeq[i] = i;
    indexOfSeq[i] = i;
  }
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    let now = q.peekValue()!;
    let s = q.pop()!;
    while (liveSeq[indexOfSeq[s]!] !== s) {
      now = q.peekValue()!;
      s = q.pop()!;
    }
    const j = indexOfSeq[s]!;
    h = Math.imul(h ^ j, 16777619);
    liveSeq[j] = k;
    indexOfSeq[k] = j;
    q.push(k, now + inc[k]!);
    k++;
    if (coin[i] === 1) {
      const c = pick[i]!;
      liveSeq[c] = k;
      indexOfSeq[k] = c;
      q.push(k, now + inc[k]!);
      k++;
    }
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}

/** Cancel mix on heap-js with its O(n) `remove`. */
export function cancelMixHeapJs(
  Queue: HeapJsClass,
  compare: (a: BenchEvent, b: BenchEvent) => number,
  w: QueueWorkload,
): RunResult {
  const q = new Queue(compare);
  const inc = w.increments;
  const coin = w.cancelCoin;
  const pick = w.cancelPick;
  const n = w.n;
  const m = w.steps;
  const live: BenchEvent[] = [];
  for (let i = 0; i < n; i++) {
    const e = { time: inc[i]!, seq: i, payload: i };
    q.add(e);
    live.push(e);
  }
  let k = n;
  let h = 0;
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    const e = q.pop()!;
    const j = e.payload;
    h = Math.imul(h ^ j, 16777619);
    const now = e.time;
    const next = { time: now + inc[k]!, seq: k, payload: j };
    q.add(next);
    live[j] = next;
    k++;
    if (coin[i] === 1) {
      const c = pick[i]!;
      if (!q.remove(live[c]!)) h = (h + 1) | 0;
      const replacement = { time: now + inc[k]!, seq: k, payload: c };
      q.add(replacement);
      live[c] = replacement;
      k++;
    }
  }
  return { ms: performance.now() - t0, ops: m, checksum: h >>> 0 };
}
