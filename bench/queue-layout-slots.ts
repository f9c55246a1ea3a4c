/**
 * Slot bookkeeping shared by the layout variants of the benchmark (`queue-layout-*.ts`): the
 * per-slot payload, tie key and heap position, and a free list. Each variant owns one instance
 * (composition, so every variant's own methods stay monomorphic).
 * @module
 */

/** Tie keys are `priority * 2^45 + sequence`, as in `EventQueue`. */
export const PRIORITY_SCALE = 2 ** 45;

/** Per-slot storage of the layout variants. */
export class SlotTable {
  tie: Float64Array;
  payload: Float64Array;
  pos: Int32Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;
  private seq = 0;

  constructor(capacity: number) {
    this.tie = new Float64Array(capacity);
    this.payload = new Float64Array(capacity);
    this.pos = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
  }

  /** Validates like `EventQueue.push`, takes a slot and stores payload and tie key. */
  take(time: number, payload: number, priority: number): number {
    if (time - time !== 0) throw new RangeError(`push: time must be a finite number, got ${time}`);
    if ((priority & 255) !== priority) throw new RangeError(`push: priority must be in 0..255, got ${priority}`);
    let slot: number;
    if (this.freeCount > 0) {
      slot = this.free[--this.freeCount]!;
    } else {
      if (this.used === this.pos.length) this.grow();
      slot = this.used++;
    }
    this.payload[slot] = payload;
    this.tie[slot] = priority * PRIORITY_SCALE + this.seq++;
    return slot;
  }

  /** Returns a slot to the free list. */
  release(slot: number): void {
    this.pos[slot] = -1;
    this.free[this.freeCount++] = slot;
  }

  private grow(): void {
    const capacity = this.pos.length * 2;
    const tie = new Float64Array(capacity);
    tie.set(this.tie);
    this.tie = tie;
    const payload = new Float64Array(capacity);
    payload.set(this.payload);
    this.payload = payload;
    const pos = new Int32Array(capacity);
    pos.set(this.pos);
    this.pos = pos;
    const free = new Int32Array(capacity);
    free.set(this.free);
    this.free = free;
  }
}
