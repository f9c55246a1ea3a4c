import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/core/event-queue';
import { mulberry32, ReferenceQueue } from './event-queue-reference';

/** White-box view: whether the root is a hole left by `pop`. */
const hasHole = (queue: EventQueue): boolean => (queue as unknown as { hole: boolean }).hole;

describe('EventQueue deferred pop', () => {
  it('matches the reference queue when cancels, peeks and pushes meet the hole a pop leaves', () => {
    const random = mulberry32(19);
    const queue = new EventQueue(4);
    const reference = new ReferenceQueue();
    const handles: number[] = [];
    let mismatches = 0;
    let cancelsIntoHole = 0;
    for (let step = 0; step < 20_000; step++) {
      // At most about 100 pending events, so that pops, cancels and pushes interleave closely.
      const u = reference.size > 100 ? 0.42 + random() * 0.58 : random();
      if (u < 0.42) {
        const time = random() < 0.3 ? Math.floor(random() * 4) : random() * 1000;
        const priority = Math.floor(random() * 3);
        const id = reference.push(time, handles.length, priority);
        handles[id] = queue.push(time, id, priority);
      } else if (u < 0.8 && handles.length > 0) {
        // Mostly recent events, so that many cancels hit pending ones.
        const id = Math.max(0, handles.length - 1 - Math.floor(random() * 60));
        if (hasHole(queue) && reference.isPending(id)) cancelsIntoHole++;
        if (queue.cancel(handles[id]!) !== reference.cancel(id)) mismatches++;
      } else if (u < 0.85) {
        if (queue.peekTime() !== (reference.peek()?.time ?? Infinity)) mismatches++;
      } else {
        const expected = reference.pop();
        if (queue.pop() !== (expected?.order ?? -1)) mismatches++;
      }
      if (queue.size !== reference.size) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(cancelsIntoHole).toBeGreaterThan(100);
  });

  it('cancels while the root is a hole, then fills it with the next push', () => {
    const queue = new EventQueue();
    const handles = [5, 3, 8, 1, 9].map((t) => queue.push(t, t));
    expect(queue.pop()).toBe(1);
    expect(hasHole(queue)).toBe(true);
    expect(queue.cancel(handles[1]!)).toBe(true); // time 3, a child of the hole
    expect(queue.isPending(handles[1]!)).toBe(false);
    queue.push(4, 4); // drops into the hole
    expect(hasHole(queue)).toBe(false);
    const out: number[] = [];
    for (let p = queue.pop(); p !== -1; p = queue.pop()) out.push(p);
    expect(out).toEqual([4, 5, 8, 9]);
  });

  it('fills the hole when peeked or popped with no push in between', () => {
    const queue = new EventQueue();
    for (const t of [7, 2, 5]) queue.push(t, t);
    expect(queue.pop()).toBe(2);
    expect(queue.peekTime()).toBe(5);
    expect(hasHole(queue)).toBe(false);
    expect(queue.pop()).toBe(5);
    expect(queue.pop()).toBe(7);
    expect(queue.pop()).toBe(-1);
    expect(queue.peekTime()).toBe(Infinity);
    queue.push(1, 1); // after the queue ran empty
    expect(queue.size).toBe(1);
    expect(queue.pop()).toBe(1);
  });
});
