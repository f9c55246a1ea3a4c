import { EventQueue } from '../../src/core/event-queue';

/**
 * Test helpers for the event queue: a tiny seeded PRNG and a slow, obviously correct reference
 * queue (linear scan for the minimum of (time, priority, insertion order)).
 */

/** mulberry32: a tiny seeded uniform generator on [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One event of the {@link ReferenceQueue}. */
export interface ReferenceEvent {
  readonly time: number;
  readonly priority: number;
  readonly order: number;
  readonly payload: number;
}

/** A reference future-event list; `id`s are assigned in push order. */
export class ReferenceQueue {
  private readonly pending = new Map<number, ReferenceEvent>();
  private nextOrder = 0;

  get size(): number {
    return this.pending.size;
  }

  /** Adds an event and returns its id (its insertion order). */
  push(time: number, payload: number, priority = 0): number {
    const order = this.nextOrder++;
    this.pending.set(order, { time, priority, order, payload });
    return order;
  }

  /** Removes the event with this id; false when it is not pending. */
  cancel(id: number): boolean {
    return this.pending.delete(id);
  }

  isPending(id: number): boolean {
    return this.pending.has(id);
  }

  /** The next event by (time, priority, insertion order), or undefined. */
  peek(): ReferenceEvent | undefined {
    let best: ReferenceEvent | undefined;
    for (const e of this.pending.values()) {
      if (
        best === undefined ||
        e.time < best.time ||
        (e.time === best.time && (e.priority < best.priority || (e.priority === best.priority && e.order < best.order)))
      ) {
        best = e;
      }
    }
    return best;
  }

  /** Removes and returns the next event, or undefined. */
  pop(): ReferenceEvent | undefined {
    const best = this.peek();
    if (best !== undefined) this.pending.delete(best.order);
    return best;
  }
}

/** An event-queue class under test. */
export type QueueClass = typeof EventQueue;

/**
 * The event-queue implementations that must all pass the same tests (one today; a candidate
 * layout can be added here to run it through every test).
 */
export const IMPLEMENTATIONS: ReadonlyArray<readonly [string, QueueClass]> = [['EventQueue', EventQueue]];
