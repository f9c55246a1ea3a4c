import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS } from './event-queue-reference';

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue.cancel()', () => {
    it('removes a pending event and returns true once', () => {
      const queue = new EventQueue();
      const a = queue.push(1, 10);
      queue.push(2, 20);
      expect(queue.cancel(a)).toBe(true);
      expect(queue.cancel(a)).toBe(false);
      expect(queue.size).toBe(1);
      expect(queue.pop()).toBe(20);
      expect(queue.pop()).toBe(-1);
    });

    it('returns false for an event that already fired', () => {
      const queue = new EventQueue();
      const a = queue.push(1, 10);
      expect(queue.pop()).toBe(10);
      expect(queue.isPending(a)).toBe(false);
      expect(queue.cancel(a)).toBe(false);
      expect(queue.size).toBe(0);
    });

    it('never touches the newer event when a stale handle\'s slot was reused', () => {
      const queue = new EventQueue(1);
      const old = queue.push(1, 10);
      expect(queue.pop()).toBe(10); // frees the only slot
      const fresh = queue.push(5, 50); // reuses it
      expect(fresh).not.toBe(old);
      expect(queue.cancel(old)).toBe(false);
      expect(queue.isPending(old)).toBe(false);
      expect(queue.isPending(fresh)).toBe(true);
      expect(queue.size).toBe(1);
      expect(queue.pop()).toBe(50);
    });

    it('keeps stale handles stale over many reuses of the same slot', () => {
      const queue = new EventQueue(1);
      const stale: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const h = queue.push(i, i);
        for (const s of stale.slice(-5)) expect(queue.cancel(s)).toBe(false);
        stale.push(h);
        expect(queue.pop()).toBe(i);
      }
      expect(new Set(stale).size).toBe(stale.length);
    });

    it('returns false for unknown or malformed handles', () => {
      const queue = new EventQueue();
      queue.push(1, 10);
      for (const bad of [-1, 0.5, 1, 12345, 2 ** 26, Number.NaN, Infinity, -Infinity, 2 ** 60]) {
        expect(queue.cancel(bad)).toBe(false);
        expect(queue.isPending(bad)).toBe(false);
      }
      expect(queue.size).toBe(1);
    });

    it('can cancel the head, the tail and the middle of the heap', () => {
      const queue = new EventQueue();
      const handles = Array.from({ length: 30 }, (_, i) => queue.push(i, i));
      expect(queue.cancel(handles[0]!)).toBe(true);
      expect(queue.cancel(handles[29]!)).toBe(true);
      expect(queue.cancel(handles[13]!)).toBe(true);
      expect(queue.peekTime()).toBe(1);
      const out: number[] = [];
      for (let p = queue.pop(); p !== -1; p = queue.pop()) out.push(p);
      expect(out).toEqual(Array.from({ length: 30 }, (_, i) => i).filter((i) => ![0, 13, 29].includes(i)));
    });

    it('does not grow memory when events are cancelled and rescheduled for a long time', () => {
      const queue = new EventQueue(8);
      let h = queue.push(0, 0);
      let cancelled = 0;
      for (let i = 1; i < 100_000; i++) {
        if (queue.cancel(h)) cancelled++;
        h = queue.push(i, i);
      }
      expect(cancelled).toBe(99_999);
      expect(queue.size).toBe(1);
      // Only one slot was ever needed: the handle is slot 0 of a later generation.
      expect(h % 2 ** 26).toBe(0);
    });

    it('clear() drops every pending event and makes their handles stale', () => {
      const queue = new EventQueue();
      const handles = [queue.push(1, 1), queue.push(2, 2), queue.push(3, 3)];
      queue.clear();
      expect(queue.size).toBe(0);
      expect(queue.peekTime()).toBe(Infinity);
      expect(queue.pop()).toBe(-1);
      for (const h of handles) expect(queue.cancel(h)).toBe(false);
      const again = queue.push(4, 4);
      expect(handles).not.toContain(again);
      expect(queue.pop()).toBe(4);
    });
  });
});
