import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS, mulberry32, ReferenceQueue, type QueueClass } from './event-queue-reference';

interface Mix {
  /** Draws an event time from the PRNG. */
  time(random: () => number): number;
  /** Largest priority drawn (0 = all default). */
  maxPriority: number;
  /** Probabilities of push and cancel; the rest are pops. */
  push: number;
  cancel: number;
}

/**
 * Drives EventQueue and the reference with the same random operations and compares every popped
 * event, every cancel result and the sizes. Returns the number of pops compared; throws with a
 * description at the first disagreement.
 */
function compareWithReference(
  Queue: QueueClass,
  seed: number,
  steps: number,
  mix: Mix,
  initialCapacity = 4,
): number {
  const random = mulberry32(seed);
  const queue = new Queue(initialCapacity);
  const reference = new ReferenceQueue();
  const handles: number[] = []; // handles[id] = queue handle of reference event id
  let pops = 0;
  const check = (ok: boolean, what: string, step: number): void => {
    if (!ok) throw new Error(`seed ${seed}, step ${step}: ${what}`);
  };
  for (let step = 0; step < steps; step++) {
    const u = random();
    if (u < mix.push) {
      const time = mix.time(random);
      const priority = Math.floor(random() * (mix.maxPriority + 1));
      const payload = handles.length;
      const id = reference.push(time, payload, priority);
      handles[id] = queue.push(time, payload, priority);
    } else if (u < mix.push + mix.cancel && handles.length > 0) {
      const id = Math.floor(random() * handles.length);
      const pending = reference.isPending(id);
      check(queue.isPending(handles[id]!) === pending, `isPending(${id})`, step);
      check(queue.cancel(handles[id]!) === reference.cancel(id), `cancel(${id})`, step);
    } else {
      const expected = reference.pop();
      check(queue.peekTime() === (expected === undefined ? Infinity : expected.time), 'peekTime', step);
      const payload = queue.pop();
      if (expected === undefined) {
        check(payload === -1, 'pop on empty', step);
      } else {
        check(payload === expected.payload, `payload ${payload} != ${expected.payload}`, step);
        check(queue.lastTime === expected.time, 'lastTime', step);
        check(queue.lastPriority === expected.priority, 'lastPriority', step);
        check(queue.lastHandle === handles[expected.order], 'lastHandle', step);
        pops++;
      }
    }
    check(queue.size === reference.size, `size ${queue.size} != ${reference.size}`, step);
  }
  // Drain: the rest must come out in reference order too.
  for (let e = reference.pop(); e !== undefined; e = reference.pop()) {
    check(queue.pop() === e.payload, 'drain order', steps);
    pops++;
  }
  check(queue.pop() === -1 && queue.size === 0, 'empty after drain', steps);
  return pops;
}

const continuous = (random: () => number): number => random() * 1000;
const fewIntegers = (random: () => number): number => Math.floor(random() * 4);
const twoValues = (random: () => number): number => (random() < 0.5 ? 0 : 1.5);

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue ordering against a sorted reference', () => {
    it('pops continuous random times in order (push/pop mix)', () => {
      for (let seed = 1; seed <= 20; seed++) {
        compareWithReference(EventQueue, seed, 2000, { time: continuous, maxPriority: 0, push: 0.55, cancel: 0 });
      }
    });

    it('keeps (time, priority, FIFO) order under heavy ties', () => {
      for (let seed = 100; seed <= 130; seed++) {
        compareWithReference(EventQueue, seed, 2000, { time: fewIntegers, maxPriority: 3, push: 0.6, cancel: 0 });
      }
    });

    it('keeps FIFO order when every time and priority is equal', () => {
      compareWithReference(EventQueue, 7, 5000, { time: () => 42, maxPriority: 0, push: 0.6, cancel: 0.1 });
    });

    it('agrees with the reference under interleaved push, pop and cancel', () => {
      let pops = 0;
      for (let seed = 200; seed <= 240; seed++) {
        pops += compareWithReference(EventQueue, seed, 3000, { time: twoValues, maxPriority: 255, push: 0.5, cancel: 0.2 });
        pops += compareWithReference(EventQueue, seed + 1000, 3000, { time: continuous, maxPriority: 2, push: 0.5, cancel: 0.25 });
      }
      expect(pops).toBeGreaterThan(50_000); // the workload really exercises pops
    });

    it('handles a large heap with ties (deep sifts, tie-aware child selection)', () => {
      compareWithReference(EventQueue, 999, 20_000, { time: (r) => Math.floor(r() * 50), maxPriority: 1, push: 0.7, cancel: 0.05 }, 1);
    });
  });
});
