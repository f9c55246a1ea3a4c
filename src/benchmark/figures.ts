import { summarizeValues } from '../experiment/summary';
import { ratioOfMeans } from '../experiment/ratio-of-means';

/**
 * Published figures and how routelab estimates each from its replications, with the estimator
 * each publication used: the mean of one value per replication (`mean`), or a ratio of sums over
 * the replications (`ratio`, e.g. Σ answered in time / Σ answered) with a delta-method interval.
 *
 * @module
 */

/** A value of one replication, from its metrics by path. */
export type ReplicationValue = (metrics: ReadonlyMap<string, number | null>) => number;

/** How routelab estimates a figure. */
export type FigureEstimator =
  | { readonly kind: 'mean'; readonly value: ReplicationValue }
  | { readonly kind: 'ratio'; readonly numerator: ReplicationValue; readonly denominator: ReplicationValue };

/** A figure a publication reports, with its 95 % interval. */
export interface PublishedFigure {
  /** The figure's name as the source prints it. */
  readonly name: string;
  /** Unit of the published numbers (`min`, `share`, `contacts per day`). */
  readonly unit: string;
  /** Published mean and 95 % interval. */
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  /** How routelab measures it (in the published unit). */
  readonly estimator: FigureEstimator;
}

/** routelab's estimate of a figure. */
export interface FigureEstimate {
  readonly mean: number;
  /** Half-width of the 95 % interval. */
  readonly halfWidth: number;
}

/**
 * Estimates a figure over the replications: the Student t interval of the mean of the values for
 * `mean`; for `ratio`, Σx / Σy with the delta-method interval `z · √(s²(x − r·y) / n) / ȳ`
 * (`ratioOfMeans` of the experiment layer, as ContactCenters' and SSJ's "function of averages").
 */
export function estimateFigure(estimator: FigureEstimator, replications: readonly ReadonlyMap<string, number | null>[], level = 0.95): FigureEstimate {
  if (estimator.kind === 'mean') {
    const s = summarizeValues(replications.map(estimator.value), level);
    return { mean: s.mean ?? Number.NaN, halfWidth: s.halfWidth ?? Number.NaN };
  }
  const ratio = ratioOfMeans(replications.map(estimator.numerator), replications.map(estimator.denominator), level);
  return { mean: ratio.mean ?? Number.NaN, halfWidth: ratio.halfWidth ?? Number.NaN };
}

/** A metric of a replication (0 when it had none). */
export const metric =
  (path: string, scale = 1): ReplicationValue =>
  (m) =>
    (m.get(path) ?? 0) * scale;

/** The product of two metrics of a replication (e.g. mean wait × answered = total wait). */
export const product =
  (a: string, b: string, scale = 1): ReplicationValue =>
  (m) =>
    (m.get(a) ?? 0) * (m.get(b) ?? 0) * scale;
