import type { IntervalMetricKey } from './metric-keys';
import { intervalSummaries } from './intervals';
import { mser, type MserResult } from './mser';
import type { ExperimentResult } from './result-format';

/** A warm-up suggested by {@link suggestWarmup}. */
export interface WarmupSuggestion {
  /** Seconds to put in the scenario's `warmup` (the start of the first interval kept). */
  readonly seconds: number;
  /** Reporting intervals deleted. */
  readonly intervals: number;
  /** The interval metric looked at. */
  readonly metric: string;
  /** The across-replication mean of that metric per interval: the curve to plot. */
  readonly series: readonly number[];
  /** The MSER outcome (`atLimit` true means the pilot run is too short to show a steady state). */
  readonly mser: MserResult;
}

/**
 * Suggests a warm-up for a steady-state study from a pilot experiment (a few replications of a
 * long horizon with `warmup: 0`): the per-interval means of `metric` across the replications (the
 * curve Welch's method plots) are given to MSER-5, which deletes the first intervals that
 * minimize the marginal standard error of the rest. Averaging over replications first smooths the
 * curve, so the cut is steadier than on a single run.
 *
 * @example
 * ```ts
 * const pilot = await runExperiment({ ...scenario, horizon: '200h', warmup: 0 }, { replications: 5 });
 * const { seconds } = suggestWarmup(pilot, { metric: 'asa' });
 * const study = await runExperiment({ ...scenario, horizon: '200h', warmup: seconds }, { replications: 30 });
 * ```
 * @param options.metric - interval metric: `asa` (default), `serviceLevel`, `occupancy`, ...
 * @param options.batchSize - MSER batch size (default 5: MSER-5)
 * @throws RangeError if an interval has no value of the metric in any replication, the
 *   experiment has too few intervals, or the first interval kept has no `start` (a summary cut
 *   down to some metrics)
 */
export function suggestWarmup(
  pilot: Pick<ExperimentResult, 'summary'>,
  options: { readonly metric?: IntervalMetricKey; readonly batchSize?: number } = {},
): WarmupSuggestion {
  const metric = options.metric ?? 'asa';
  const intervals = intervalSummaries(pilot);
  if (intervals.length === 0) throw new RangeError('suggestWarmup: the experiment has no per-interval metrics');
  const series = intervals.map((interval) => {
    const mean = interval.metrics[metric]?.mean;
    if (mean === undefined || mean === null) {
      throw new RangeError(`suggestWarmup: interval ${interval.index} has no '${metric}' in any replication; use longer intervals or another metric`);
    }
    return mean;
  });
  const chosen = mser(series, options.batchSize ?? 5);
  // MSER keeps at least two batches, so the first interval kept exists.
  const kept = intervals[chosen.truncate]!;
  if (kept.start === null) throw new RangeError(`suggestWarmup: interval ${kept.index}, the first one kept, has no 'start' in the summary`);
  return { seconds: kept.start, intervals: chosen.truncate, metric, series, mser: chosen };
}
