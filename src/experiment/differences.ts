import type { MetricRecord } from './metric-keys';
import type { ExperimentResult } from './result-format';
import { DEFAULT_LEVEL, summarizeValues, type MetricSummary } from './summary';

/** Summary of a difference (variant − baseline) with whether it is significant. */
export interface DifferenceSummary extends MetricSummary {
  /**
   * True when the confidence interval of the mean difference excludes 0, false when it contains
   * it, null when there is no interval (n < 2).
   */
  readonly significant: boolean | null;
}

/**
 * Paired differences `variant − baseline` of every metric both experiments have, replication by
 * replication (pairs where either value is null are skipped), with a Student t interval on the
 * mean difference.
 *
 * With common random numbers (same seed, same replication numbers) replication r of both saw the
 * same arrivals, patience and handle-time draws, so the differences vary much less than the
 * metrics themselves. With independent streams the same formula is still a valid interval for
 * the difference of the means (variance of a difference of independent values), only wider.
 *
 * @throws RangeError if the two experiments do not cover the same replications
 */
export function pairedDifferences(
  baseline: ExperimentResult,
  variant: ExperimentResult,
  level = DEFAULT_LEVEL,
): MetricRecord<DifferenceSummary> {
  if (baseline.from !== variant.from || baseline.to !== variant.to) {
    throw new RangeError(
      `pairedDifferences: the experiments must cover the same replications, got [${baseline.from}, ${baseline.to}) and [${variant.from}, ${variant.to})`,
    );
  }
  const variantColumn = new Map(variant.metrics.map((path, j) => [path, j]));
  const out: Record<string, DifferenceSummary> = {};
  baseline.metrics.forEach((path, i) => {
    const j = variantColumn.get(path);
    if (j === undefined) return;
    const diffs: (number | null)[] = baseline.replications.map((row, r) => {
      const a = row.values[i] ?? null;
      const b = variant.replications[r]!.values[j] ?? null;
      return a === null || b === null ? null : b - a;
    });
    const summary = summarizeValues(diffs, level);
    out[path] = { ...summary, significant: excludesZero(summary) };
  });
  return out;
}

/** Whether the interval excludes 0; null without an interval (lower and upper are null together, when n < 2). */
function excludesZero({ lower, upper }: MetricSummary): boolean | null {
  if (lower === null) return null;
  return lower > 0 || upper! < 0;
}
