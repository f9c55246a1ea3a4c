import { describe, expect, it } from 'vitest';
import { InterruptibleHeap } from '../../src/model/interruptible-heap';

describe('InterruptibleHeap', () => {
  it('gives the valid entry of the smallest time, ties to the lower agent id', () => {
    const heap = new InterruptibleHeap(100);
    const key = new Map<number, number>();
    const valid = (agent: number, time: number) => key.get(agent) === time;
    for (const [agent, time] of [[5, 30], [2, 10], [7, 10], [1, 20], [3, 10]] as const) {
      key.set(agent, time);
      heap.push(time, agent, valid);
    }
    expect(heap.peek(valid)).toBe(2);
    expect(heap.topTime()).toBe(10);
    // Agent 2's spell restarts at 40 (a new entry); its old entry is dropped when it reaches the top.
    key.set(2, 40);
    heap.push(40, 2, valid);
    expect(heap.peek(valid)).toBe(3);
    key.delete(3);
    key.delete(7);
    expect(heap.peek(valid)).toBe(1);
    key.delete(1);
    key.delete(5);
    expect([heap.peek(valid), heap.topTime()]).toEqual([2, 40]);
    key.delete(2);
    expect(heap.peek(valid)).toBe(-1);
  });

  it('rebuilds itself from the valid entries when stale ones pile up, keeping the order', () => {
    const heap = new InterruptibleHeap(8);
    const key = new Map<number, number>();
    const valid = (agent: number, time: number) => key.get(agent) === time;
    // Three agents restart their spells again and again: 60 pushes, never a peek.
    for (let t = 0; t < 20; t++) {
      for (const agent of [2, 0, 1]) {
        key.set(agent, t);
        heap.push(t, agent, valid);
      }
    }
    const order: number[] = [];
    for (let a = heap.peek(valid); a >= 0; a = heap.peek(valid)) {
      order.push(a);
      key.delete(a);
    }
    expect(order).toEqual([0, 1, 2]);
  });

  it('holds at most its limit of entries, however many go stale', () => {
    // Three agents restart their spells 1,000 times each and are never looked at: without the
    // rebuild the heap would hold 3,000 entries; with it, never more than 16.
    const heap = new InterruptibleHeap(16);
    const key = new Map<number, number>();
    const valid = (agent: number, time: number) => key.get(agent) === time;
    let most = 0;
    for (let t = 0; t < 1000; t++) {
      for (const agent of [0, 1, 2]) {
        key.set(agent, t);
        heap.push(t, agent, valid);
        most = Math.max(most, heap.entries);
      }
    }
    expect(most).toBe(16);
    // A rebuild keeps one valid entry per agent: the order is intact.
    const order: number[] = [];
    for (let a = heap.peek(valid); a >= 0; a = heap.peek(valid)) {
      order.push(a);
      key.delete(a);
    }
    expect(order).toEqual([0, 1, 2]);
  });
});

