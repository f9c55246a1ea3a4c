/** Benchmark instances with published answers, and the comparison of routelab with them. */
export { CONTACTCENTERS_INSTANCES } from './contactcenters';
export type { BenchmarkInstance } from './contactcenters';
export { estimateFigure, metric, product } from './figures';
export type { FigureEstimate, FigureEstimator, PublishedFigure, ReplicationValue } from './figures';
export { runBenchmark } from './run-benchmark';
export type { BenchmarkOptions, BenchmarkRow } from './run-benchmark';
