import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS } from './event-queue-reference';

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue.push() validation', () => {
    it.each([Number.NaN, Infinity, -Infinity])('rejects time %s with a RangeError naming the time', (time) => {
      const queue = new EventQueue();
      expect(() => queue.push(time, 1)).toThrow(RangeError);
      expect(() => queue.push(time, 1)).toThrow(/time must be a finite number/);
      expect(queue.size).toBe(0);
    });

    it.each([300, 256, -1, 1.5, Number.NaN])('rejects priority %s', (priority) => {
      const queue = new EventQueue();
      expect(() => queue.push(1, 1, priority)).toThrow(/priority must be an integer in 0\.\.255/);
      expect(queue.size).toBe(0);
    });

    it.each([-1, Number.NaN, 2 ** 53, 1.5, Infinity])('rejects payload %s', (payload) => {
      const queue = new EventQueue();
      expect(() => queue.push(1, payload)).toThrow(/payload/);
      expect(queue.size).toBe(0);
    });

    it('accepts the boundary values', () => {
      const queue = new EventQueue();
      queue.push(-Number.MAX_VALUE, 0, 0);
      queue.push(Number.MAX_VALUE, 2 ** 53 - 1, 255);
      expect(queue.size).toBe(2);
    });

    it('returns -1 from pop and Infinity from peekTime when empty', () => {
      const queue = new EventQueue();
      expect(queue.pop()).toBe(-1);
      expect(queue.peekTime()).toBe(Infinity);
    });
  });
});
