import type { IntervalMetrics } from '../metrics/result';

/**
 * The arithmetic of batch means (`runBatchMeans` in batch-means.ts): cutting the reporting
 * intervals into batches, pooling a batch's intervals into one value per metric, and the lag-1
 * autocorrelation of the batch values. Kept apart so each can be checked on hand-worked intervals.
 *
 * @module
 */

/** The steady-state metrics batch means estimates. */
export const BATCH_METRICS = ['serviceLevel', 'asa', 'abandonmentRate', 'occupancy', 'arrivalsPerHour'] as const;

/** One of {@link BATCH_METRICS}. */
export type BatchMetric = (typeof BATCH_METRICS)[number];

/**
 * Consecutive groups of `size` items, in order; an incomplete last group is dropped.
 *
 * @example groupsOf([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4]]
 */
export function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i + size <= items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One metric over a group of intervals, pooled as a ratio of summed numerators and denominators
 * (not an average of the intervals' values): `serviceLevel` = answered within target / (answered
 * + abandoned), `asa` = total wait / answered, `abandonmentRate` = abandoned / (answered +
 * abandoned), `occupancy` weighted by agents on duty, `arrivalsPerHour` = offered / hours.
 *
 * @param intervalLength - seconds per interval (for `arrivalsPerHour`)
 * @returns null when the group has no denominator (nobody answered, no agent on duty, no interval)
 */
export function pooledMetric(group: readonly IntervalMetrics[], metric: BatchMetric, intervalLength: number): number | null {
  let num = 0;
  let den = 0;
  for (const x of group) {
    const contacts = x.answered + x.abandoned;
    switch (metric) {
      case 'serviceLevel':
        // serviceLevel = answered within target / (answered + abandoned): recover the count.
        // Stryker disable next-line ConditionalExpression: serviceLevel is null only when answered + abandoned is 0, and Math.round(null * 0) is 0 too
        num += x.serviceLevel === null ? 0 : Math.round(x.serviceLevel * contacts);
        den += contacts;
        break;
      case 'asa':
        // Stryker disable next-line ConditionalExpression: asa is null only when nobody was answered, and null * 0 is 0 too
        num += x.asa === null ? 0 : x.asa * x.answered;
        den += x.answered;
        break;
      case 'abandonmentRate':
        num += x.abandoned;
        den += contacts;
        break;
      case 'occupancy':
        // Stryker disable next-line ConditionalExpression: occupancy is null only when no agent was on duty, and null * 0 is 0 too
        num += x.occupancy === null ? 0 : x.occupancy * x.agentsOnDuty;
        den += x.agentsOnDuty;
        break;
      case 'arrivalsPerHour':
        num += x.offered;
        den += intervalLength / 3600;
        break;
    }
  }
  return den > 0 ? num / den : null;
}

/**
 * Lag-1 autocorrelation of a series, nulls left out: Σ (xᵢ − x̄)(xᵢ₊₁ − x̄) / Σ (xᵢ − x̄)².
 *
 * @returns null with fewer than 3 values or when all values are equal
 */
export function lag1Autocorrelation(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 3) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = xs[i]! - mean;
    den += d * d;
    if (i + 1 < xs.length) num += d * (xs[i + 1]! - mean);
  }
  return den > 0 ? num / den : null;
}
