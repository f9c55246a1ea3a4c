import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarHeapEventQueue } from '../../bench/queue-layout-calendar-heap';
import { EventQueue } from '../../src/core/event-queue';
import { mulberry32 } from './event-queue-reference';

/** White-box access: a low sequence limit makes the queues renumber every few pushes. */
interface SeqInternals {
  seqLimit: number;
}

type Op =
  | { kind: 'push'; time: number; priority: number; count: number }
  | { kind: 'pushAfter'; delay: number; priority: number }
  | { kind: 'pop'; count: number }
  | { kind: 'cancel'; index: number }
  | { kind: 'cancelBogus'; handle: number }
  | { kind: 'peek' }
  | { kind: 'clear' };

const time = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 5e-324, -0, 2 ** 60) },
);
const priority = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }));

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.record({ kind: fc.constant('push' as const), time, priority, count: fc.integer({ min: 1, max: 40 }) }),
  },
  {
    weight: 30,
    arbitrary: fc.record({
      kind: fc.constant('pushAfter' as const),
      delay: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 3, noNaN: true })),
      priority,
    }),
  },
  { weight: 25, arbitrary: fc.record({ kind: fc.constant('pop' as const), count: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 15, arbitrary: fc.record({ kind: fc.constant('cancel' as const), index: fc.nat(10_000) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('cancelBogus' as const),
      // Never a live handle in either queue (the queues may number slots differently after clear).
      handle: fc.constantFrom(-1, 0.5, Number.NaN, Infinity, 2 ** 60, 2 ** 26 * 5e6 + 1, Number.MAX_SAFE_INTEGER),
    }),
  },
  { weight: 5, arbitrary: fc.constant({ kind: 'peek' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);

/**
 * Runs `ops` on both queues; returns a description of the first difference, or undefined.
 * Handles are compared through event ids (the two queues may number slots differently after
 * `clear`), so `lastHandle` must be the handle that queue returned for the popped event.
 */
function firstDifference(ops: readonly Op[], capacity: number, seqLimit: number | undefined): string | undefined {
  const heap = new EventQueue(capacity);
  const calendar = new CalendarHeapEventQueue(capacity);
  if (seqLimit !== undefined) {
    (heap as unknown as SeqInternals).seqLimit = seqLimit;
    (calendar as unknown as SeqInternals).seqLimit = seqLimit;
  }
  const heapHandles: number[] = [];
  const calendarHandles: number[] = [];
  const push = (t: number, p: number): void => {
    const id = heapHandles.length;
    heapHandles.push(heap.push(t, id, p));
    calendarHandles.push(calendar.push(t, id, p));
  };
  for (const [step, o] of ops.entries()) {
    if (o.kind === 'push') {
      for (let i = 0; i < o.count; i++) push(o.time, o.priority);
    } else if (o.kind === 'pushAfter') {
      push((Number.isNaN(heap.lastTime) ? 0 : heap.lastTime) + o.delay, o.priority);
    } else if (o.kind === 'pop') {
      for (let i = 0; i < o.count; i++) {
        const expected = heap.pop();
        const got = calendar.pop();
        if (got !== expected) return `step ${step}: pop ${got}, expected ${expected}`;
        if (expected < 0) break;
        if (!Object.is(calendar.lastTime, heap.lastTime) || calendar.lastPriority !== heap.lastPriority) {
          const last = `(${calendar.lastTime}, ${calendar.lastPriority})`;
          return `step ${step}: last ${last}, expected (${heap.lastTime}, ${heap.lastPriority})`;
        }
        if (calendar.lastHandle !== calendarHandles[expected]) return `step ${step}: lastHandle of ${expected}`;
      }
    } else if (o.kind === 'cancel') {
      if (heapHandles.length === 0) continue;
      const id = o.index % heapHandles.length;
      const expected = heap.cancel(heapHandles[id]!);
      if (calendar.cancel(calendarHandles[id]!) !== expected) return `step ${step}: cancel(${id}) not ${expected}`;
      if (calendar.isPending(calendarHandles[id]!)) return `step ${step}: ${id} pending after cancel`;
    } else if (o.kind === 'cancelBogus') {
      if (calendar.cancel(o.handle) !== heap.cancel(o.handle)) return `step ${step}: cancel(${o.handle})`;
    } else if (o.kind === 'peek') {
      if (!Object.is(calendar.peekTime(), heap.peekTime())) return `step ${step}: peekTime`;
    } else {
      heap.clear();
      calendar.clear();
    }
    if (calendar.size !== heap.size) return `step ${step}: size ${calendar.size}, expected ${heap.size}`;
  }
  for (let id = 0; id < heapHandles.length; id++) {
    if (calendar.isPending(calendarHandles[id]!) !== heap.isPending(heapHandles[id]!)) return `isPending(${id})`;
  }
  // Drain: the rest must come out in the same order too.
  for (;;) {
    const expected = heap.pop();
    if (calendar.pop() !== expected) return `drain: expected ${expected}`;
    if (expected < 0) return undefined;
  }
}

describe('CalendarHeapEventQueue', () => {
  it('pops, peeks and cancels exactly like EventQueue on random operation sequences', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 4, max: 64 }), { nil: undefined }),
        (ops, capacity, seqLimit) => {
          const difference = firstDifference(ops, capacity, seqLimit);
          if (difference !== undefined) throw new Error(difference);
        },
      ),
      { numRuns: 400, seed: 1988 },
    );
  });

  it('matches EventQueue through resizes in a long hold model with same-time runs and cancels', () => {
    const random = mulberry32(42);
    const heap = new EventQueue();
    const calendar = new CalendarHeapEventQueue();
    const heapHandles: number[] = [];
    const calendarHandles: number[] = [];
    let firstMismatch = -1;
    // Grow to ~3000 pending, hold, then shrink to empty: exercises doubling, halving, width
    // re-estimates, block moves and free-list reuse, with times on integers and Exp(1) gaps.
    for (let step = 0; step < 60_000 && firstMismatch < 0; step++) {
      const phase = step < 6_000 ? 0.9 : step < 40_000 ? 0.5 : 0.1;
      if (random() < phase) {
        const now = Number.isNaN(heap.lastTime) ? 0 : heap.lastTime;
        const t = random() < 0.5 ? now + Math.floor(random() * 5) : now - Math.log(1 - random());
        const p = Math.floor(random() * 4);
        const id = heapHandles.length;
        heapHandles.push(heap.push(t, id, p));
        calendarHandles.push(calendar.push(t, id, p));
      } else if (random() < 0.2 && heapHandles.length > 0) {
        const id = Math.floor(random() * heapHandles.length);
        if (heap.cancel(heapHandles[id]!) !== calendar.cancel(calendarHandles[id]!)) firstMismatch = step;
      } else {
        const expected = heap.pop();
        if (calendar.pop() !== expected || calendar.lastPriority !== heap.lastPriority) firstMismatch = step;
      }
    }
    expect(firstMismatch).toBe(-1);
    expect(calendar.size).toBe(heap.size);
  });

  it('re-estimates the bucket width when the events spread out, keeping the order', () => {
    const random = mulberry32(7);
    const heap = new EventQueue();
    const calendar = new CalendarHeapEventQueue();
    // A dense start sets a width of a few thousandths; then every event is pushed ~1000 later,
    // so a year of buckets soon holds no event and the calendar must re-estimate the width.
    for (let i = 0; i < 64; i++) {
      heap.push(i * 0.001, i, i % 3);
      calendar.push(i * 0.001, i, i % 3);
    }
    const widthBefore = (calendar as unknown as { width: number }).width;
    let mismatches = 0;
    for (let step = 0; step < 500; step++) {
      const expected = heap.pop();
      if (calendar.pop() !== expected || calendar.lastTime !== heap.lastTime) mismatches++;
      const t = heap.lastTime + 1000 + 1000 * random();
      heap.push(t, 64 + step, step % 3);
      calendar.push(t, 64 + step, step % 3);
    }
    expect(mismatches).toBe(0);
    expect(widthBefore).toBeLessThan(0.01);
    expect((calendar as unknown as { width: number }).width).toBeGreaterThan(1);
  });

  it('rejects bad arguments with the errors of EventQueue', () => {
    const bad: Array<[number, number, number]> = [
      [Number.NaN, 1, 0],
      [Infinity, 1, 0],
      [1, -1, 0],
      [1, 0.5, 0],
      [1, 2 ** 53, 0],
      [1, 1, 256],
      [1, 1, 1.5],
      [1, 1, -1],
    ];
    for (const [t, payload, p] of bad) {
      const expected = (() => {
        try {
          new EventQueue().push(t, payload, p);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(expected).toBeInstanceOf(RangeError);
      expect(() => new CalendarHeapEventQueue().push(t, payload, p)).toThrow((expected as RangeError).message);
    }
    expect(() => new CalendarHeapEventQueue(0)).toThrow(RangeError);
    expect(() => new CalendarHeapEventQueue(1.5)).toThrow(/initialCapacity/);
  });
});
