/**
 * Typed-array helpers of `EventQueue`: growth by copying into a larger array, and the
 * renumbering of insertion sequence numbers.
 * @module
 */

/** A copy of `array` in a new Float64Array of length `capacity` (>= the old length). */
export function growFloat64(array: Float64Array, capacity: number): Float64Array {
  const grown = new Float64Array(capacity);
  grown.set(array);
  return grown;
}

/** A copy of `array` in a new Int32Array of length `capacity` (>= the old length). */
export function growInt32(array: Int32Array, capacity: number): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

/**
 * Renumbers the tie keys `priority * scale + sequence` of the slots `slots[0..count)` so that
 * their sequences become 0..count-1 while every pairwise order stays the same (the keys are
 * sorted, then each gets its priority part plus its rank). Returns the next free sequence
 * number (`count`). Used when the sequence counter reaches its limit; O(count log count).
 */
export function renumberTieKeys(ties: Float64Array, slots: Int32Array, count: number, scale: number): number {
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = ties[slots[i]!]!;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => keys[a]! - keys[b]!);
  for (let rank = 0; rank < count; rank++) {
    const i = order[rank]!;
    const key = keys[i]!;
    ties[slots[i]!] = Math.floor(key / scale) * scale + rank;
  }
  return count;
}
