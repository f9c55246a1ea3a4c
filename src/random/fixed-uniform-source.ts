import { checkOutcomeCount } from './uniform-source';
import type { UniformSource } from './uniform-source';

/**
 * A test double for a random stream: returns the given values in order, cycling back to the
 * first after the last. Makes routing and sampling tests exact, e.g.
 *
 * ```ts
 * const u = new FixedUniformSource([0.25, 0.75]);
 * exponential({ mean: 10 }).sample(u); // 10 * -ln(1 - 0.25)
 * ```
 */
export class FixedUniformSource implements UniformSource {
  private readonly values: readonly number[];
  private position = 0;
  private count = 0;

  /**
   * @param values - one or more numbers in the open interval (0, 1)
   * @throws RangeError if `values` is empty or holds a number outside (0, 1)
   */
  constructor(values: readonly number[]) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new RangeError('FixedUniformSource: values must be a non-empty array of numbers in (0, 1)');
    }
    values.forEach((v, i) => {
      if (typeof v !== 'number' || !(v > 0 && v < 1)) {
        throw new RangeError(
          `FixedUniformSource: values must be numbers in the open interval (0, 1), got ${String(v)} at index ${i}`,
        );
      }
    });
    this.values = values.slice();
  }

  /** The next value, cycling through the list. */
  next(): number {
    const v = this.values[this.position] as number;
    this.position = (this.position + 1) % this.values.length;
    this.count++;
    return v;
  }

  /** How many values have been drawn so far (counting across cycles). */
  get draws(): number {
    return this.count;
  }

  /**
   * An integer in [0, n), computed from the next value exactly as {@link RandomStream.nextInt}
   * does: `Math.floor(u * n)`.
   * @param n - number of outcomes, an integer in [1, 2^32]
   */
  nextInt(n: number): number {
    checkOutcomeCount(n, 'FixedUniformSource');
    return Math.floor(this.next() * n);
  }

  /** Restarts from the first value and resets {@link FixedUniformSource.draws}. */
  reset(): void {
    this.position = 0;
    this.count = 0;
  }
}
