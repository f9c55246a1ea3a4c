/** A source of uniform variates in the open interval (0, 1). */
export interface UniformSource {
  /** The next uniform variate, strictly between 0 and 1 (never exactly 0 or 1). */
  next(): number;
}

/**
 * Checks the outcome count of a `nextInt(n)` call (shared by {@link RandomStream} and
 * {@link FixedUniformSource}).
 *
 * @param n - number of outcomes; must be an integer in [1, 2^32]
 * @param owner - class name used in the error message
 * @throws RangeError if `n` is not an integer in [1, 2^32]
 */
export function checkOutcomeCount(n: number, owner: string): void {
  if (!(n >= 1 && n <= 4294967296 && Math.floor(n) === n)) {
    throw new RangeError(`${owner}.nextInt: n must be an integer in [1, 2^32], got ${String(n)}`);
  }
}
