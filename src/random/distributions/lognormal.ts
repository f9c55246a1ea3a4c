import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { normalCdf, normalQuantile } from '../special/normal';
import { checkCdfArgument, finite, positive, readParams } from './validate';

/**
 * Parameters of {@link lognormal}: either the `mean` and coefficient of variation `cv` of the
 * distribution itself (how handle times are usually stated), or `mu` and `sigma`, the mean and
 * standard deviation of its logarithm.
 */
export type LognormalParams =
  | { readonly mean: number; readonly cv: number; readonly mu?: never; readonly sigma?: never }
  | { readonly mu: number; readonly sigma: number; readonly mean?: never; readonly cv?: never };

class Lognormal implements Distribution {
  readonly kind = 'lognormal';
  readonly mean: number;
  readonly variance: number;
  constructor(
    private readonly mu: number,
    private readonly sigma: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    const s2 = sigma * sigma;
    this.mean = Math.exp(mu + s2 / 2);
    this.variance = Math.expm1(s2) * Math.exp(2 * mu + s2);
  }
  sample(u: UniformSource): number {
    return Math.exp(this.mu + this.sigma * normalQuantile(u.next()));
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    return x <= 0 ? 0 : normalCdf((Math.log(x) - this.mu) / this.sigma);
  }
}

/**
 * Lognormal distribution. From `{ mean, cv }`: σ² = ln(1 + cv²), μ = ln(mean) − σ²/2.
 * Sampled by inversion with one uniform: x = exp(μ + σ Φ⁻¹(u)) (Wichura's AS 241 quantile).
 *
 * @example lognormal({ mean: 300, cv: 0.8 })
 * @throws RangeError / TypeError naming the bad parameter
 */
export function lognormal(params: LognormalParams): Distribution {
  const { form, given } = readParams('lognormal', params, [['mean', 'cv'], ['mu', 'sigma']]);
  if (form === 0) {
    const mean = positive('lognormal', 'mean', given['mean']);
    const cv = positive('lognormal', 'cv', given['cv']);
    const s2 = Math.log1p(cv * cv);
    return new Lognormal(Math.log(mean) - s2 / 2, Math.sqrt(s2), Object.freeze(given));
  }
  const mu = finite('lognormal', 'mu', given['mu']);
  const sigma = positive('lognormal', 'sigma', given['sigma']);
  return new Lognormal(mu, sigma, Object.freeze(given));
}
