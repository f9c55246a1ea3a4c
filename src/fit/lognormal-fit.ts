import { checkSampleArray, sampleAt } from './validate';

/** The maximum-likelihood lognormal of {@link fitLognormal}. */
export interface LognormalFit {
  /** Mean of the logarithms, μ̂. */
  readonly mu: number;
  /** Standard deviation of the logarithms, σ̂ (the MLE: divided by n, not n − 1). */
  readonly sigma: number;
  /** Mean of the fitted distribution, exp(μ̂ + σ̂²/2). */
  readonly mean: number;
  /** Coefficient of variation of the fitted distribution, √(exp(σ̂²) − 1). */
  readonly cv: number;
  /** Number of samples. */
  readonly n: number;
  /** The fit as a scenario distribution: `{ kind: 'lognormal', mean, cv }`. */
  readonly spec: { readonly kind: 'lognormal'; readonly mean: number; readonly cv: number };
}

/**
 * Maximum-likelihood lognormal fit: μ̂ and σ̂ are the mean and (1/n) standard deviation of
 * ln x, reported also as the distribution's mean and cv (the scenario's `lognormal` form).
 * Note the fitted mean exp(μ̂ + σ̂²/2) is not the sample mean; they differ when the data's tail
 * is not lognormal.
 *
 * @param samples - positive, finite observations (e.g. handle times in seconds), at least 2
 *   and not all equal
 * @throws RangeError on fewer than 2 samples, a sample ≤ 0 or not finite, or all samples equal
 *   (σ̂ = 0); TypeError on wrong types
 * @example fitLognormal(handleTimes).spec // { kind: 'lognormal', mean: 201.3, cv: 1.1 }
 */
export function fitLognormal(samples: ArrayLike<number>): LognormalFit {
  const owner = 'fitLognormal';
  const n = checkSampleArray(owner, 'samples', samples);
  if (n < 2) throw new RangeError(`${owner}: samples must hold at least 2 values, got ${n}`);
  const positive = (x: number): boolean => Number.isFinite(x) && x > 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.log(sampleAt(owner, 'samples', samples, i, positive, 'a positive finite number'));
  const mu = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.log(samples[i] as number) - mu;
    squares += d * d;
  }
  const sigma = Math.sqrt(squares / n);
  if (!(sigma > 0)) throw new RangeError(`${owner}: all ${n} samples are equal (${samples[0]}), so the log-spread σ is 0; a lognormal needs σ > 0`);
  const mean = Math.exp(mu + (sigma * sigma) / 2);
  const cv = Math.sqrt(Math.expm1(sigma * sigma));
  return { mu, sigma, mean, cv, n, spec: { kind: 'lognormal', mean, cv } };
}
