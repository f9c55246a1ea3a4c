import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS, type QueueClass } from './event-queue-reference';

function drain(queue: InstanceType<QueueClass>): number[] {
  const out: number[] = [];
  for (let p = queue.pop(); p !== -1; p = queue.pop()) out.push(p);
  return out;
}

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue tie-breaking', () => {
    it('pops equal times with equal priorities first in, first out', () => {
      const queue = new EventQueue(2);
      for (let i = 0; i < 1000; i++) queue.push(5, i, 7);
      expect(drain(queue)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    });

    it('pops equal times by ascending priority, FIFO within a priority', () => {
      const queue = new EventQueue();
      queue.push(1, 10, 40);
      queue.push(1, 11, 10);
      queue.push(1, 12, 40);
      queue.push(1, 13, 0);
      queue.push(1, 14, 10);
      queue.push(1, 15, 255);
      expect(drain(queue)).toEqual([13, 11, 14, 10, 12, 15]);
    });

    it('orders by time before priority', () => {
      const queue = new EventQueue();
      queue.push(2, 1, 0);
      queue.push(1, 2, 255);
      queue.push(1.5, 3, 0);
      expect(drain(queue)).toEqual([2, 3, 1]);
    });

    it('reports the popped event in lastTime, lastPriority and lastHandle', () => {
      const queue = new EventQueue();
      const a = queue.push(3, 100, 9);
      const b = queue.push(3, 101, 2);
      expect(queue.pop()).toBe(101);
      expect([queue.lastTime, queue.lastPriority, queue.lastHandle]).toEqual([3, 2, b]);
      expect(queue.pop()).toBe(100);
      expect([queue.lastTime, queue.lastPriority, queue.lastHandle]).toEqual([3, 9, a]);
    });

    it('keeps FIFO order for events pushed at the time being popped (zero delay)', () => {
      const queue = new EventQueue();
      queue.push(0, 0);
      const order: number[] = [];
      let next = 1;
      for (let p = queue.pop(); p !== -1; p = queue.pop()) {
        order.push(p);
        if (next < 50) {
          queue.push(queue.lastTime, next++);
          queue.push(queue.lastTime, next++);
        }
      }
      expect(order).toEqual(Array.from({ length: 51 }, (_, i) => i));
    });

    it('handles negative times, -0 and large payloads', () => {
      const queue = new EventQueue();
      queue.push(0, 1);
      queue.push(-0, 2);
      queue.push(-1e9, Number.MAX_SAFE_INTEGER);
      expect(drain(queue)).toEqual([Number.MAX_SAFE_INTEGER, 1, 2]);
    });
  });
});
