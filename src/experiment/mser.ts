/**
 * MSER warm-up detection (White 1997; MSER-5: Franklin & White 2008): delete the first d
 * observations that minimize the marginal standard error of the mean of the rest,
 *
 *   MSER(d) = Σ_{i>d} (Y_i − Ȳ_d)² / (n − d)²,
 *
 * with d limited to the first half of the series (a minimum later means the run is too short).
 * MSER-5 applies it to the means of consecutive batches of 5 observations.
 *
 * @module
 */

/** The warm-up chosen by {@link mser}. */
export interface MserResult {
  /** Observations of the original series to delete (a multiple of the batch size). */
  readonly truncate: number;
  /** Number of batch means the rule looked at. */
  readonly batches: number;
  /** The minimal MSER statistic. */
  readonly statistic: number;
  /**
   * True when the minimum fell on the last allowed point (half of the series): the series probably
   * has not reached steady state yet, so run longer.
   */
  readonly atLimit: boolean;
}

/**
 * The MSER truncation point of `series` (e.g. per-interval mean waits of one long run), computed
 * on means of `batchSize` consecutive observations (5 for MSER-5; an incomplete last batch is
 * ignored).
 *
 * @throws RangeError if a value is not finite, `batchSize` is not a positive integer, or there
 *   are fewer than 2 batches
 */
export function mser(series: readonly number[], batchSize = 5): MserResult {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`mser: batchSize must be a positive integer, got ${batchSize}`);
  const n = Math.floor(series.length / batchSize);
  if (n < 2) throw new RangeError(`mser: needs at least 2 batches of ${batchSize} observations, got ${series.length} observations`);
  const z = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = j * batchSize; i < (j + 1) * batchSize; i++) {
      const y = series[i]!;
      if (!Number.isFinite(y)) throw new RangeError(`mser: observation ${i} must be a finite number, got ${y}`);
      // Stryker disable next-line AssignmentOperator: negating every batch mean leaves every squared deviation, so d and the statistic, unchanged
      sum += y;
    }
    z[j] = sum / batchSize;
  }
  // Suffix sums give each candidate's statistic in O(1); values are centred on the overall mean
  // to keep the sum-of-squares difference accurate.
  let centre = 0;
  // Stryker disable next-line AssignmentOperator,ArithmeticOperator: any centre gives the same sums of squared deviations (it only keeps them accurate)
  for (const v of z) centre += v / n;
  const limit = Math.floor(n / 2);
  let sum = 0;
  let squares = 0;
  let best = Infinity;
  let bestD = 0;
  for (let d = n - 1; d >= 0; d--) {
    // Stryker disable next-line ArithmeticOperator: z + centre is another shift of the values, which the statistic does not see
    const v = z[d]! - centre;
    // Stryker disable next-line AssignmentOperator: the sum is only used squared
    sum += v;
    squares += v * v;
    if (d > limit) continue;
    const m = n - d;
    const sse = Math.max(0, squares - (sum * sum) / m);
    const statistic = sse / (m * m);
    if (statistic <= best) {
      best = statistic;
      bestD = d;
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with n ≥ 2 batches the limit floor(n / 2) is at least 1
  return { truncate: bestD * batchSize, batches: n, statistic: best, atLimit: bestD === limit && limit > 0 };
}
