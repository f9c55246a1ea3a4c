import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { lnGamma } from '../special/gamma-functions';
import { checkCdfArgument, positive, readParams } from './validate';

/** Parameters of {@link weibull}: F(x) = 1 − exp(−(x/scale)^shape). */
export interface WeibullParams {
  /** Shape k (k < 1: decreasing hazard, k = 1: exponential, k > 1: increasing hazard). */
  readonly shape: number;
  /** Scale λ. */
  readonly scale: number;
}

class Weibull implements Distribution {
  readonly kind = 'weibull';
  readonly mean: number;
  readonly variance: number;
  private readonly inverseShape: number;
  constructor(
    private readonly shape: number,
    private readonly scale: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    this.inverseShape = 1 / shape;
    const g1 = Math.exp(lnGamma(1 + 1 / shape));
    const g2 = Math.exp(lnGamma(1 + 2 / shape));
    this.mean = scale * g1;
    this.variance = scale * scale * Math.max(0, g2 - g1 * g1);
  }
  sample(u: UniformSource): number {
    return this.scale * Math.pow(-Math.log(1 - u.next()), this.inverseShape);
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    return x <= 0 ? 0 : -Math.expm1(-Math.pow(x / this.scale, this.shape));
  }
}

/**
 * Weibull distribution (often fitted to patience times). Mean scale·Γ(1 + 1/k), variance
 * scale²·(Γ(1 + 2/k) − Γ(1 + 1/k)²). Sampled by inversion with one uniform:
 * x = scale · (−ln(1 − u))^(1/k).
 *
 * @throws RangeError / TypeError naming the bad parameter
 */
export function weibull(params: WeibullParams): Distribution {
  const { given } = readParams('weibull', params, [['shape', 'scale']]);
  const shape = positive('weibull', 'shape', given['shape']);
  const scale = positive('weibull', 'scale', given['scale']);
  const dist = new Weibull(shape, scale, Object.freeze(given));
  if (!Number.isFinite(dist.variance)) {
    throw new RangeError(`weibull: shape is too small (its variance overflows), got ${shape}`);
  }
  return dist;
}
