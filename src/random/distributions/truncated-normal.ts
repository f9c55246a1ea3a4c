import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { normalPdf, normalQuantile, normalSurvival } from '../special/normal';
import { checkCdfArgument, finite, formatNumber, positive, readParams } from './validate';

/** Parameters of {@link truncatedNormal}: the mean and standard deviation of the normal before truncation. */
export interface TruncatedNormalParams {
  /** Mean of the underlying normal (may be negative). */
  readonly mean: number;
  /** Standard deviation of the underlying normal. */
  readonly sd: number;
}

class TruncatedNormal implements Distribution {
  readonly kind = 'truncatedNormal';
  readonly mean: number;
  readonly variance: number;
  constructor(
    private readonly mu: number,
    private readonly sd: number,
    /** P(Z > α) with α = −μ/σ: the mass the untruncated normal puts above 0. */
    private readonly keep: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    const alpha = -mu / sd;
    const lambda = normalPdf(alpha) / keep; // inverse Mills ratio
    this.mean = mu + sd * lambda;
    this.variance = sd * sd * Math.max(0, 1 + alpha * lambda - lambda * lambda);
  }
  sample(u: UniformSource): number {
    // P(X > x) = Q((x − μ)/σ) / keep, so x = μ − σ Φ⁻¹((1 − u) · keep): one uniform, increasing
    // in u, and accurate even when almost all of the normal lies below 0 (keep tiny).
    const x = this.mu - this.sd * normalQuantile((1 - u.next()) * this.keep);
    return x > 0 ? x : 0;
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    if (x <= 0) return 0;
    return 1 - normalSurvival((x - this.mu) / this.sd) / this.keep;
  }
}

/**
 * Normal distribution with the given (underlying) `mean` and `sd`, truncated to [0, ∞): the
 * usual fix for "normal" durations that must not be negative. `mean`/`variance` of the result
 * are those of the truncated distribution (larger mean than the parameter when truncation
 * bites); `params` keep the underlying values. Sampled by inversion with one uniform.
 *
 * @throws RangeError / TypeError naming the bad parameter, or if mean/sd is so negative
 *   (below about −37) that no mass is left above 0
 */
export function truncatedNormal(params: TruncatedNormalParams): Distribution {
  const { given } = readParams('truncatedNormal', params, [['mean', 'sd']]);
  const mean = finite('truncatedNormal', 'mean', given['mean']);
  const sd = positive('truncatedNormal', 'sd', given['sd']);
  const keep = normalSurvival(-mean / sd);
  if (!(keep > 1e-300)) {
    throw new RangeError(
      `truncatedNormal: mean/sd must be above -37 so that some mass lies above 0, got ${formatNumber(mean / sd)}`,
    );
  }
  return new TruncatedNormal(mean, sd, keep, Object.freeze(given));
}
