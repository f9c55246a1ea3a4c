import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS, mulberry32, ReferenceQueue } from './event-queue-reference';

/** White-box access to the limits, to exercise what would otherwise need ~2^45 pushes. */
interface QueueInternals {
  seqLimit: number;
  slotHandle: Float64Array;
}

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue limits', () => {
    it('renumbers insertion sequences when the counter reaches its limit, keeping the order', () => {
      const random = mulberry32(5);
      const queue = new EventQueue(2);
      (queue as unknown as QueueInternals).seqLimit = 16; // renumber every few pushes
      const reference = new ReferenceQueue();
      let mismatches = 0;
      for (let step = 0; step < 20_000; step++) {
        if (random() < 0.55) {
          const time = Math.floor(random() * 3);
          const priority = Math.floor(random() * 3);
          reference.push(time, step, priority);
          queue.push(time, step, priority);
        } else {
          const expected = reference.pop();
          if (queue.pop() !== (expected?.payload ?? -1)) mismatches++;
        }
      }
      expect(mismatches).toBe(0);
    });

    it('retires a slot whose handle generations are exhausted, so old handles stay stale', () => {
      const queue = new EventQueue(1);
      const internals = queue as unknown as QueueInternals;
      const first = queue.push(1, 1);
      expect(queue.pop()).toBe(1);
      // Pretend slot 0 has been reused until its last generation.
      const lastGeneration = Math.floor(Number.MAX_SAFE_INTEGER / 2 ** 26) * 2 ** 26;
      internals.slotHandle[0] = lastGeneration - 2 ** 26;
      const h = queue.push(2, 2);
      expect(h).toBe(lastGeneration);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(queue.pop()).toBe(2);
      const next = queue.push(3, 3); // slot 0 is retired: a fresh slot is used
      expect(next).toBe(1);
      expect(queue.cancel(h)).toBe(false);
      expect(queue.cancel(first)).toBe(false);
      expect(queue.isPending(next)).toBe(true);
      expect(queue.pop()).toBe(3);
    });
  });
});
