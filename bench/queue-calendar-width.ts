/**
 * Bucket-width estimate of the calendar queue with a heap per bucket
 * (`queue-layout-calendar-heap.ts`), from the times of all pending events.
 * @module
 */

/** How many of the earliest pending times Brown's rule looks at. */
export const WIDTH_SAMPLE = 32;

/**
 * Brown's rule (CACM 1988): 3 times the mean spacing of the earliest `WIDTH_SAMPLE` pending
 * times, ignoring gaps larger than twice their mean. When those times are all equal (a same-time
 * run at the front), falls back to 3 times the mean spacing of all pending times, then to
 * `fallback` (also when the estimate is not a positive finite number with a finite inverse).
 * O(n) for times in random order (O(n * WIDTH_SAMPLE) at worst).
 * @param times pending times (only `times[0..count)` is read)
 * @param count number of pending times
 * @param sample scratch array of length `WIDTH_SAMPLE`
 * @param fallback width returned when no usable estimate exists
 */
export function estimateBucketWidth(
  times: Float64Array,
  count: number,
  sample: Float64Array,
  fallback: number,
): number {
  // The `WIDTH_SAMPLE` smallest times, kept sorted by insertion (most times fail the first test).
  let k = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
    if (k === WIDTH_SAMPLE && t >= sample[k - 1]!) continue;
    let j = k < WIDTH_SAMPLE ? k++ : k - 1;
    while (j > 0 && sample[j - 1]! > t) {
      sample[j] = sample[j - 1]!;
      j--;
    }
    sample[j] = t;
  }
  let width = brownWidth(sample, k);
  if (!(width > 0 && width < Infinity) && count >= 2) width = (3 * (max - min)) / count;
  // The inverse must be finite too (a subnormal width would make `time / width` NaN at 0).
  return width > 0 && 1 / width < Infinity && width < Infinity ? width : fallback;
}

/**
 * Brown's rule on `k` sorted times `sample[0..k)`: 3 times their mean spacing, ignoring gaps
 * larger than twice the mean; 0 when fewer than two times or no gap is kept.
 */
export function brownWidth(sample: Float64Array, k: number): number {
  if (k < 2) return 0;
  const mean = (sample[k - 1]! - sample[0]!) / (k - 1);
  let kept = 0;
  let sum = 0;
  for (let i = 1; i < k; i++) {
    const gap = sample[i]! - sample[i - 1]!;
    if (gap <= 2 * mean) {
      sum += gap;
      kept++;
    }
  }
  return kept > 0 ? (3 * sum) / kept : 0;
}
