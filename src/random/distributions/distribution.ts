import type { UniformSource } from '../uniform-source';

/**
 * A probability distribution of a non-negative quantity (a duration in seconds, a count, ...),
 * with analytic moments, its CDF, and a sampler over an injected uniform source.
 *
 * Every distribution in this library has support in [0, ∞), so `sample` never returns a
 * negative number. Samplers that use one uniform per draw apply the exact inverse CDF
 * x = F⁻¹(u), increasing in u, which keeps common random numbers aligned and monotone across
 * scenarios that change a distribution but not its stream.
 */
export interface Distribution {
  /** Distribution family, e.g. `'exponential'` or `'lognormal'` (the `kind` of its spec). */
  readonly kind: string;
  /** Analytic mean. */
  readonly mean: number;
  /** Analytic variance. */
  readonly variance: number;
  /** Draws one value using uniforms from `u`. */
  sample(u: UniformSource): number;
  /** P(X ≤ x). */
  cdf(x: number): number;
  /** Parameters as given, for reports and JSON (`{ kind, ...params }` rebuilds it via `fromSpec`). */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A distribution as a plain JSON object: `{ kind: 'lognormal', mean: 300, cv: 0.8 }`.
 * Built into a {@link Distribution} by `fromSpec`.
 */
export interface DistributionSpec {
  /** Distribution family name, e.g. `'lognormal'`. */
  readonly kind: string;
  /** Parameters of that family. */
  readonly [param: string]: unknown;
}

/**
 * The spec of a distribution: `{ kind, ...params }`. `fromSpec(toSpec(d))` rebuilds `d` for
 * every distribution of this library.
 *
 * @param distribution - any distribution
 */
export function toSpec(distribution: Distribution): DistributionSpec {
  return { kind: distribution.kind, ...distribution.params };
}
