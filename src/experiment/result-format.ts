import type { MetricKey, MetricRecord } from './metric-keys';
import type { RatioSummary } from './ratio-of-means';
import type { MetricSummary } from './summary';

/**
 * The JSON formats of the experiment layer: a shard (replications `[from, to)` of one study, no
 * summaries) and an experiment (the same plus the summaries). Both are versioned plain objects;
 * an experiment can itself be merged again like a shard.
 *
 * @module
 */

/** `format` of a {@link ShardResult}. */
export const SHARD_FORMAT = 'routelab-shard';
/** `format` of an {@link ExperimentResult}. */
export const EXPERIMENT_FORMAT = 'routelab-experiment';
/** Version of both formats written by this code. */
export const FORMAT_VERSION = 1;

/** The metric values of one replication, aligned with the `metrics` paths of its shard. */
export interface ReplicationRecord {
  /** Replication number r: the run used the substreams `replication/r` of the seed. */
  readonly replication: number;
  /** `values[j]` is metric `metrics[j]` in this replication, or `null` where it had none. */
  readonly values: readonly (number | null)[];
}

/** What identifies the study a set of replications belongs to. */
export interface StudyIdentity {
  /** Scenario name. */
  readonly scenario: string;
  /**
   * Hash of the scenario input and the metric options (see `scenarioHash`): shards of different
   * scenarios must not be merged.
   */
  readonly scenarioHash?: string;
  /** Routing policy name. */
  readonly policy: string;
  /** Master seed. */
  readonly seed: number | string;
}

/** Replications `[from, to)` of one study, without summaries: what a shard job writes. */
export interface ShardResult extends StudyIdentity {
  /** Always `'routelab-shard'` ({@link SHARD_FORMAT}). */
  readonly format: typeof SHARD_FORMAT;
  /** Format version ({@link FORMAT_VERSION}). */
  readonly version: typeof FORMAT_VERSION;
  /** First replication number (inclusive). */
  readonly from: number;
  /** Last replication number (exclusive). */
  readonly to: number;
  /** Metric paths (see `flattenMetrics`), in order of first appearance over the replications. */
  readonly metrics: readonly string[];
  /** One record per replication, from `from` to `to − 1` in order. */
  readonly replications: readonly ReplicationRecord[];
}

/** The result of an experiment: its replications plus a summary of every metric. */
export interface ExperimentResult extends StudyIdentity {
  /** Always `'routelab-experiment'` ({@link EXPERIMENT_FORMAT}). */
  readonly format: typeof EXPERIMENT_FORMAT;
  /** Format version ({@link FORMAT_VERSION}). */
  readonly version: typeof FORMAT_VERSION;
  /** First replication number (inclusive); 0 for `runExperiment`. */
  readonly from: number;
  /** Last replication number (exclusive): the experiment holds the `to − from` replications `[from, to)`. */
  readonly to: number;
  /** Confidence level of the summaries' intervals. */
  readonly level: number;
  /**
   * Metric paths (see `flattenMetrics`, e.g. `overall.serviceLevel`), in order of first appearance over the
   * replications; the keys of `summary`.
   */
  readonly metrics: readonly string[];
  /** One record per replication, from `from` to `to − 1` in order, its values aligned with `metrics`. */
  readonly replications: readonly ReplicationRecord[];
  /**
   * Summary per metric path (mean, sd, Student t interval over the replications). For a ratio
   * (`overall.serviceLevel`) this is the **mean of the per-replication ratios**. Keyed by
   * {@link MetricKey}, so a misspelt literal key (`summary['overall.servicelevel']`) does not
   * compile; read a path computed at run time with `metricAt(summary, path)`.
   */
  readonly summary: MetricRecord<MetricSummary>;
  /**
   * The same ratios as **ratios of means** (Σ numerator / Σ denominator over the replications, with
   * a delta-method interval), keyed by the ratio's path: every ratio metric whose denominator
   * fields are metrics too (see `RATIO_DENOMINATORS`). Absent from experiments written before it.
   */
  readonly ratioOfMeans?: MetricRecord<RatioSummary>;
}
