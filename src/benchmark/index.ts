/** Benchmark instances with published answers, and the comparison of routelab with them. */
export { estimateFigure, metric, product, sumOfTerms } from './figures';
export type { FigureEstimate, FigureEstimator, PublishedFigure, ReplicationValue } from './figures';
export type { BenchmarkInstance, BenchmarkSource, RecordedFigure } from './instance';
export { defaultBenchmarksDir, loadBenchmarks } from './manifest';
export { runBenchmark } from './run-benchmark';
export type { BenchmarkOptions, BenchmarkRow } from './run-benchmark';
