import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { checkCdfArgument, positive, readParams } from './validate';

/** Parameters of {@link exponential}: exactly one of `mean` or `rate` (= 1 / mean). */
export type ExponentialParams =
  | { readonly mean: number; readonly rate?: never }
  | { readonly rate: number; readonly mean?: never };

class Exponential implements Distribution {
  readonly kind = 'exponential';
  readonly variance: number;
  constructor(
    readonly mean: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    this.variance = mean * mean;
  }
  sample(u: UniformSource): number {
    return -this.mean * Math.log(1 - u.next());
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    return x <= 0 ? 0 : -Math.expm1(-x / this.mean);
  }
}

/**
 * Exponential distribution, given its `mean` or its `rate`. Sampled by inversion with one
 * uniform: x = −mean · ln(1 − u) (`1 − u` is exact for `RandomStream` variates, and
 * `Math.log(1 - u)` is markedly faster than `Math.log1p(-u)`).
 *
 * @example exponential({ mean: 180 }) // 3-minute average handle time
 * @throws RangeError / TypeError naming the bad parameter
 */
export function exponential(params: ExponentialParams): Distribution {
  const { form, given } = readParams('exponential', params, [['mean'], ['rate']]);
  const mean = form === 0
    ? positive('exponential', 'mean', given['mean'])
    : 1 / positive('exponential', 'rate', given['rate']);
  return new Exponential(mean, Object.freeze(given));
}
