import { asRecord, assertFinite, assertNonNegative, assertPositive, readFiniteArray } from './validate';

/** Plain-JSON form of a {@link ThresholdCounter}. */
export interface ThresholdCounterJSON {
  /** The thresholds, strictly increasing. */
  readonly thresholds: readonly number[];
  /**
   * Weight per band: `counts[j]` holds values in (thresholds[j−1], thresholds[j]] (j = 0: values
   * ≤ thresholds[0]); the last entry holds values above the last threshold.
   */
  readonly counts: readonly number[];
}

/**
 * Exact count of values at or below each of a fixed list of thresholds — the exact companion to
 * {@link QuantileSketch}, because a service level ("answered within 20 s") must be an exact count.
 *
 * A value x counts as "within T" when **x ≤ T** (a contact answered after exactly 20 s is within
 * 20 s). Memory is one `Float64Array` of `thresholds.length + 1` bands; `add` is a binary search.
 * Counts are exact for integer weights (up to 2^53), and merging is exact.
 *
 * **Empty.** `fractionAtMost` returns 0 when nothing was recorded; check `total` or `isEmpty`.
 *
 * @example
 * ```ts
 * const answered = new ThresholdCounter([20, 60]);
 * for (const wait of waits) answered.add(wait);
 * const serviceLevel = answered.fractionAtMost(20);
 * ```
 */
export class ThresholdCounter {
  readonly #thresholds: Float64Array;
  readonly #counts: Float64Array;
  #total = 0;

  /**
   * @param thresholds strictly increasing finite numbers (at least one), e.g. `[20, 30, 60]` seconds.
   */
  constructor(thresholds: readonly number[]) {
    const where = 'ThresholdCounter';
    if (!Array.isArray(thresholds) || thresholds.length === 0) {
      throw new RangeError(`${where}: thresholds must be a non-empty array of numbers`);
    }
    thresholds.forEach((t, j) => {
      assertFinite(where, `thresholds[${j}]`, t);
      if (j > 0 && !(t > thresholds[j - 1]!)) {
        throw new RangeError(`${where}: thresholds must be strictly increasing, got ${thresholds[j - 1]} then ${t}`);
      }
    });
    this.#thresholds = Float64Array.from(thresholds);
    this.#counts = new Float64Array(thresholds.length + 1);
  }

  /** The thresholds, in increasing order (a copy). */
  get thresholds(): number[] {
    return Array.from(this.#thresholds);
  }

  /** Total recorded weight, including values above every threshold. */
  get total(): number {
    return this.#total;
  }

  /** `true` when nothing has been recorded. */
  get isEmpty(): boolean {
    return this.#total === 0;
  }

  /** Records `x` (finite) with `weight` (positive finite, default 1). */
  add(x: number, weight = 1): this {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(x)) assertFinite('ThresholdCounter.add', 'x', x);
    // Stryker disable next-line ConditionalExpression: assertPositive accepts a weight of 1; the test only skips the call
    if (weight !== 1) assertPositive('ThresholdCounter.add', 'weight', weight);
    const t = this.#thresholds;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x <= t[mid]!) hi = mid;
      else lo = mid + 1;
    }
    this.#counts[lo]! += weight;
    this.#total += weight;
    return this;
  }

  /** Exact weight of values ≤ `threshold`, which must be one of the configured thresholds. */
  countAtMost(threshold: number): number {
    const j = this.#indexOf(threshold, 'countAtMost');
    let sum = 0;
    for (let k = 0; k <= j; k++) sum += this.#counts[k]!;
    return sum;
  }

  /** Exact weight of values > `threshold`, which must be one of the configured thresholds. */
  countAbove(threshold: number): number {
    const j = this.#indexOf(threshold, 'countAbove');
    let sum = 0;
    for (let k = j + 1; k < this.#counts.length; k++) sum += this.#counts[k]!;
    return sum;
  }

  /** `countAtMost(threshold) / total`; 0 when empty. */
  fractionAtMost(threshold: number): number {
    const count = this.countAtMost(threshold);
    return this.#total === 0 ? 0 : count / this.#total;
  }

  /** Adds the counts of `other`, which must have identical thresholds. Returns `this`. */
  merge(other: ThresholdCounter): this {
    const a = this.#thresholds;
    const b = other.#thresholds;
    if (a.length !== b.length || a.some((t, j) => t !== b[j])) {
      throw new RangeError(
        `ThresholdCounter.merge: thresholds differ ([${Array.from(a).join(', ')}] vs [${Array.from(b).join(', ')}])`,
      );
    }
    const counts = Array.from(other.#counts);
    counts.forEach((c, j) => (this.#counts[j]! += c));
    this.#total += other.#total;
    return this;
  }

  /** Plain-JSON state; {@link ThresholdCounter.fromJSON} restores it exactly. */
  toJSON(): ThresholdCounterJSON {
    return { thresholds: Array.from(this.#thresholds), counts: Array.from(this.#counts) };
  }

  /** Rebuilds a counter from {@link ThresholdCounter.toJSON} output, validating every field. */
  static fromJSON(json: unknown): ThresholdCounter {
    const where = 'ThresholdCounter.fromJSON';
    const r = asRecord(where, json);
    const counter = new ThresholdCounter(readFiniteArray(where, r, 'thresholds'));
    const counts = readFiniteArray(where, r, 'counts');
    if (counts.length !== counter.#counts.length) {
      throw new RangeError(`${where}: counts must have thresholds.length + 1 = ${counter.#counts.length} entries, got ${counts.length}`);
    }
    counts.forEach((c, j) => {
      assertNonNegative(where, `counts[${j}]`, c);
      counter.#counts[j] = c;
      counter.#total += c;
    });
    return counter;
  }

  #indexOf(threshold: number, method: string): number {
    const j = this.#thresholds.indexOf(threshold);
    if (j < 0) {
      throw new RangeError(
        `ThresholdCounter.${method}: ${threshold} is not a configured threshold; known thresholds are [${Array.from(this.#thresholds).join(', ')}]`,
      );
    }
    return j;
  }
}
