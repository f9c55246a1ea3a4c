import { growFloat64, growInt32, renumberTieKeys } from '../src/core/event-queue-storage';
import {
  invalidPayload,
  invalidPriority,
  invalidTime,
  LAST_REUSABLE_HANDLE,
  PRIORITY_SCALE,
  SLOT_SPACE,
  type EventHandle,
} from '../src/core/event-queue-shared';

/** Inverse of {@link PRIORITY_SCALE} (exact: a power of two). */
const INV_PRIORITY_SCALE = 1 / PRIORITY_SCALE;
/** `Infinity` entries kept past the last heap entry, so a node can always read 4 children. */
const HEAP_PADDING = 4;

/**
 * Layout variant (routelab's queue until 2026-12-07, kept as the baseline of
 * `bench/event-queue.ts --layouts`): the same 4-ary heap of times and slots over typed arrays as
 * `EventQueue`, with the same order, handles and cancel, but
 * `pop` refills the root at once (the last entry sifted down from the root), and `push` always
 * sifts up from the end.
 *
 * `EventQueue` defers the refill to the next `push` (one sift instead of two for a pop followed
 * by a push). Findings in docs/performance.md, "Event queue".
 */
export class EagerHeapEventQueue {
  /** Heap-ordered event times; `Infinity` past the last event (at least 3 padding entries). */
  private heapTime: Float64Array;
  /** Heap-ordered slot indices. */
  private heapSlot: Int32Array;
  /** Per-slot tie keys: `priority * 2^45 + sequence`. */
  private slotTie: Float64Array;
  /** Per-slot payloads. */
  private slotPayload: Float64Array;
  /** Per-slot heap position, or -1 when the slot holds no pending event. */
  private slotPos: Int32Array;
  /** Per-slot last issued handle. */
  private slotHandle: Float64Array;
  /** Stack of free (reusable) slots. */
  private freeSlots: Int32Array;
  private freeCount = 0;
  /** Number of slots ever handed out (slots `>= slotCount` are fresh). */
  private slotCount = 0;
  private count = 0;
  private seq = 0;
  /** @internal Sequences are renumbered when `seq` reaches this (tests lower it). */
  private seqLimit = PRIORITY_SCALE;
  private _lastTime = Number.NaN;
  private _lastTie = Number.NaN;
  private _lastHandle = -1;

  /**
   * @param initialCapacity number of events the queue holds before it first grows (it doubles
   * as needed). @default 64
   */
  constructor(initialCapacity = 64) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1 || initialCapacity > SLOT_SPACE) {
      throw new RangeError(
        `EventQueue: initialCapacity must be an integer in 1..${SLOT_SPACE}, got ${initialCapacity}`,
      );
    }
    this.heapTime = new Float64Array(initialCapacity + HEAP_PADDING).fill(Infinity);
    this.heapSlot = new Int32Array(initialCapacity + HEAP_PADDING);
    this.slotTie = new Float64Array(initialCapacity);
    this.slotPayload = new Float64Array(initialCapacity);
    this.slotPos = new Int32Array(initialCapacity).fill(-1);
    this.slotHandle = new Float64Array(initialCapacity);
    this.freeSlots = new Int32Array(initialCapacity);
  }

  /** Number of pending (scheduled, not yet fired, not cancelled) events. */
  get size(): number {
    return this.count;
  }

  /** Time of the event last removed by {@link EventQueue.pop} (NaN before the first pop). */
  get lastTime(): number {
    return this._lastTime;
  }

  /** Priority of the event last removed by {@link EventQueue.pop} (NaN before the first pop). */
  get lastPriority(): number {
    return Math.floor(this._lastTie * INV_PRIORITY_SCALE);
  }

  /** Handle of the event last removed by {@link EventQueue.pop} (-1 before the first pop). */
  get lastHandle(): EventHandle {
    return this._lastHandle;
  }

  /**
   * Schedules `payload` at `time`. Ties at equal time are broken by `priority` (smaller first),
   * then by insertion order (first in, first out).
   * @param time finite number
   * @param payload non-negative integer (at most 2^53 - 1), returned by {@link EventQueue.pop}
   * @param priority integer in 0..255 @default 0
   * @returns a handle for {@link EventQueue.cancel} and {@link EventQueue.isPending}
   */
  push(time: number, payload: number, priority = 0): EventHandle {
    // Cheap checks: `time - time` is NaN for NaN and ±Infinity; `& 255` rejects non-integers and
    // out-of-range priorities; the payload must be a non-negative safe integer.
    if (time - time !== 0) throw invalidTime(time);
    if ((priority & 255) !== priority) throw invalidPriority(priority);
    if (!(payload >= 0 && payload <= Number.MAX_SAFE_INTEGER && Math.floor(payload) === payload)) {
      throw invalidPayload(payload);
    }
    return this.insert(time, payload, priority);
  }

  /**
   * {@link EventQueue.push} without the argument checks, for a caller that has already made them
   * (the {@link Simulator}): `time` finite, `payload` a non-negative safe integer, `priority` an
   * integer in 0..255.
   * @internal
   */
  insert(time: number, payload: number, priority: number): EventHandle {
    let slot: number;
    let handle: number;
    if (this.freeCount > 0) {
      slot = this.freeSlots[--this.freeCount]!;
      handle = this.slotHandle[slot]! + SLOT_SPACE;
    } else {
      if (this.slotCount === this.slotPos.length) this.growSlots();
      slot = this.slotCount++;
      handle = slot;
    }
    const tie = priority * PRIORITY_SCALE + this.seq++;
    this.slotHandle[slot] = handle;
    this.slotPayload[slot] = payload;
    this.slotTie[slot] = tie;

    if (this.count + HEAP_PADDING >= this.heapTime.length) this.growHeap();
    this.siftUp(this.count++, time, tie, slot);
    if (this.seq === this.seqLimit) this.renumber();
    return handle;
  }

  /**
   * Removes the next event and returns its payload, or -1 when the queue is empty.
   * Afterwards {@link EventQueue.lastTime}, {@link EventQueue.lastPriority} and
   * {@link EventQueue.lastHandle} describe the removed event.
   */
  pop(): number {
    if (this.count === 0) return -1;
    const heapTime = this.heapTime;
    const slot = this.heapSlot[0]!;
    this._lastTime = heapTime[0]!;
    this._lastTie = this.slotTie[slot]!;
    this._lastHandle = this.slotHandle[slot]!;
    const payload = this.slotPayload[slot]!;
    this.releaseSlot(slot);
    const last = --this.count;
    const time = heapTime[last]!;
    heapTime[last] = Infinity;
    if (last > 0) {
      const moved = this.heapSlot[last]!;
      this.siftDown(0, time, this.slotTie[moved]!, moved);
    }
    return payload;
  }

  /** Time of the next event, or `Infinity` when the queue is empty. */
  peekTime(): number {
    return this.heapTime[0]!;
  }

  /**
   * Removes a pending event. Returns false, and changes nothing, when the handle already fired,
   * was already cancelled or is unknown; it never affects another event.
   */
  cancel(handle: EventHandle): boolean {
    const slot = this.pendingSlot(handle);
    if (slot < 0) return false;
    const pos = this.slotPos[slot]!;
    this.releaseSlot(slot);
    const heapTime = this.heapTime;
    const last = --this.count;
    const time = heapTime[last]!;
    heapTime[last] = Infinity;
    if (pos === last) return true;
    const moved = this.heapSlot[last]!;
    const tie = this.slotTie[moved]!;
    if (pos > 0) {
      const parent = (pos - 1) >> 2;
      const pt = heapTime[parent]!;
      if (time < pt || (time === pt && tie < this.slotTie[this.heapSlot[parent]!]!)) {
        this.siftUp(pos, time, tie, moved);
        return true;
      }
    }
    this.siftDown(pos, time, tie, moved);
    return true;
  }

  /** Whether `handle` refers to an event that is still scheduled (not fired, not cancelled). */
  isPending(handle: EventHandle): boolean {
    return this.pendingSlot(handle) >= 0;
  }

  /** Removes all pending events (their handles become stale). */
  clear(): void {
    const heapSlot = this.heapSlot;
    for (let i = 0; i < this.count; i++) this.releaseSlot(heapSlot[i]!);
    this.heapTime.fill(Infinity, 0, this.count);
    this.count = 0;
    this.seq = 0;
  }

  /** The slot of a pending event's handle, or -1. */
  private pendingSlot(handle: number): number {
    if (!(handle >= 0)) return -1;
    const slot = handle % SLOT_SPACE;
    if (slot >= this.slotCount || (slot | 0) !== slot) return -1;
    if (this.slotHandle[slot] !== handle || this.slotPos[slot]! < 0) return -1;
    return slot;
  }

  /** Marks a slot free; it is reused unless its generations are exhausted (then retired). */
  private releaseSlot(slot: number): void {
    this.slotPos[slot] = -1;
    if (this.slotHandle[slot]! <= LAST_REUSABLE_HANDLE) this.freeSlots[this.freeCount++] = slot;
  }

  /** Moves the hole at `pos` up until the event (time, tie, slot) fits, then places it. */
  private siftUp(pos: number, time: number, tie: number, slot: number): void {
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const slotPos = this.slotPos;
    const slotTie = this.slotTie;
    while (pos > 0) {
      const parent = (pos - 1) >> 2;
      const pt = heapTime[parent]!;
      if (pt < time) break;
      const ps = heapSlot[parent]!;
      if (pt === time && slotTie[ps]! < tie) break;
      heapTime[pos] = pt;
      heapSlot[pos] = ps;
      slotPos[ps] = pos;
      pos = parent;
    }
    heapTime[pos] = time;
    heapSlot[pos] = slot;
    slotPos[slot] = pos;
  }

  /** Moves the hole at `pos` down until the event (time, tie, slot) fits, then places it. */
  private siftDown(pos: number, time: number, tie: number, slot: number): void {
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const slotPos = this.slotPos;
    const slotTie = this.slotTie;
    const n = this.count;
    for (;;) {
      const first = (pos << 2) + 1;
      if (first >= n) break;
      // Branch-free tournament on times (missing children are Infinity); equal times are rare
      // and go through the tie-aware path.
      const t0 = heapTime[first]!;
      const t1 = heapTime[first + 1]!;
      const t2 = heapTime[first + 2]!;
      const t3 = heapTime[first + 3]!;
      const a = first + +(t1 < t0);
      const b = first + 2 + +(t3 < t2);
      const ta = heapTime[a]!;
      const tb = heapTime[b]!;
      let best = a + (b - a) * +(tb < ta);
      if (t0 === t1 || t2 === t3 || ta === tb) best = this.smallestChild(first);
      const bt = heapTime[best]!;
      if (time < bt) break;
      const bs = heapSlot[best]!;
      if (time === bt && tie < slotTie[bs]!) break;
      heapTime[pos] = bt;
      heapSlot[pos] = bs;
      slotPos[bs] = pos;
      pos = best;
    }
    heapTime[pos] = time;
    heapSlot[pos] = slot;
    slotPos[slot] = pos;
  }

  /** The smallest of the children `first..first+3` by (time, tie), skipping missing ones. */
  private smallestChild(first: number): number {
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const slotTie = this.slotTie;
    const end = Math.min(first + 4, this.count);
    let best = first;
    let bt = heapTime[first]!;
    for (let c = first + 1; c < end; c++) {
      const ct = heapTime[c]!;
      if (ct < bt || (ct === bt && slotTie[heapSlot[c]!]! < slotTie[heapSlot[best]!]!)) {
        best = c;
        bt = ct;
      }
    }
    return best;
  }

  private growHeap(): void {
    const old = this.heapTime.length;
    const capacity = 2 * (old - HEAP_PADDING) + HEAP_PADDING;
    this.heapTime = growFloat64(this.heapTime, capacity);
    this.heapTime.fill(Infinity, old);
    this.heapSlot = growInt32(this.heapSlot, capacity);
  }

  private growSlots(): void {
    const old = this.slotPos.length;
    if (old >= SLOT_SPACE) {
      throw new RangeError(`EventQueue: cannot hold more than ${SLOT_SPACE} pending events`);
    }
    const capacity = Math.min(old * 2, SLOT_SPACE);
    this.slotTie = growFloat64(this.slotTie, capacity);
    this.slotPayload = growFloat64(this.slotPayload, capacity);
    this.slotPos = growInt32(this.slotPos, capacity);
    this.slotPos.fill(-1, old);
    this.slotHandle = growFloat64(this.slotHandle, capacity);
    this.freeSlots = growInt32(this.freeSlots, capacity);
  }

  /** Renumbers pending events' sequence numbers 0..n-1 in their current order. */
  private renumber(): void {
    this.seq = renumberTieKeys(this.slotTie, this.heapSlot, this.count, PRIORITY_SCALE);
  }
}
