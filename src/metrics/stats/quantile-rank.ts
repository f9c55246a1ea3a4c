import { assertFinite } from './validate';

/**
 * The rank that defines the q-quantile of a sample of total weight `total`:
 * `max(1, ceil(q · total))` for unit weights — the value at that rank (1-based, ascending) is the
 * q-quantile. This is the "inverse empirical CDF" (Hyndman & Fan type 1): the smallest recorded
 * value x with (weight of values ≤ x) ≥ q · total. It always returns a recorded value, never an
 * interpolation, so p95 of waits is a wait that actually happened.
 *
 * `q · total` is snapped to the nearest integer when within 4 ulps, so that decimal inputs such
 * as `0.07 · 100` (= 7.000000000000001 in binary) give rank 7, as intended, not 8.
 *
 * @returns a rank in (0, total]; for `q = 0` the smallest value is meant, and 0 is returned.
 */
export function quantileRank(q: number, total: number): number {
  const rank = q * total;
  const nearest = Math.round(rank);
  // Stryker disable next-line EqualityOperator: both sides are exact (4ε is a power of two), so equality needs rank = nearest/(1 ∓ 4ε), an endless binary fraction and so no double unless nearest = 0, where rank = 0 is returned either way
  if (Math.abs(rank - nearest) <= 4 * Number.EPSILON * Math.abs(rank)) return nearest;
  return rank;
}

/**
 * Exact q-quantile of `values` (unsorted is fine; the array is not modified), using the same
 * definition as {@link QuantileSketch.quantile}: the value at rank `max(1, ceil(q·n))` of the
 * ascending sample. O(n log n); meant for small samples and tests. Returns 0 for an empty sample.
 */
export function sampleQuantile(values: readonly number[], q: number): number {
  assertFinite('sampleQuantile', 'q', q);
  if (q < 0 || q > 1) throw new RangeError(`sampleQuantile: q must be in [0, 1], got ${q}`);
  if (values.length === 0) return 0;
  values.forEach((v, i) => assertFinite('sampleQuantile', `values[${i}]`, v));
  const sorted = Float64Array.from(values).sort();
  const k = Math.max(1, Math.ceil(quantileRank(q, sorted.length)));
  return sorted[Math.min(k, sorted.length) - 1]!;
}
