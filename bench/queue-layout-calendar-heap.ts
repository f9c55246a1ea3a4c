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
import { BucketHeaps } from './queue-calendar-bucket-heaps';
import { estimateBucketWidth, WIDTH_SAMPLE } from './queue-calendar-width';

/** Virtual bucket numbers are clamped to ±2^53 (absurdly large times share one bucket). */
const MAX_VIRTUAL_BUCKET = 2 ** 53;
/** Fewest buckets the calendar shrinks to. */
const MIN_BUCKETS = 16;

/**
 * Layout variant (not used by routelab): a calendar queue (R. Brown, "Calendar queues", CACM
 * 1988) whose buckets are small binary heaps, with the full API and the exact order of
 * `EventQueue` (time, then priority, then first in first out; safe handles; O(log b) cancel in a
 * bucket of b events).
 *
 * Design. Time is cut into buckets of `width` seconds: an event at time t has the virtual bucket
 * `v = floor(t / width)` and lives in bucket `v mod nb`, in that bucket's binary heap ordered by
 * (time, tie key); the heaps share one typed-array pool with no allocation per event (see
 * {@link BucketHeaps}). The payload, tie key, handle, bucket and heap position of an event stay
 * in per-slot arrays, as in `EventQueue`. `pop` walks the buckets from the current one until a
 * bucket's root belongs to the current virtual bucket (Brown's year scan; the root is the
 * bucket's earliest event, so one look per bucket is enough; equal times always share a bucket),
 * then pops that heap. Same-time events thus cost O(log b) instead of the sorted list's O(b)
 * walk. Resize as Brown: the bucket count doubles above 2 events per bucket and halves below
 * 1/2, and every resize re-estimates the width (3 times the mean gap of the 32 earliest events,
 * ignoring large gaps; `queue-calendar-width.ts`); the width is also re-estimated when the year
 * scans get long, as in the sorted-list variant.
 *
 * Measured with `npx tsx bench/queue-calendar-heap.ts` (2-core AMD EPYC VM shared with other
 * jobs, Node 20; best of 3-7 interleaved runs, ranges over 4 runs; x = speed-up over
 * `EventQueue` in the same process, higher is faster):
 *
 * | hold model, N | EventQueue ns/op | sorted-list calendar | this |
 * |---:|---:|---:|---:|
 * | 1e3 | 112-158 | 1.33-1.51x | 0.96-1.08x |
 * | 1e4 | 147-190 | 1.31-1.52x | 1.11-1.20x |
 * | 1e5 | 251-510 | 1.33-1.68x | 0.96-1.08x |
 * | 1e6 | 903-1,313 | 0.85-1.11x | 1.23-1.46x |
 *
 * Same-time hold model at N = 1e4, 4 priorities: times on 5 integers 0.89-1.28x and a single
 * time 0.81-1.10x of `EventQueue` (the sorted-list calendar: 0.06-0.08x and 0.01x, i.e. 5 and
 * 29-37 us per op). Up-down is 0.45-0.87x (each doubling and halving re-lays all events) and the
 * cancel mix 0.73-1.09x. So the bucket heaps cure the same-time collapse, but they cost most of
 * the sorted lists' speed on ordinary workloads: about 910 instructions per hold step at
 * N = 1e3 against 680 for the sorted lists and 1,330 for `EventQueue` (cachegrind; the heap wins
 * the time back with fewer cache misses). Not adopted: no better than the heap below N = 1e6.
 */
export class CalendarHeapEventQueue extends BucketHeaps {
  private slotPayload: Float64Array;
  private slotHandle: Float64Array;
  /** Per-slot bucket, or -1 when the slot holds no pending event. */
  private slotBucket: Int32Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private slotCount = 0;

  private bucketCount = MIN_BUCKETS;
  private mask = MIN_BUCKETS - 1;
  private width = 1;
  private invWidth = 1;
  /** No pending event has a virtual bucket below `currentVirtual` (bucket `currentBucket`). */
  private currentVirtual = 0;
  private currentBucket = 0;

  /** Scratch arrays of `rebuild` and `renumber` (grown, never shrunk). */
  private scratchSlot: Int32Array;
  private scratchTime: Float64Array;
  private readonly sample = new Float64Array(WIDTH_SAMPLE);

  private count = 0;
  private seq = 0;
  /** @internal Sequences are renumbered when `seq` reaches this (tests lower it). */
  private seqLimit = PRIORITY_SCALE;
  /** Buckets scanned since the last check, and removals since then. */
  private work = 0;
  private ops = 0;
  private _lastTime = Number.NaN;
  private _lastTie = Number.NaN;
  private _lastHandle = -1;

  /** @param initialCapacity number of events held before the slot arrays first grow. @default 64 */
  constructor(initialCapacity = 64) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1 || initialCapacity > SLOT_SPACE) {
      throw new RangeError(
        `EventQueue: initialCapacity must be an integer in 1..${SLOT_SPACE}, got ${initialCapacity}`,
      );
    }
    super(initialCapacity, MIN_BUCKETS);
    this.slotPayload = new Float64Array(initialCapacity);
    this.slotHandle = new Float64Array(initialCapacity);
    this.slotBucket = new Int32Array(initialCapacity).fill(-1);
    this.freeSlots = new Int32Array(initialCapacity);
    this.scratchSlot = new Int32Array(2 * MIN_BUCKETS);
    this.scratchTime = new Float64Array(2 * MIN_BUCKETS);
  }

  /** Number of pending events. */
  get size(): number {
    return this.count;
  }

  /** Time of the event last removed by `pop` (NaN before the first pop). */
  get lastTime(): number {
    return this._lastTime;
  }

  /** Priority of the event last removed by `pop` (NaN before the first pop). */
  get lastPriority(): number {
    return Math.floor(this._lastTie * (1 / PRIORITY_SCALE));
  }

  /** Handle of the event last removed by `pop` (-1 before the first pop). */
  get lastHandle(): EventHandle {
    return this._lastHandle;
  }

  /** Schedules `payload` at `time` with the checks and errors of `EventQueue.push`. */
  push(time: number, payload: number, priority = 0): EventHandle {
    if (time - time !== 0) throw invalidTime(time);
    if ((priority & 255) !== priority) throw invalidPriority(priority);
    if (!(payload >= 0 && payload <= Number.MAX_SAFE_INTEGER && Math.floor(payload) === payload)) {
      throw invalidPayload(payload);
    }
    return this.insert(time, payload, priority);
  }

  /** `push` without the argument checks (see `EventQueue.insert`). @internal */
  insert(time: number, payload: number, priority: number): EventHandle {
    let slot: number;
    let handle: number;
    if (this.freeCount > 0) {
      slot = this.freeSlots[--this.freeCount]!;
      handle = this.slotHandle[slot]! + SLOT_SPACE;
    } else {
      if (this.slotCount === this.slotBucket.length) this.growSlots();
      slot = this.slotCount++;
      handle = slot;
    }
    const tie = priority * PRIORITY_SCALE + this.seq++;
    this.slotHandle[slot] = handle;
    this.slotPayload[slot] = payload;
    this.slotTie[slot] = tie;
    if (this.count === 0) this.currentVirtual = Infinity;
    this.place(slot, time, tie);
    if (++this.count > 2 * this.bucketCount) this.rebuild(2 * this.bucketCount);
    if (this.seq === this.seqLimit) this.renumber();
    return handle;
  }

  /** Removes the next event and returns its payload, or -1 when empty (see `EventQueue.pop`). */
  pop(): number {
    if (this.count === 0) return -1;
    const bucket = this.findMin();
    const start = this.bucketStart[bucket]!;
    const slot = this.poolSlot[start]!;
    this._lastTime = this.poolTime[start]!;
    this._lastTie = this.slotTie[slot]!;
    this._lastHandle = this.slotHandle[slot]!;
    const payload = this.slotPayload[slot]!;
    this.releaseSlot(slot);
    // Remove the root: the last entry takes its place and sifts down (called from here, not
    // through a helper, so that V8 inlines the sift and does not box its time argument).
    const last = this.bucketSize[bucket]! - 1;
    this.bucketSize[bucket] = last;
    if (last > 0) {
      const moved = this.poolSlot[start + last]!;
      this.siftDown(start, last, 0, this.poolTime[start + last]!, this.slotTie[moved]!, moved);
    } else {
      this.releaseBlock(bucket);
    }
    this.afterRemoval();
    return payload;
  }

  /** Time of the next event, or `Infinity` when empty. */
  peekTime(): number {
    return this.count === 0 ? Infinity : this.poolTime[this.bucketStart[this.findMin()]!]!;
  }

  /** Removes a pending event; false (and no change) for a fired, cancelled or unknown handle. */
  cancel(handle: EventHandle): boolean {
    const slot = this.pendingSlot(handle);
    if (slot < 0) return false;
    const bucket = this.slotBucket[slot]!;
    this.releaseSlot(slot);
    this.removeAt(bucket, this.slotPos[slot]!);
    this.afterRemoval();
    return true;
  }

  /** Whether `handle` refers to an event that is still scheduled. */
  isPending(handle: EventHandle): boolean {
    return this.pendingSlot(handle) >= 0;
  }

  /** Removes all pending events (their handles become stale). */
  clear(): void {
    for (let b = 0; b < this.bucketCount; b++) {
      const start = this.bucketStart[b]!;
      for (let i = this.bucketSize[b]! - 1; i >= 0; i--) this.releaseSlot(this.poolSlot[start + i]!);
    }
    this.emptyBuckets();
    this.count = 0;
    this.seq = 0;
  }

  private pendingSlot(handle: number): number {
    if (!(handle >= 0)) return -1;
    const slot = handle % SLOT_SPACE;
    if (slot >= this.slotCount || (slot | 0) !== slot) return -1;
    if (this.slotHandle[slot] !== handle || this.slotBucket[slot]! < 0) return -1;
    return slot;
  }

  private releaseSlot(slot: number): void {
    this.slotBucket[slot] = -1;
    if (this.slotHandle[slot]! <= LAST_REUSABLE_HANDLE) this.freeSlots[this.freeCount++] = slot;
  }

  /** Shrinks the calendar when it got sparse, or checks the year scans now and then. */
  private afterRemoval(): void {
    const count = --this.count;
    if (count < this.bucketCount >> 1 && this.bucketCount > MIN_BUCKETS) {
      this.rebuild(this.bucketCount >> 1);
    } else if (++this.ops >= 2 * this.bucketCount + 64) {
      if (this.work > 8 * this.ops) this.rebuild(this.bucketCount);
      this.work = 0;
      this.ops = 0;
    }
  }

  /** The virtual bucket `floor(time / width)`, clamped to ±2^53. */
  private virtualOf(time: number): number {
    const virtual = Math.floor(time * this.invWidth);
    if (virtual > -MAX_VIRTUAL_BUCKET && virtual < MAX_VIRTUAL_BUCKET) return virtual;
    return virtual > 0 ? MAX_VIRTUAL_BUCKET : -MAX_VIRTUAL_BUCKET;
  }

  /** Adds the event (slot, time, tie) to its bucket's heap. */
  private place(slot: number, time: number, tie: number): void {
    const virtual = this.virtualOf(time);
    const bucket = virtual & this.mask;
    this.slotBucket[slot] = bucket;
    const size = this.bucketSize[bucket]!;
    if (size === this.bucketCap[bucket]) this.growBucket(bucket, size);
    this.bucketSize[bucket] = size + 1;
    this.siftUp(this.bucketStart[bucket]!, size, time, tie, slot);
    if (virtual < this.currentVirtual) {
      this.currentVirtual = virtual;
      this.currentBucket = bucket;
    }
  }

  /** The bucket of the next event (count > 0); moves the current bucket to it. */
  private findMin(): number {
    const sizes = this.bucketSize;
    const starts = this.bucketStart;
    const poolTime = this.poolTime;
    const mask = this.mask;
    let virtual = this.currentVirtual;
    let bucket = this.currentBucket;
    for (let i = 0; i < this.bucketCount; i++) {
      if (sizes[bucket]! > 0 && this.virtualOf(poolTime[starts[bucket]!]!) === virtual) {
        this.currentVirtual = virtual;
        this.currentBucket = bucket;
        this.work += i;
        return bucket;
      }
      virtual++;
      bucket = (bucket + 1) & mask;
    }
    // A whole year of buckets without an event: find the earliest bucket root directly.
    this.work += 2 * this.bucketCount;
    if (this.work > 4 * this.bucketCount + 8 * this.ops) {
      this.rebuild(this.bucketCount); // the width is off: re-estimate it
      return this.findMin();
    }
    // Equal times share a bucket, so the earliest root time is enough.
    let best = -1;
    let bestTime = Infinity;
    for (let b = 0; b < this.bucketCount; b++) {
      if (sizes[b] === 0) continue;
      const t = poolTime[starts[b]!]!;
      if (best < 0 || t < bestTime) {
        best = b;
        bestTime = t;
      }
    }
    this.currentVirtual = this.virtualOf(bestTime);
    this.currentBucket = best;
    return best;
  }

  /** Re-estimates the width and lays every pending event out again in `bucketCount` buckets. */
  private rebuild(bucketCount: number): void {
    const n = this.collectPending();
    const times = this.scratchTime;
    const slots = this.scratchSlot;
    this.width = estimateBucketWidth(times, n, this.sample, this.width);
    this.invWidth = 1 / this.width;
    this.bucketCount = bucketCount;
    this.mask = bucketCount - 1;
    const sizes = this.bucketSize.length === bucketCount ? this.bucketSize.fill(0) : new Int32Array(bucketCount);
    for (let i = 0; i < n; i++) sizes[this.virtualOf(times[i]!) & this.mask]!++;
    this.layOutBuckets(bucketCount, sizes);
    this.currentVirtual = Infinity;
    for (let i = 0; i < n; i++) {
      const slot = slots[i]!;
      this.place(slot, times[i]!, this.slotTie[slot]!);
    }
    this.work = 0;
    this.ops = 0;
  }

  /** Copies the slots and times of all pending events into the scratch arrays; returns count. */
  private collectPending(): number {
    if (this.scratchSlot.length < this.count) {
      this.scratchSlot = new Int32Array(2 * this.count);
      this.scratchTime = new Float64Array(2 * this.count);
    }
    let k = 0;
    for (let b = 0; b < this.bucketCount; b++) {
      const start = this.bucketStart[b]!;
      const size = this.bucketSize[b]!;
      for (let i = 0; i < size; i++) {
        this.scratchSlot[k] = this.poolSlot[start + i]!;
        this.scratchTime[k++] = this.poolTime[start + i]!;
      }
    }
    return k;
  }

  private growSlots(): void {
    const old = this.slotBucket.length;
    if (old >= SLOT_SPACE) {
      throw new RangeError(`EventQueue: cannot hold more than ${SLOT_SPACE} pending events`);
    }
    const capacity = Math.min(old * 2, SLOT_SPACE);
    this.growSlotHeapArrays(capacity);
    this.slotPayload = growFloat64(this.slotPayload, capacity);
    this.slotHandle = growFloat64(this.slotHandle, capacity);
    this.slotBucket = growInt32(this.slotBucket, capacity);
    this.slotBucket.fill(-1, old);
    this.freeSlots = growInt32(this.freeSlots, capacity);
  }

  private renumber(): void {
    const n = this.collectPending();
    this.seq = renumberTieKeys(this.slotTie, this.scratchSlot, n, PRIORITY_SCALE);
  }
}
