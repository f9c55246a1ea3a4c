import { growFloat64, growInt32 } from '../src/core/event-queue-storage';

/** Smallest pool block of a bucket heap (entries); blocks are powers of two. */
const MIN_BLOCK = 4;

/**
 * The buckets of `CalendarHeapEventQueue` (`queue-layout-calendar-heap.ts`): one small binary
 * min-heap per bucket of `(time, slot)` entries, ordered by time, then by the slot's tie key
 * (`slotTie`). All heaps live in one pool of two typed arrays (`poolTime`, `poolSlot`): a
 * non-empty bucket owns a power-of-two block of it, and a slot's heap position (`slotPos`) is
 * relative to its bucket's block, so moving a heap to another block does not touch it.
 *
 * A full block is swapped for one twice as large, taken from a free list of that size (or the
 * end of the pool) while the old one goes back to its list, so the steady state allocates
 * nothing. An empty bucket keeps a smallest block (a later year's events are likely to come) but
 * gives a larger one back.
 */
export class BucketHeaps {
  /** Per-slot tie keys: `priority * 2^45 + sequence`. */
  protected slotTie: Float64Array;
  /** Per-slot position in its bucket's heap. */
  protected slotPos: Int32Array;
  /** Per-bucket start of its block, number of entries, and block length (0: no block). */
  protected bucketStart: Int32Array;
  protected bucketSize: Int32Array;
  protected bucketCap: Int32Array;
  /** The heaps' entry times and slots. */
  protected poolTime: Float64Array;
  protected poolSlot: Int32Array;
  /** Pool entries ever handed out as blocks (the rest is free space at the end). */
  private poolUsed = 0;
  /** Per block size class (log2 of the length): first free block, linked through `poolSlot`. */
  private readonly freeBlocks = new Int32Array(32).fill(-1);

  /**
   * @param slotCapacity length of the per-slot arrays
   * @param bucketCount number of buckets
   */
  constructor(slotCapacity: number, bucketCount: number) {
    this.slotTie = new Float64Array(slotCapacity);
    this.slotPos = new Int32Array(slotCapacity);
    this.bucketStart = new Int32Array(bucketCount);
    this.bucketSize = new Int32Array(bucketCount);
    this.bucketCap = new Int32Array(bucketCount);
    this.poolTime = new Float64Array(4 * MIN_BLOCK * bucketCount);
    this.poolSlot = new Int32Array(4 * MIN_BLOCK * bucketCount);
  }

  /** Grows the per-slot arrays to `capacity`. */
  protected growSlotHeapArrays(capacity: number): void {
    this.slotTie = growFloat64(this.slotTie, capacity);
    this.slotPos = growInt32(this.slotPos, capacity);
  }

  /** Removes the entry at heap position `pos` of `bucket`. */
  protected removeAt(bucket: number, pos: number): void {
    const start = this.bucketStart[bucket]!;
    const last = this.bucketSize[bucket]! - 1;
    this.bucketSize[bucket] = last;
    if (last === 0) {
      this.releaseBlock(bucket);
    } else if (pos !== last) {
      const moved = this.poolSlot[start + last]!;
      const time = this.poolTime[start + last]!;
      const tie = this.slotTie[moved]!;
      if (pos > 0 && this.before(time, tie, start + ((pos - 1) >> 1))) {
        this.siftUp(start, pos, time, tie, moved);
      } else {
        this.siftDown(start, last, pos, time, tie, moved);
      }
    }
  }

  /**
   * Empties every bucket and lays out `bucketCount` buckets whose future sizes are given in
   * `sizes` (length `bucketCount`, becomes the new size array, zeroed): one block per non-empty
   * bucket, in bucket order, with room for at least one more entry.
   */
  protected layOutBuckets(bucketCount: number, sizes: Int32Array): void {
    if (this.bucketStart.length !== bucketCount) {
      this.bucketStart = new Int32Array(bucketCount);
      this.bucketCap = new Int32Array(bucketCount);
    }
    this.bucketSize = sizes;
    let used = 0;
    for (let b = 0; b < bucketCount; b++) {
      const size = sizes[b]!;
      const length = size === 0 ? 0 : Math.max(MIN_BLOCK, 2 ** (32 - Math.clz32(size)));
      this.bucketStart[b] = used;
      this.bucketCap[b] = length;
      sizes[b] = 0;
      used += length;
    }
    if (used > this.poolTime.length) {
      this.poolTime = new Float64Array(2 * used);
      this.poolSlot = new Int32Array(2 * used);
    }
    this.poolUsed = used;
    this.freeBlocks.fill(-1);
  }

  /** Empties every bucket and gives all blocks back. */
  protected emptyBuckets(): void {
    this.bucketSize.fill(0);
    this.bucketCap.fill(0);
    this.freeBlocks.fill(-1);
    this.poolUsed = 0;
  }

  /** Whether (time, tie) comes before the pool entry at `at`. */
  private before(time: number, tie: number, at: number): boolean {
    const t = this.poolTime[at]!;
    return time < t || (time === t && tie < this.slotTie[this.poolSlot[at]!]!);
  }

  /** Moves the hole at `pos` of the heap at `start` up until (time, tie, slot) fits there. */
  protected siftUp(start: number, pos: number, time: number, tie: number, slot: number): void {
    const poolTime = this.poolTime;
    const poolSlot = this.poolSlot;
    const slotPos = this.slotPos;
    const slotTie = this.slotTie;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = poolTime[start + parent]!;
      if (pt < time) break;
      const ps = poolSlot[start + parent]!;
      if (pt === time && slotTie[ps]! < tie) break;
      poolTime[start + pos] = pt;
      poolSlot[start + pos] = ps;
      slotPos[ps] = pos;
      pos = parent;
    }
    poolTime[start + pos] = time;
    poolSlot[start + pos] = slot;
    slotPos[slot] = pos;
  }

  /** Moves the hole at `pos` of the heap at `start` (n entries) down until (time, tie, slot) fits. */
  protected siftDown(start: number, n: number, pos: number, time: number, tie: number, slot: number): void {
    const poolTime = this.poolTime;
    const poolSlot = this.poolSlot;
    const slotPos = this.slotPos;
    const slotTie = this.slotTie;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      let ct = poolTime[start + child]!;
      let cs = poolSlot[start + child]!;
      if (child + 1 < n) {
        const rt = poolTime[start + child + 1]!;
        const rs = poolSlot[start + child + 1]!;
        if (rt < ct || (rt === ct && slotTie[rs]! < slotTie[cs]!)) {
          child++;
          ct = rt;
          cs = rs;
        }
      }
      if (time < ct || (time === ct && tie < slotTie[cs]!)) break;
      poolTime[start + pos] = ct;
      poolSlot[start + pos] = cs;
      slotPos[cs] = pos;
      pos = child;
    }
    poolTime[start + pos] = time;
    poolSlot[start + pos] = slot;
    slotPos[slot] = pos;
  }

  /** Moves a full bucket's heap (`size` entries) into a block twice as large. */
  protected growBucket(bucket: number, size: number): void {
    const length = this.bucketCap[bucket]!;
    const grown = length === 0 ? MIN_BLOCK : 2 * length;
    const start = this.takeBlock(grown);
    if (length > 0) {
      const old = this.bucketStart[bucket]!;
      this.poolTime.copyWithin(start, old, old + size);
      this.poolSlot.copyWithin(start, old, old + size);
      this.freeBlock(old, length);
    }
    this.bucketStart[bucket] = start;
    this.bucketCap[bucket] = grown;
  }

  /** A free block of `length` entries (a power of two), from its free list or the pool's end. */
  private takeBlock(length: number): number {
    const sizeClass = 31 - Math.clz32(length);
    const free = this.freeBlocks[sizeClass]!;
    if (free >= 0) {
      this.freeBlocks[sizeClass] = this.poolSlot[free]!;
      return free;
    }
    const start = this.poolUsed;
    if (start + length > this.poolTime.length) {
      const capacity = Math.max(2 * this.poolTime.length, start + length);
      this.poolTime = growFloat64(this.poolTime, capacity);
      this.poolSlot = growInt32(this.poolSlot, capacity);
    }
    this.poolUsed = start + length;
    return start;
  }

  /** An empty bucket keeps a smallest block but gives a larger one back. */
  protected releaseBlock(bucket: number): void {
    const length = this.bucketCap[bucket]!;
    if (length === MIN_BLOCK) return;
    this.freeBlock(this.bucketStart[bucket]!, length);
    this.bucketCap[bucket] = 0;
  }

  /** Returns a block to its free list. */
  private freeBlock(start: number, length: number): void {
    const sizeClass = 31 - Math.clz32(length);
    this.poolSlot[start] = this.freeBlocks[sizeClass]!;
    this.freeBlocks[sizeClass] = start;
  }
}
