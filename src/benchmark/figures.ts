import { ratioOfMeans } from '../experiment/ratio-of-means';
import { summarizeValues } from '../experiment/summary';

/**
 * Published figures and how routelab estimates each from its replications, with the estimator
 * each publication used: the mean of one value per replication (`mean`), or a ratio of sums over
 * the replications (`ratio`, e.g. Σ answered in time / Σ answered) with a delta-method interval.
 *
 * @module
 */

/** A value of one replication, from its metrics by path (`null`: none in this replication). */
export type ReplicationValue = (metrics: ReadonlyMap<string, number | null>) => number | null;

/** How routelab estimates a figure. */
export type FigureEstimator =
  | { readonly kind: 'mean'; readonly value: ReplicationValue }
  | { readonly kind: 'ratio'; readonly numerator: ReplicationValue; readonly denominator: ReplicationValue };

/** A figure a publication reports, with its interval (at the instance's `publishedLevel`, 95 % unless it says). */
export interface PublishedFigure {
  /** The figure's name as the source prints it. */
  readonly name: string;
  /** Unit of the published numbers (`min`, `share`, `%`, `contacts per day`). */
  readonly unit: string;
  /** Published mean and interval. */
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
 * `mean` (replications without a value left out); for `ratio`, Σx / Σy with the delta-method
 * interval `z · √(s²(x − r·y) / n) / ȳ` (`ratioOfMeans` of the experiment layer, as ContactCenters'
 * and SSJ's "function of averages").
 *
 * @throws RangeError when the replications do not give the figure (no value, or Σy = 0)
 */
export function estimateFigure(estimator: FigureEstimator, replications: readonly ReadonlyMap<string, number | null>[], level = 0.95): FigureEstimate {
  const s =
    estimator.kind === 'mean'
      ? summarizeValues(replications.map(estimator.value), level)
      : ratioOfMeans(
          replications.map((m) => estimator.numerator(m) ?? 0),
          replications.map((m) => estimator.denominator(m) ?? 0),
          level,
        );
  if (s.mean === null || s.halfWidth === null) throw new RangeError(`estimateFigure: the replications do not give this figure (${replications.length} replications)`);
  return { mean: s.mean, halfWidth: s.halfWidth };
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

/**
 * A sum of terms as the manifest writes them: each `path`, `path * path` (a product) or either
 * with a leading `-`; a missing metric counts 0.
 */
export function sumOfTerms(terms: readonly string[], scale = 1): ReplicationValue {
  const parsed = terms.map((term) => {
    const negative = term.trimStart().startsWith('-');
    const factors = term
      .trim()
      .replace(/^-\s*/, '')
      .split(/\s+\*\s+/);
    return { sign: negative ? -1 : 1, factors };
  });
  return (m) => {
    let sum = 0;
    for (const { sign, factors } of parsed) {
      let value = sign;
      for (const f of factors) value *= m.get(f) ?? 0;
      sum += value;
    }
    return sum * scale;
  };
}
