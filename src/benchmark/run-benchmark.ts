import { runExperiment } from '../experiment/replications';
import type { PolicyRegistry } from '../routing/registry';
import type { BenchmarkInstance } from './instance';
import { replicationMetrics } from '../experiment/tune-policy';
import { normalQuantile } from '../random/special/normal';
import { estimateFigure } from './figures';

/** Options of {@link runBenchmark}. */
export interface BenchmarkOptions {
  /** Replications (days). @default 200 */
  replications?: number;
  /** Master seed. @default 1 */
  seed?: number | string;
  /** Worker threads (see `runExperiment`). */
  threads?: number;
  /** Registry with the policies the instance names. */
  policies?: PolicyRegistry;
}

/** One figure: published against routelab. */
export interface BenchmarkRow {
  readonly instance: string;
  readonly figure: string;
  readonly unit: string;
  readonly published: number;
  /** Published half-width rescaled to 95 % (when the source printed another level), widened by the printed rounding. */
  readonly publishedHalfWidth: number;
  readonly routelab: number;
  readonly routelabHalfWidth: number;
  /** routelab − published. */
  readonly difference: number;
  /** √(h_published² + h_routelab²): the 95 % half-width of the difference of two independent estimates. */
  readonly combinedHalfWidth: number;
  /** `agrees` when |difference| ≤ the combined half-width. */
  readonly verdict: 'agrees' | 'differs';
}

/**
 * Runs a benchmark instance and compares every published figure with routelab's estimate, by the
 * estimator the publication used (see `estimateFigure`). The two estimates are independent, so the
 * difference's 95 % half-width is √(h₁² + h₂²); a figure `agrees` when the difference is within it
 * (about 1 figure in 20 differs by chance alone).
 */
export async function runBenchmark(instance: BenchmarkInstance, options: BenchmarkOptions = {}): Promise<BenchmarkRow[]> {
  const experiment = await runExperiment(instance.scenario, {
    replications: options.replications ?? 200,
    seed: options.seed ?? 1,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.policies !== undefined ? { policies: options.policies } : {}),
    ...(instance.metrics !== undefined ? { metrics: instance.metrics } : {}),
  });
  const replications = replicationMetrics(experiment);
  const rounding = 0.5 * 10 ** -instance.printedDecimals;
  // A published interval at another level, rescaled to 95 % (normal quantiles: the sources ran 1,000 replications).
  const toLevel95 = normalQuantile(0.975) / normalQuantile(0.5 + instance.publishedLevel / 2);
  return instance.figures.map((f) => {
    const ours = estimateFigure(f.estimator, replications);
    const publishedHalfWidth = ((f.upper - f.lower) / 2) * toLevel95 + rounding;
    const combinedHalfWidth = Math.hypot(publishedHalfWidth, ours.halfWidth);
    const difference = ours.mean - f.mean;
    return {
      instance: instance.name,
      figure: f.name,
      unit: f.unit,
      published: f.mean,
      publishedHalfWidth,
      routelab: ours.mean,
      routelabHalfWidth: ours.halfWidth,
      difference,
      combinedHalfWidth,
      verdict: Math.abs(difference) <= combinedHalfWidth ? 'agrees' : 'differs',
    };
  });
}
