import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { checkCdfArgument, nonNegative, readParams } from './validate';

/** Parameters of {@link uniform}: 0 ≤ min ≤ max. */
export interface UniformParams {
  /** Lower bound, a non-negative finite number. */
  readonly min: number;
  /** Upper bound, a finite number ≥ min. */
  readonly max: number;
}

class Uniform implements Distribution {
  readonly kind = 'uniform';
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;
  constructor(
    private readonly min: number,
    private readonly max: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }
  sample(u: UniformSource): number {
    return this.min + this.width * u.next();
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    if (x >= this.max) return 1;
    if (x < this.min) return 0;
    return (x - this.min) / this.width;
  }
}

/**
 * Continuous uniform distribution on [min, max]; one uniform per sample. `min === max` is
 * allowed (a constant).
 *
 * @throws RangeError / TypeError naming the bad parameter
 */
export function uniform(params: UniformParams): Distribution {
  const { given } = readParams('uniform', params, [['min', 'max']]);
  const min = nonNegative('uniform', 'min', given['min']);
  const max = nonNegative('uniform', 'max', given['max']);
  if (!(min <= max)) throw new RangeError(`uniform: min ≤ max required, got min=${min} max=${max}`);
  return new Uniform(min, max, Object.freeze(given));
}
