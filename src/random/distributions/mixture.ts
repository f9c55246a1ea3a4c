import type { Distribution } from './distribution';
import { toSpec } from './distribution';
import type { UniformSource } from '../uniform-source';
import { checkCdfArgument, formatValue, probabilities, readParams } from './validate';

/** Parameters of {@link mixture}. */
export interface MixtureParams {
  /** Probability of each component; non-negative, summing to 1. */
  readonly weights: readonly number[];
  /** The component distributions, one per weight. */
  readonly components: readonly Distribution[];
}

function isDistribution(value: unknown): value is Distribution {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Distribution>;
  return typeof d.kind === 'string' && typeof d.sample === 'function' && typeof d.cdf === 'function'
    && typeof d.mean === 'number' && typeof d.variance === 'number';
}

class Mixture implements Distribution {
  readonly kind = 'mixture';
  readonly mean: number;
  readonly variance: number;
  private readonly cumulative: Float64Array;
  constructor(
    private readonly weights: readonly number[],
    private readonly components: readonly Distribution[],
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    const n = weights.length;
    this.cumulative = new Float64Array(n);
    let acc = 0;
    let mean = 0;
    let second = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i] as number;
      const c = components[i] as Distribution;
      acc += w;
      this.cumulative[i] = acc;
      mean += w * c.mean;
      second += w * (c.variance + c.mean * c.mean);
    }
    this.cumulative[n - 1] = 1;
    this.mean = mean;
    this.variance = Math.max(0, second - mean * mean);
  }
  sample(u: UniformSource): number {
    const v = u.next();
    let i = 0;
    while (v >= (this.cumulative[i] as number)) i++;
    return (this.components[i] as Distribution).sample(u);
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    let f = 0;
    for (let i = 0; i < this.components.length; i++) {
      f += (this.weights[i] as number) * (this.components[i] as Distribution).cdf(x);
    }
    return f;
  }
}

/**
 * Finite mixture: with probability weightᵢ a draw from componentᵢ (e.g. quick and long calls).
 * A sample consumes one uniform to pick the component plus whatever that component consumes.
 * Mean Σwᵢμᵢ, variance Σwᵢ(σᵢ² + μᵢ²) − μ². `params.components` holds the components' specs
 * (`{ kind, ...params }`), so a mixture round-trips through JSON and `fromSpec`.
 *
 * @example mixture({ weights: [0.7, 0.3], components: [exponential({ mean: 60 }), lognormal({ mean: 600, cv: 0.5 })] })
 * @throws RangeError / TypeError naming the bad parameter
 */
export function mixture(params: MixtureParams): Distribution {
  const { given } = readParams('mixture', params, [['weights', 'components']]);
  const weights = probabilities('mixture', 'weights', given['weights']);
  const components = given['components'];
  if (!Array.isArray(components)) {
    throw new TypeError(`mixture: components must be an array of distributions, got ${formatValue(components)}`);
  }
  if (components.length !== weights.length) {
    throw new RangeError(
      `mixture: components must have as many elements as weights (${weights.length}), got ${components.length}`,
    );
  }
  components.forEach((c: unknown, i) => {
    if (!isDistribution(c)) {
      throw new TypeError(`mixture: components[${i}] must be a distribution (e.g. from lognormal(...)), got ${formatValue(c)}`);
    }
  });
  const list = components.slice() as Distribution[];
  return new Mixture(weights, list, Object.freeze({ weights, components: list.map(toSpec) }));
}
