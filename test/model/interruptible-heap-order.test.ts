import { describe, expect, it } from 'vitest';
import { InterruptibleHeap } from '../../src/model/interruptible-heap';
import { RandomStreams } from '../../src/random/streams';

/**
 * The heap against a plain scan: agents' spells restart at non-decreasing times (often the same
 * instant, so ties by id matter), some agents stop being interruptible, and after every step the
 * heap's top must be the valid (time, id) pair a scan finds smallest.
 */
function replay(seed: number, limit: number, agents: number, steps: number): void {
  const u = new RandomStreams(seed).stream('heap');
  const heap = new InterruptibleHeap(limit);
  const key = new Map<number, number>();
  const valid = (agent: number, time: number): boolean => key.get(agent) === time;
  let now = 0;
  for (let s = 0; s < steps; s++) {
    if (u.next() < 0.1) now += 1;
    const agent = Math.floor(u.next() * agents);
    if (u.next() < 0.35) key.delete(agent);
    else {
      key.set(agent, now);
      heap.push(now, agent, valid);
    }
    let best = -1;
    for (const [a, t] of key) if (best < 0 || t < key.get(best)! || (t === key.get(best)! && a < best)) best = a;
    expect(heap.peek(valid), `seed ${seed} step ${s}`).toBe(best);
    if (best >= 0) expect(heap.topTime()).toBe(key.get(best));
  }
}

describe('InterruptibleHeap order', () => {
  it('always tops with the valid agent of the oldest spell, ties to the lower id', () => {
    for (const seed of [1, 2, 3]) replay(seed, 1000, 40, 400);
  });

  it('keeps that order through its rebuilds (a small limit) and growth past 16 entries', () => {
    for (const seed of [4, 5]) replay(seed, 24, 30, 400);
  });
});
