import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { checkCdfArgument, nonNegative, readParams } from './validate';

/** Parameters of {@link triangular}: 0 ≤ min ≤ mode ≤ max, min < max. */
export interface TriangularParams {
  /** Lower bound, a non-negative finite number. */
  readonly min: number;
  /** Most likely value. */
  readonly mode: number;
  /** Upper bound. */
  readonly max: number;
}

class Triangular implements Distribution {
  readonly kind = 'triangular';
  readonly mean: number;
  readonly variance: number;
  /** F(mode). */
  private readonly split: number;
  private readonly left: number;
  private readonly right: number;
  constructor(
    private readonly min: number,
    private readonly mode: number,
    private readonly max: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    const width = max - min;
    this.split = (mode - min) / width;
    this.left = width * (mode - min);
    this.right = width * (max - mode);
    this.mean = (min + mode + max) / 3;
    this.variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
  }
  sample(u: UniformSource): number {
    const v = u.next();
    return v < this.split
      ? this.min + Math.sqrt(v * this.left)
      : this.max - Math.sqrt((1 - v) * this.right);
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    if (x <= this.min) return 0;
    if (x >= this.max) return 1;
    if (x <= this.mode) return ((x - this.min) * (x - this.min)) / this.left;
    return 1 - ((this.max - x) * (this.max - x)) / this.right;
  }
}

/**
 * Triangular distribution on [min, max] with the given mode (the PERT-style "minimum, most
 * likely, maximum" estimate). Sampled by inversion with one uniform.
 *
 * @throws RangeError / TypeError naming the bad parameter, e.g.
 *   `triangular: min ≤ mode ≤ max required, got min=5 mode=2 max=9`
 */
export function triangular(params: TriangularParams): Distribution {
  const { given } = readParams('triangular', params, [['min', 'mode', 'max']]);
  const min = nonNegative('triangular', 'min', given['min']);
  const mode = nonNegative('triangular', 'mode', given['mode']);
  const max = nonNegative('triangular', 'max', given['max']);
  if (!(min <= mode && mode <= max)) {
    throw new RangeError(`triangular: min ≤ mode ≤ max required, got min=${min} mode=${mode} max=${max}`);
  }
  if (!(min < max)) {
    throw new RangeError(`triangular: min < max required, got min=${min} mode=${mode} max=${max}`);
  }
  return new Triangular(min, mode, max, Object.freeze(given));
}
