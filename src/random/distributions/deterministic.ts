import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { checkCdfArgument, nonNegative, readParams } from './validate';

/** Parameters of {@link deterministic}. */
export interface DeterministicParams {
  /** The constant value, a non-negative finite number. */
  readonly value: number;
}

class Deterministic implements Distribution {
  readonly kind = 'deterministic';
  readonly variance = 0;
  constructor(
    readonly mean: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {}
  sample(u: UniformSource): number {
    u.next(); // keep stream positions aligned with one-uniform distributions
    return this.mean;
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    return x >= this.mean ? 1 : 0;
  }
}

/**
 * A constant. `sample` still draws (and ignores) one uniform, like the inversion samplers, so
 * that swapping a deterministic time for e.g. an exponential one leaves every later draw of the
 * same stream in place (common random numbers).
 *
 * @throws RangeError / TypeError naming the bad parameter
 */
export function deterministic(params: DeterministicParams): Distribution {
  const { given } = readParams('deterministic', params, [['value']]);
  const value = nonNegative('deterministic', 'value', given['value']);
  return new Deterministic(value, Object.freeze(given));
}
