import type { Distribution } from './distribution';
import type { UniformSource } from '../uniform-source';
import { regularizedGammaP } from '../special/gamma-functions';
import { checkCdfArgument, positive, positiveInteger, readParams } from './validate';

/** Parameters of {@link erlang}: `k` phases, overall `mean` (each phase has mean `mean / k`). */
export interface ErlangParams {
  /** Number of exponential phases, a positive integer. */
  readonly k: number;
  /** Mean of the whole distribution. */
  readonly mean: number;
}

/** Multiply at most this many factors before taking a log (each factor is ≥ 2^-53). */
const CHUNK = 16;

class Erlang implements Distribution {
  readonly kind = 'erlang';
  readonly variance: number;
  private readonly phaseMean: number;
  constructor(
    private readonly k: number,
    readonly mean: number,
    readonly params: Readonly<Record<string, unknown>>,
  ) {
    this.phaseMean = mean / k;
    this.variance = (mean * mean) / k;
  }
  sample(u: UniformSource): number {
    // Sum of k exponentials: −(mean/k) · ln Π(1 − uᵢ), exactly k uniforms, increasing in each.
    let logSum = 0;
    let product = 1;
    for (let i = 1; i <= this.k; i++) {
      product *= 1 - u.next();
      if (i % CHUNK === 0) {
        logSum += Math.log(product);
        product = 1;
      }
    }
    return -this.phaseMean * (logSum + Math.log(product));
  }
  cdf(x: number): number {
    checkCdfArgument(this.kind, x);
    return x <= 0 ? 0 : regularizedGammaP(this.k, x / this.phaseMean);
  }
}

/**
 * Erlang distribution: the sum of `k` independent exponential phases, total mean `mean`
 * (cv = 1/√k). Consumes exactly `k` uniforms per sample.
 *
 * @example erlang({ k: 3, mean: 120 })
 * @throws RangeError / TypeError naming the bad parameter
 */
export function erlang(params: ErlangParams): Distribution {
  const { given } = readParams('erlang', params, [['k', 'mean']]);
  const k = positiveInteger('erlang', 'k', given['k']);
  const mean = positive('erlang', 'mean', given['mean']);
  return new Erlang(k, mean, Object.freeze(given));
}
