import { growInt32 } from './typed-array-growth';

/**
 * The slot bookkeeping of a table kept as parallel typed arrays: which slots are in use, which are
 * free for reuse. A freed slot is reused before a fresh one (last freed, first reused), so a table
 * holds as many slots as were ever in use at once, however many entries pass through it.
 *
 * The pool does not own the table's columns: {@link SlotPool.take} may return a fresh slot at or
 * past the table's current length, and the table then grows its columns.
 */
export class SlotPool {
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  /** @param initialCapacity the table's initial length (the free list grows as needed) */
  constructor(initialCapacity: number) {
    this.free = new Int32Array(Math.max(1, initialCapacity));
  }

  /** Number of slots ever handed out (in use or free). */
  get handedOut(): number {
    return this.used;
  }

  /** Number of slots in use. */
  get inUse(): number {
    return this.used - this.freeCount;
  }

  /** A slot for a new entry: the last freed one, else the next fresh one. */
  take(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount] as number;
    // The free list never holds more slots than were handed out: it grows with them.
    if (this.used === this.free.length) this.free = growInt32(this.free, 2 * this.free.length);
    return this.used++;
  }

  /** Returns `slot` for reuse (its entry is gone). */
  give(slot: number): void {
    this.free[this.freeCount++] = slot;
  }
}
