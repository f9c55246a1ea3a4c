import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/core/event-queue';
import { mulberry32, ReferenceQueue } from './event-queue-reference';

/** White-box view of the heap: entries in use (hole included) and cancelled entries kept. */
interface HeapInternals {
  length: number;
  dead: number;
  hole: boolean;
}

const internals = (queue: EventQueue): HeapInternals => queue as unknown as HeapInternals;

describe('EventQueue lazy cancellation and deferred pop', () => {
  it('matches the reference queue under heavy cancelling, and sweeps dead entries', () => {
    const random = mulberry32(19);
    const queue = new EventQueue(4);
    const reference = new ReferenceQueue();
    const handles: number[] = [];
    let sweeps = 0;
    let peak = 0;
    let mismatches = 0;
    for (let step = 0; step < 20_000; step++) {
      // At most about 100 pending events, so that dead entries soon outnumber live ones.
      const u = reference.size > 100 ? 0.42 + random() * 0.58 : random();
      if (u < 0.42) {
        const time = random() < 0.3 ? Math.floor(random() * 4) : random() * 1000;
        const priority = Math.floor(random() * 3);
        const id = reference.push(time, handles.length, priority);
        handles[id] = queue.push(time, id, priority);
      } else if (u < 0.8 && handles.length > 0) {
        // Mostly recent events, so that many cancels hit pending ones.
        const id = Math.max(0, handles.length - 1 - Math.floor(random() * 60));
        const deadBefore = internals(queue).dead;
        if (queue.cancel(handles[id]!) !== reference.cancel(id)) mismatches++;
        if (internals(queue).dead < deadBefore) sweeps++;
      } else if (u < 0.85) {
        if (queue.peekTime() !== (reference.peek()?.time ?? Infinity)) mismatches++;
      } else {
        const expected = reference.pop();
        if (queue.pop() !== (expected?.order ?? -1)) mismatches++;
      }
      if (queue.size !== reference.size) mismatches++;
      // A cancel sweeps once dead entries outnumber live ones and 64 (pops do not sweep, so
      // the dead stay below the largest pending count seen, or 64).
      peak = Math.max(peak, queue.size);
      const { length, dead } = internals(queue);
      if (dead > Math.max(peak, 64) || length > queue.size + dead + 1) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(sweeps).toBeGreaterThan(5);
  });

  it('cancels into the hole a pop leaves, then fills it with the next push', () => {
    const queue = new EventQueue();
    const handles = [5, 3, 8, 1, 9].map((t) => queue.push(t, t));
    expect(queue.pop()).toBe(1);
    expect(internals(queue).hole).toBe(true);
    expect(queue.cancel(handles[1]!)).toBe(true); // time 3, now the smallest pending
    expect(queue.isPending(handles[1]!)).toBe(false);
    queue.push(4, 4); // drops into the hole
    expect(internals(queue).hole).toBe(false);
    const out: number[] = [];
    for (let p = queue.pop(); p !== -1; p = queue.pop()) out.push(p);
    expect(out).toEqual([4, 5, 8, 9]);
  });

  it('reports the next live time when every earlier event was cancelled', () => {
    const queue = new EventQueue();
    const early = Array.from({ length: 200 }, (_, i) => queue.push(i, i));
    queue.push(500, 500);
    for (const h of early) queue.cancel(h);
    expect(queue.size).toBe(1);
    expect(queue.peekTime()).toBe(500);
    expect(queue.pop()).toBe(500);
    expect(queue.pop()).toBe(-1);
    expect(queue.peekTime()).toBe(Infinity);
  });

  it('reuses a cancelled event\'s slot only after its entry has left the heap', () => {
    const queue = new EventQueue(1);
    const a = queue.push(1, 1);
    expect(queue.cancel(a)).toBe(true);
    const b = queue.push(2, 2); // slot of `a` is still in the heap: a fresh slot
    expect(b % 2 ** 26).not.toBe(a % 2 ** 26);
    expect(queue.pop()).toBe(2); // drops the dead entry of `a` on the way
    const c = queue.push(3, 3);
    expect(queue.cancel(a)).toBe(false);
    expect(queue.isPending(c)).toBe(true);
    expect(queue.pop()).toBe(3);
  });
});
