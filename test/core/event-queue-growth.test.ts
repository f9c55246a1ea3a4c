import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS, mulberry32 } from './event-queue-reference';

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue growth', () => {
    it('grows from capacity 1 to 100k events and pops them sorted', () => {
      const random = mulberry32(42);
      const queue = new EventQueue(1);
      const times = new Float64Array(100_000);
      for (let i = 0; i < times.length; i++) {
        times[i] = Math.floor(random() * 1000); // many ties
        queue.push(times[i]!, i);
      }
      expect(queue.size).toBe(100_000);
      let previousTime = -Infinity;
      let previousPayload = -1;
      let popped = 0;
      for (let p = queue.pop(); p !== -1; p = queue.pop()) {
        const t = queue.lastTime;
        if (t !== times[p]) throw new Error(`payload ${p} popped with time ${t}, pushed at ${times[p]}`);
        const ordered = t > previousTime || (t === previousTime && p > previousPayload);
        if (!ordered) throw new Error(`out of order at pop ${popped}: (${t}, ${p}) after (${previousTime}, ${previousPayload})`);
        previousTime = t;
        previousPayload = p;
        popped++;
      }
      expect(popped).toBe(100_000);
    });

    it('starts at capacity 2 and keeps working after being emptied and refilled', () => {
      const queue = new EventQueue(2);
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 1000; i++) queue.push(1000 - i, i);
        expect(queue.peekTime()).toBe(1);
        for (let i = 999; i >= 0; i--) expect(queue.pop()).toBe(i);
        expect(queue.size).toBe(0);
      }
    });

    it('rejects an invalid initial capacity', () => {
      expect(() => new EventQueue(0)).toThrow(/initialCapacity/);
      expect(() => new EventQueue(1.5)).toThrow(RangeError);
    });
  });
});
