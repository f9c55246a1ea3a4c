import { growFloat64, growInt32, renumberTieKeys } from './event-queue-storage';
import {
  invalidPayload,
  invalidPriority,
  invalidTime,
  LAST_REUSABLE_HANDLE,
  PRIORITY_SCALE,
  SLOT_SPACE,
  type EventHandle,
} from './event-queue-shared';

/** Inverse of {@link PRIORITY_SCALE} (exact: a power of two). */
const INV_PRIORITY_SCALE = 1 / PRIORITY_SCALE;
/** `Infinity` entries kept past the last heap entry, so a node can always read 4 children. */
const HEAP_PADDING = 4;
/**
 * Sequences {@link EventQueue.reserveTie} hands out: 2^40 below the renumbering point, so a reserved
 * key stays valid unless 2^40 (about 1.1e12) events are scheduled while it is pending.
 */
const RESERVABLE_SEQUENCES = PRIORITY_SCALE - 2 ** 40;

export type { EventHandle } from './event-queue-shared';

/**
 * The future-event list of the simulation kernel: a stable priority queue of numeric events.
 *
 * Events are ordered by `(time, priority, insertion order)`: same-time events fire by ascending
 * priority, and same-time, same-priority events fire first in, first out. The order is total, so
 * the events pop in the same order whatever the layout.
 *
 * Layout (chosen by measurement, see `bench/event-queue.ts --layouts` and docs/performance.md):
 * a 4-ary min-heap of event times and slot indices in two parallel typed arrays (`heapTime`,
 * `heapSlot`); the rest of an event (payload, tie key, heap position, handle) stays put in
 * per-slot arrays. A sift moves only a time and a slot per level (plus the slot's position entry,
 * which lets `cancel` remove an event where it is). The smallest of four children is found
 * without branches on the times; the tie keys are read only when times are equal. Slots past the
 * end of the heap hold `Infinity`, so every node can read four children. Nothing is allocated
 * per event.
 *
 * **Deferred pop**: `pop` leaves a hole at the root (its time set to `-Infinity`, so a sift up
 * never passes it); the next `push` drops its event into the hole and sifts it down once, instead
 * of a sift down to refill the root plus a sift up. Only a `pop` or `peekTime` with no push in
 * between refills the hole from the last entry. That is the simulation's pattern: pop an event,
 * and its handler schedules the next one.
 *
 * `cancel` removes the event at once: the last entry takes its place and sifts, O(1) expected
 * for an event at a random place in the heap (most entries sit near the bottom), O(log n) at
 * worst. Lazy deletion (a live flag, O(1)) was measured and cost more: each dead entry pays a
 * full sift down when it reaches the root.
 *
 * Limits: at most 2^26 (67,108,864) events pending at once. Each slot can be reused 2^27 times;
 * after that it is retired (never reused), so a stale handle can never match a newer event.
 * The insertion sequence counter has 45 bits; when it runs out (after ~3.5e13 pushes) the
 * pending events are renumbered in order, so there is no overflow.
 */
export class EventQueue {
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
  /** Pending events. */
  private count = 0;
  /** Heap entries in use, the hole at the root included. */
  private length = 0;
  /** Whether the root is a hole left by `pop` (`heapTime[0]` is then -Infinity). */
  private hole = false;
  private seq = 0;
  /** @internal Sequences are renumbered when `seq` reaches this (tests lower it). */
  private seqLimit = PRIORITY_SCALE;
  private _lastTime = Number.NaN;
  private _lastTie = Number.NaN;
  private _lastHandle = -1;
  /**
   * The time of the event `siftUp` / `siftDown` place (its tie is `slotTie[slot]`). Passed as a
   * field, not an argument: a double argument to a call the compiler does not inline is boxed in
   * a fresh heap number (two per event before, with the tie); this field's number is updated in place.
   */
  private placeTime = Number.NaN;

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

    this.count++;
    if (this.hole) {
      this.hole = false;
      this.placeTime = time;
      this.siftDown(0, slot);
    } else {
      if (this.length + HEAP_PADDING >= this.heapTime.length) this.growHeap();
      this.placeTime = time;
      this.siftUp(this.length++, slot);
    }
    if (this.seq === this.seqLimit) this.renumber();
    return handle;
  }

  /**
   * Inserts an event with a tie key the caller took from another queue's
   * {@link EventQueue.reserveTie}, so that this queue orders its events exactly as that queue
   * would have: a second queue whose events the caller merges with the first by `(time, tie)`.
   * Uses up no sequence number of this queue. Same unchecked arguments as {@link EventQueue.insert}.
   * @internal
   */
  insertTied(time: number, payload: number, tie: number): EventHandle {
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
    this.slotHandle[slot] = handle;
    this.slotPayload[slot] = payload;
    this.slotTie[slot] = tie;

    this.count++;
    if (this.hole) {
      this.hole = false;
      this.placeTime = time;
      this.siftDown(0, slot);
    } else {
      if (this.length + HEAP_PADDING >= this.heapTime.length) this.growHeap();
      this.placeTime = time;
      this.siftUp(this.length++, slot);
    }
    return handle;
  }

  /**
   * Removes the next event and returns its payload, or -1 when the queue is empty.
   * Afterwards {@link EventQueue.lastTime}, {@link EventQueue.lastPriority} and
   * {@link EventQueue.lastHandle} describe the removed event.
   */
  pop(): number {
    if (this.hole) this.fillHole();
    if (this.count === 0) return -1;
    const heapTime = this.heapTime;
    const slot = this.heapSlot[0]!;
    this._lastTime = heapTime[0]!;
    this._lastTie = this.slotTie[slot]!;
    this._lastHandle = this.slotHandle[slot]!;
    this.releaseSlot(slot);
    this.count--;
    this.hole = true;
    heapTime[0] = -Infinity;
    return this.slotPayload[slot]!;
  }

  /** Fills the hole at the root with the last entry. */
  private fillHole(): void {
    this.hole = false;
    const heapTime = this.heapTime;
    const last = --this.length;
    const time = heapTime[last]!;
    heapTime[last] = Infinity;
    if (last > 0) {
      const moved = this.heapSlot[last]!;
      this.placeTime = time;
      this.siftDown(0, moved);
    }
  }

  /** Time of the next event, or `Infinity` when the queue is empty. */
  peekTime(): number {
    if (this.hole) this.fillHole();
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
    this.count--;
    const heapTime = this.heapTime;
    const last = --this.length;
    const time = heapTime[last]!;
    heapTime[last] = Infinity;
    if (pos === last) return true;
    const moved = this.heapSlot[last]!;
    const tie = this.slotTie[moved]!;
    if (pos > 0) {
      const parent = (pos - 1) >> 2;
      const pt = heapTime[parent]!;
      if (time < pt || (time === pt && tie < this.slotTie[this.heapSlot[parent]!]!)) {
        this.placeTime = time;
        this.siftUp(pos, moved);
        return true;
      }
    }
    this.placeTime = time;
    this.siftDown(pos, moved);
    return true;
  }

  /** Whether `handle` refers to an event that is still scheduled (not fired, not cancelled). */
  isPending(handle: EventHandle): boolean {
    return this.pendingSlot(handle) >= 0;
  }

  /**
   * Tie key (`priority * 2^45 + sequence`) of the next event, or `Infinity` when the queue is empty.
   * With {@link EventQueue.reserveTie}, lets a caller keep some events outside the heap and still
   * merge them in exactly the `(time, priority, insertion order)` order.
   * @internal
   */
  peekTie(): number {
    if (this.hole) this.fillHole();
    return this.count === 0 ? Infinity : this.slotTie[this.heapSlot[0]!]!;
  }

  /**
   * Payload of the next event, or -1 when the queue is empty (it stays in the queue).
   * @internal
   */
  peekPayload(): number {
    if (this.hole) this.fillHole();
    return this.count === 0 ? -1 : this.slotPayload[this.heapSlot[0]!]!;
  }

  /**
   * Takes the tie key an event inserted now at `priority` would get (it uses up one sequence
   * number, exactly as an insert would), for an event the caller keeps outside the heap. Reserved
   * keys are not renumbered, so this throws once the sequence nears its renumbering point (after
   * about 3.4e13 events).
   * @internal
   */
  reserveTie(priority: number): number {
    if (this.seq >= RESERVABLE_SEQUENCES) throw new RangeError('EventQueue.reserveTie: sequence space exhausted');
    return priority * PRIORITY_SCALE + this.seq++;
  }

  /** Removes all pending events (their handles become stale). */
  clear(): void {
    const heapSlot = this.heapSlot;
    for (let i = this.hole ? 1 : 0; i < this.length; i++) this.releaseSlot(heapSlot[i]!);
    this.heapTime.fill(Infinity, 0, this.length);
    this.count = 0;
    this.length = 0;
    this.hole = false;
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

  /** Moves the hole at `pos` up until the event in `slot` (at `placeTime`, tie `slotTie[slot]`) fits, then places it. */
  private siftUp(pos: number, slot: number): void {
    const time = this.placeTime;
    const tie = this.slotTie[slot]!;
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

  /** Moves the hole at `pos` down until the event in `slot` (at `placeTime`, tie `slotTie[slot]`) fits, then places it. */
  private siftDown(pos: number, slot: number): void {
    const time = this.placeTime;
    const tie = this.slotTie[slot]!;
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const slotPos = this.slotPos;
    const slotTie = this.slotTie;
    const n = this.length;
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
    const end = Math.min(first + 4, this.length);
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
    if (this.hole) this.fillHole();
    this.seq = renumberTieKeys(this.slotTie, this.heapSlot, this.length, PRIORITY_SCALE);
  }
}
