/**
 * The experiment layer: independent replications with Student t confidence intervals,
 * sequential stopping on a target precision, paired comparisons with common random numbers,
 * batch means for steady state, worker-thread parallelism and shards that merge exactly.
 *
 * @module
 */
export { runExperiment } from './replications';
export type { ExperimentOptions } from './replications';
export type { StudyOptions } from './study';
export { runSequential } from './sequential';
export { metricObjective, replicationMetrics, tunePolicy } from './tune-policy';
export type { ReplicationMetrics, TunePolicyOptions, TuningCandidate, TuningObjective, TuningResult } from './tune-policy';
export type { PrecisionTarget, SequentialOptions, SequentialReport, SequentialResult, TargetStatus } from './sequential';
export { COMPARISON_FORMAT, compareVariants, policyVariants, scenarioVariant, variantSeed } from './compare';
export type { CompareOptions, ComparisonResult, StreamMode, Variant, VariantDifferences } from './compare';
export { pairedDifferences } from './differences';
export type { DifferenceSummary } from './differences';
export { measureVarianceReduction, varianceReduction } from './variance-reduction';
export type { VarianceReductionReport, VarianceReductionRow } from './variance-reduction';
export { mergeShards, runShard } from './shards';
export type { MergeOptions, ShardOptions } from './shards';
export { EXPERIMENT_FORMAT, FORMAT_VERSION, SHARD_FORMAT } from './result-format';
export type { ExperimentResult, ReplicationRecord, ShardResult, StudyIdentity } from './result-format';
export { DEFAULT_LEVEL, summarizeColumns, summarizeValues } from './summary';
export type { MetricSummary } from './summary';
export { RATIO_DENOMINATORS, ratioOfMeans, ratioSummaries } from './ratio-of-means';
export type { RatioSummary } from './ratio-of-means';
export { flattenMetrics, metricPath } from './metric-paths';
export type { FlatMetrics } from './metric-paths';
export { intervalSummaries } from './intervals';
export type { IntervalSummary } from './intervals';
export { BATCH_MEANS_FORMAT, BATCH_METRICS, runBatchMeans } from './batch-means';
export type { BatchMeansOptions, BatchMeansResult, BatchMetric, BatchMetricResult } from './batch-means';
export { mser } from './mser';
export type { MserResult } from './mser';
export { suggestWarmup } from './warmup';
export type { WarmupSuggestion } from './warmup';
export { createReplicationRunner } from './pool';
export type { ReplicationRunner, RunnerOptions } from './pool';
export type { ReplicationTask } from './task';
export { scenarioHash } from './scenario-hash';
