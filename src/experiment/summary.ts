import { confidenceInterval } from '../metrics/stats/confidence';

/**
 * Across-replication summaries of one metric: mean, standard deviation and a Student t
 * confidence interval, skipping the replications where the metric was `null`.
 *
 * @module
 */

/**
 * Summary of one metric over independent replications (or batches). Fields that cannot be
 * computed are `null`, never NaN.
 */
export interface MetricSummary {
  /** Number of replications where the metric was not null. */
  readonly n: number;
  /** Mean of the non-null values; `null` when n = 0. */
  readonly mean: number | null;
  /** Sample standard deviation (divisor n − 1); `null` when n < 2. */
  readonly sd: number | null;
  /**
   * Half-width of the two-sided Student t confidence interval for the mean,
   * `t(1 − (1 − level)/2, n − 1) · sd / √n`; `null` when n < 2.
   */
  readonly halfWidth: number | null;
  /** mean − halfWidth; `null` when n < 2. */
  readonly lower: number | null;
  /** mean + halfWidth; `null` when n < 2. */
  readonly upper: number | null;
}

/** Default confidence level of every interval in this layer. */
export const DEFAULT_LEVEL = 0.95;

/**
 * Mean, sd and Student t confidence interval of the non-null `values` (one per replication, in
 * replication order). The mean is `Σx / n` and the variance the two-pass `Σ(x − mean)² / (n − 1)`,
 * so the same values in the same order always give the same bits.
 *
 * The interval assumes the values are independent and identically distributed (independent
 * replications, or batch means of long enough batches) and roughly normal, or numerous.
 *
 * @param values - one value per replication; `null` (or a hole of a sparse array) means "no value
 *   in this replication"
 * @param level - confidence level in (0, 1)
 * @throws RangeError if a value is not finite or `level` is not in (0, 1)
 */
export function summarizeValues(values: readonly (number | null)[], level = DEFAULT_LEVEL): MetricSummary {
  if (!(level > 0 && level < 1)) throw new RangeError(`summarizeValues: level must be in (0, 1), got ${level}`);
  let n = 0;
  let sum = 0;
  // Stryker disable next-line EqualityOperator: values[values.length] is undefined, which the next line skips like a hole
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === null || x === undefined) continue;
    if (!Number.isFinite(x)) throw new RangeError(`summarizeValues: value ${i} must be a finite number or null, got ${x}`);
    n++;
    sum += x;
  }
  if (n === 0) return { n, mean: null, sd: null, halfWidth: null, lower: null, upper: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, halfWidth: null, lower: null, upper: null };
  let squares = 0;
  for (const x of values) {
    if (x === null || x === undefined) continue;
    squares += (x - mean) * (x - mean);
  }
  const ci = confidenceInterval({ count: n, mean, variance: squares / (n - 1) }, level);
  return { n, mean, sd: ci.sd, halfWidth: ci.halfWidth, lower: ci.lower, upper: ci.upper };
}

/**
 * Summaries of every metric: `summary[paths[j]]` summarizes column j of `rows` (one row per
 * replication, aligned with `paths`).
 */
export function summarizeColumns(
  paths: readonly string[],
  rows: readonly (readonly (number | null)[])[],
  level = DEFAULT_LEVEL,
): Record<string, MetricSummary> {
  const out: Record<string, MetricSummary> = {};
  // Stryker disable next-line ArrayDeclaration: the loop below sets every index 0 … rows.length − 1 before the column is read, so an empty array that grows holds the same values
  const column: (number | null)[] = new Array<number | null>(rows.length);
  paths.forEach((path, j) => {
    for (let r = 0; r < rows.length; r++) column[r] = rows[r]![j] ?? null;
    out[path] = summarizeValues(column, level);
  });
  return out;
}
