import type { IntervalMetricKey } from './metric-keys';
import type { ExperimentResult } from './result-format';
import type { MetricSummary } from './summary';

/** The intraday picture: one reporting interval's metrics summarized across replications. */
export interface IntervalSummary {
  /** Interval index k (the k-th reporting interval of the horizon). */
  readonly index: number;
  /** Start of the interval in seconds (null if no replication had this interval). */
  readonly start: number | null;
  /**
   * Summary per interval metric (`offered`, `answered`, `abandoned`, `serviceLevel`, `asa`,
   * `abandonmentRate`, `occupancy`, `agentsOnDuty`): mean over replications with a Student t CI.
   */
  readonly metrics: { readonly [K in IntervalMetricKey]?: MetricSummary };
}

/**
 * The per-interval summaries of an experiment (its `intervals.<k>.<metric>` paths), in interval
 * order: e.g. `intervalSummaries(result)[18].metrics.serviceLevel` is the 09:00–09:30 service
 * level (half-hour intervals) with its CI over the replications.
 */
export function intervalSummaries(experiment: Pick<ExperimentResult, 'summary'>): IntervalSummary[] {
  const byIndex = new Map<number, Record<string, MetricSummary>>();
  for (const [path, summary] of Object.entries(experiment.summary)) {
    // The pattern is written here, not in a module constant, so that each run of this function
    // sees it (a mutation test can then change it).
    const match = /^intervals\.(\d+)\.([^.[\]]+)$/.exec(path);
    if (match === null || summary === undefined) continue;
    const index = Number(match[1]);
    let metrics = byIndex.get(index);
    if (metrics === undefined) byIndex.set(index, (metrics = {}));
    metrics[match[2]!] = summary;
  }
  return [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, all]) => {
      const { start, ...metrics } = all;
      return { index, start: start?.mean ?? null, metrics };
    });
}
