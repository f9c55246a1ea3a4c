import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { checkCdfArgument, positive, positiveArray, probabilities, readParams } from './validate';

/**
 * Parameters of {@link hyperexponential}: phase `probabilities` (summing to 1) and the phase
 * `means`, or an overall `mean` and `cv` ≥ 1 for a two-phase fit with balanced means.
 */
export type HyperexponentialParams =
  | {
      readonly probabilities: readonly number[];
      readonly means: readonly number[];
      readonly mean?: never;
      readonly cv?: never;
    }
  | {
      readonly mean: number;
      readonly cv: number;
      readonly probabilities?: never;
      readonly means?: never;
    };

/** Parameters of {@link hyperexponentialFromMeanCv}. */
export interface MeanCvParams {
  /** Overall mean. */
  readonly mean: number;
  /** Coefficient of variation, at least 1. */
  readonly cv: number;
}

class Hyperexponential implements Distribution {
  readonly kind = 'hyperexponential';
  readonly mean: number;
  readonly variance: number;
  /** Cumulative phase probabilities; the last is forced to exactly 1. */
  private readonly cumulative: Float64Array;
  private readonly means: Float64Array;
  constructor(
    private readonly probabilities: readonly number[],
    means: readonly number[],
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    const n = probabilities.length;
    this.means = Float64Array.from(means);
    this.cumulative = new Float64Array(n);
    let acc = 0;
    let mean = 0;
    let second = 0;
    for (let i = 0; i < n; i++) {
      const p = probabilities[i] as number;
      const m = means[i] as number;
      acc += p;
      this.cumulative[i] = acc;
      mean += p * m;
      second += 2 * p * m * m;
    }
    this.cumulative[n - 1] = 1;
    this.mean = mean;
    this.variance = Math.max(0, second - mean * mean);
  }
  sample(u: UniformSource): number {
    const v = u.next();
    let i = 0;
    while (v >= (this.cumulative[i] as number)) i++;
    return -(this.means[i] as number) * Math.log(1 - u.next());
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    if (x <= 0) return 0;
    let f = 0;
    for (let i = 0; i < this.means.length; i++) {
      f -= (this.probabilities[i] as number) * Math.expm1(-x / (this.means[i] as number));
    }
    return f;
  }
}

/** Two-phase balanced-means fit: p₁ = (1 + √((cv²−1)/(cv²+1)))/2, meanᵢ = mean/(2pᵢ). */
function balancedMeans(mean: number, cv: number): { probabilities: number[]; means: number[] } {
  const c2 = cv * cv;
  const p1 = (1 + Math.sqrt((c2 - 1) / (c2 + 1))) / 2;
  const p2 = 1 - p1;
  return { probabilities: [p1, p2], means: [mean / (2 * p1), mean / (2 * p2)] };
}

/**
 * Hyperexponential distribution: with probability pᵢ an exponential with mean meanᵢ (any
 * number of phases). Models handle times more variable than exponential (cv > 1). A sample
 * consumes exactly two uniforms: one picks the phase, one inverts that phase's exponential.
 *
 * With `{ mean, cv }` (cv ≥ 1) it builds the two-phase fit with balanced means
 * (p₁·mean₁ = p₂·mean₂), as {@link hyperexponentialFromMeanCv}; `params` then stay `{ mean, cv }`.
 *
 * @example hyperexponential({ probabilities: [0.9, 0.1], means: [120, 900] })
 * @throws RangeError / TypeError naming the bad parameter, e.g.
 *   `hyperexponential: probabilities must sum to 1, got 0.9`
 */
export function hyperexponential(params: HyperexponentialParams): Distribution {
  const kind = 'hyperexponential';
  const { form, given } = readParams(kind, params, [['probabilities', 'means'], ['mean', 'cv']]);
  if (form === 0) {
    const p = probabilities(kind, 'probabilities', given['probabilities']);
    const means = positiveArray(kind, 'means', given['means'], 'probabilities', p.length);
    return new Hyperexponential(p, means, Object.freeze({ probabilities: p, means }));
  }
  const mean = positive(kind, 'mean', given['mean']);
  const cv = positive(kind, 'cv', given['cv']);
  if (!(cv >= 1)) {
    throw new RangeError(`${kind}: cv must be at least 1 (no hyperexponential is less variable than an exponential), got ${cv}`);
  }
  const fit = balancedMeans(mean, cv);
  return new Hyperexponential(fit.probabilities, fit.means, Object.freeze(given));
}

/**
 * Two-phase hyperexponential with the given `mean` and `cv` (≥ 1), using balanced means:
 * p₁ = (1 + √((cv²−1)/(cv²+1)))/2, p₂ = 1 − p₁, meanᵢ = mean / (2pᵢ). cv = 1 gives an
 * exponential. Same as `hyperexponential({ mean, cv })`.
 *
 * @throws RangeError / TypeError naming the bad parameter
 */
export function hyperexponentialFromMeanCv(params: MeanCvParams): Distribution {
  return hyperexponential(params);
}
