/**
 * Counts per integer bucket index inside a fixed index range, stored in one `Float64Array` that
 * grows to cover only the occupied span (like DDSketch's dense store). Memory never exceeds
 * `8 × (maxIndex − minIndex + 1)` bytes.
 *
 * Internal to the quantile sketch; not exported from the package.
 */
export class DenseBucketStore {
  /** Smallest index this store may hold. */
  readonly minIndex: number;
  /** Largest index this store may hold. */
  readonly maxIndex: number;
  #counts = new Float64Array(0);
  /** Bucket index of `#counts[0]`. */
  #offset = 0;
  /** Smallest and largest index with a non-zero count; `#low > #high` when empty. */
  #low = 1;
  #high = 0;

  /** Creates an empty store for indices in [minIndex, maxIndex]. */
  constructor(minIndex: number, maxIndex: number) {
    this.minIndex = minIndex;
    this.maxIndex = maxIndex;
  }

  /** `true` when every bucket is zero. */
  get isEmpty(): boolean {
    return this.#low > this.#high;
  }

  /** Smallest occupied index (meaningless when empty). */
  get low(): number {
    return this.#low;
  }

  /** Largest occupied index (meaningless when empty). */
  get high(): number {
    return this.#high;
  }

  /** Number of buckets currently allocated (for memory checks). */
  get allocated(): number {
    return this.#counts.length;
  }

  /** Adds `weight` to bucket `index` (`index` must lie in [minIndex, maxIndex]). */
  add(index: number, weight: number): void {
    if (index < this.#offset || index >= this.#offset + this.#counts.length) this.#grow(index);
    this.#counts[index - this.#offset]! += weight;
    if (this.#low > this.#high) {
      this.#low = index;
      this.#high = index;
    } else {
      // Stryker disable next-line EqualityOperator: at index = low it sets low to itself (also silences `>=`, which the tests kill)
      if (index < this.#low) this.#low = index;
      // Stryker disable next-line EqualityOperator: at index = high it sets high to itself (also silences `<=`, which the tests kill)
      if (index > this.#high) this.#high = index;
    }
  }

  /** Count in bucket `index` (0 outside the occupied span). */
  get(index: number): number {
    const i = index - this.#offset;
    return i >= 0 && i < this.#counts.length ? this.#counts[i]! : 0;
  }

  #grow(index: number): void {
    const empty = this.#low > this.#high;
    const pad = Math.max(32, this.#counts.length >> 1);
    const wantLow = Math.max(this.minIndex, (empty ? index : Math.min(index, this.#low)) - pad);
    const wantHigh = Math.min(this.maxIndex, (empty ? index : Math.max(index, this.#high)) + pad);
    const next = new Float64Array(wantHigh - wantLow + 1);
    if (!empty) {
      next.set(this.#counts.subarray(this.#low - this.#offset, this.#high - this.#offset + 1), this.#low - wantLow);
    }
    this.#counts = next;
    this.#offset = wantLow;
  }
}
