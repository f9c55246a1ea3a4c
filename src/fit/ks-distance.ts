import { checkSampleArray, sampleAt } from './validate';

/**
 * Kolmogorov–Smirnov distance between the empirical distribution of `samples` and a CDF:
 * D = sup over x of |Fₙ(x) − F(x)|, evaluated at the sorted samples (both sides of each step).
 * For a continuous F fixed in advance, D exceeds 1.36/√n with probability about 5 % (1.63/√n:
 * 1 %). With F fitted from the same samples the test is conservative (Lilliefors): D comes out
 * smaller than those bounds suggest. Ties (rounded data such as whole seconds) make Fₙ jump by
 * more than 1/n, which the formula handles: equal samples are compared once, after the jump.
 *
 * @param samples - finite numbers, at least one
 * @param cdf - P(X ≤ x), returning values in [0, 1]
 * @throws RangeError on no samples, a non-finite sample, or a CDF value outside [0, 1];
 *   TypeError on wrong types
 * @example
 * const fitted = fromSpec(fitLognormal(handleTimes).spec);
 * ksDistance(handleTimes, (x) => fitted.cdf(x)); // e.g. 0.04
 */
export function ksDistance(samples: ArrayLike<number>, cdf: (x: number) => number): number {
  const owner = 'ksDistance';
  const n = checkSampleArray(owner, 'samples', samples);
  if (n === 0) throw new RangeError(`${owner}: samples must not be empty, got no samples`);
  if (typeof cdf !== 'function') throw new TypeError(`${owner}: cdf must be a function, got ${typeof cdf}`);
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = sampleAt(owner, 'samples', samples, i, Number.isFinite, 'a finite number');
  sorted.sort();
  let d = 0;
  let i = 0;
  while (i < n) {
    const x = sorted[i] as number;
    let j = i + 1;
    // Past the end sorted[j] is undefined, never equal to x: the loop stops at n.
    while (sorted[j] === x) j++;
    const f = cdf(x);
    if (typeof f !== 'number' || !(f >= 0 && f <= 1)) throw new RangeError(`${owner}: cdf(${x}) must be a number in [0, 1], got ${f}`);
    // Just below x the empirical CDF is i/n; at x it is j/n.
    d = Math.max(d, f - i / n, j / n - f);
    i = j;
  }
  return d;
}
