import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { boolean, checkCdfArgument, formatValue, readParams } from './validate';

/** Parameters of {@link empirical}. */
export interface EmpiricalParams {
  /** Observed values (non-negative, finite, at least one; two for `interpolate`). */
  readonly samples: readonly number[];
  /**
   * false: resample the observed values (inverse of the step ECDF).
   * true: piecewise-linear inverse ECDF between the sorted values (continuous).
   * @default false
   */
  readonly interpolate?: boolean;
}

/** Index of the first element of sorted `a` greater than `x` (= count of elements ≤ x). */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Empirical implements Distribution {
  readonly kind = 'empirical';
  readonly mean: number;
  readonly variance: number;
  private readonly n: number;
  constructor(
    private readonly sorted: Float64Array,
    private readonly interpolate: boolean,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    const n = sorted.length;
    this.n = n;
    let mean = 0;
    let second = 0;
    if (interpolate) {
      // n − 1 segments of probability 1/(n − 1), each uniform on [x₍ᵢ₎, x₍ᵢ₊₁₎].
      for (let i = 0; i < n - 1; i++) {
        const a = sorted[i] as number;
        const b = sorted[i + 1] as number;
        mean += (a + b) / 2;
        second += (a * a + a * b + b * b) / 3;
      }
      mean /= n - 1;
      second /= n - 1;
    } else {
      for (const x of sorted) {
        mean += x;
        second += x * x;
      }
      mean /= n;
      second /= n;
    }
    this.mean = mean;
    this.variance = Math.max(0, second - mean * mean);
  }
  sample(u: UniformSource): number {
    const v = u.next();
    if (!this.interpolate) {
      const j = Math.floor(v * this.n);
      return this.sorted[j < this.n ? j : this.n - 1] as number; // guard: v·n may round up to n
    }
    const t = v * (this.n - 1);
    const i = Math.floor(t);
    if (i >= this.n - 1) return this.sorted[this.n - 1] as number;
    const a = this.sorted[i] as number;
    return a + (t - i) * ((this.sorted[i + 1] as number) - a);
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    const count = upperBound(this.sorted, x);
    if (!this.interpolate) return count / this.n;
    if (count === 0) return 0;
    if (count === this.n) return 1;
    const i = count - 1; // sorted[i] ≤ x < sorted[i + 1]
    const a = this.sorted[i] as number;
    const b = this.sorted[i + 1] as number;
    return (i + (x - a) / (b - a)) / (this.n - 1);
  }
}

const SAMPLES_MESSAGE = 'empirical: samples must be a non-empty array of finite non-negative numbers';

/**
 * Empirical distribution built from observed values. One uniform per sample.
 *
 * - `interpolate: false` (default): draws one of the observed values, each with probability
 *   1/n (inverse of the step ECDF); mean and variance are the sample mean and the
 *   1/n-normalized sample variance.
 * - `interpolate: true`: the continuous distribution whose CDF is linear between consecutive
 *   sorted values, passing through (x₍ᵢ₎, i/(n−1)) for i = 0 … n−1 (Law & Kelton's
 *   "continuous empirical"); it spans [min, max] and needs at least two values. Mean and
 *   variance are those of this piecewise-uniform distribution.
 *
 * @throws RangeError / TypeError, e.g.
 *   `empirical: samples must be a non-empty array of finite non-negative numbers, got -3 at index 2`
 */
export function empirical(params: EmpiricalParams): Distribution {
  const { given } = readParams('empirical', params, [['samples']], ['interpolate']);
  const samples = given['samples'];
  if (!Array.isArray(samples) || samples.length === 0) {
    throw new TypeError(`${SAMPLES_MESSAGE}, got ${formatValue(samples)}`);
  }
  samples.forEach((x: unknown, i) => {
    if (typeof x !== 'number' || !(x >= 0 && x < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`${SAMPLES_MESSAGE}, got ${formatValue(x)} at index ${i}`);
    }
  });
  const interpolate = given['interpolate'] === undefined
    ? false
    : boolean('empirical', 'interpolate', given['interpolate']);
  if (interpolate && samples.length < 2) {
    throw new RangeError('empirical: interpolate needs at least two samples, got 1');
  }
  const sorted = Float64Array.from(samples as number[]).sort();
  const shown: Record<string, unknown> = { samples: samples.slice() };
  if (given['interpolate'] !== undefined) shown['interpolate'] = interpolate;
  return new Empirical(sorted, interpolate, Object.freeze(shown));
}
