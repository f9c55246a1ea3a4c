/**
 * Fixed-memory, mergeable, JSON-serialisable streaming statistics for the metrics observers.
 *
 * @module
 */
export { RunningStats } from './running-stats';
export type { RunningStatsJSON } from './running-stats';
export { QuantileSketch } from './quantile-sketch';
export type { QuantileSketchJSON, QuantileSketchOptions } from './quantile-sketch';
export { quantileRank, sampleQuantile } from './quantile-rank';
export { ThresholdCounter } from './threshold-counter';
export type { ThresholdCounterJSON } from './threshold-counter';
export { TimeWeightedStats } from './time-weighted-stats';
export type { TimeWeightedStatsJSON } from './time-weighted-stats';
export { IntervalGrid } from './interval-grid';
export type { IntervalGridJSON, IntervalGridOptions } from './interval-grid';
export { IntervalCounter } from './interval-counter';
export type { IntervalCounterJSON } from './interval-counter';
export { IntervalTimeWeighted } from './interval-time-weighted';
export type { IntervalTimeWeightedJSON } from './interval-time-weighted';
export { confidenceInterval, tQuantile } from './confidence';
export type { ConfidenceInterval, SampleSummary } from './confidence';
export { normalQuantile } from '../../random/special/normal';
