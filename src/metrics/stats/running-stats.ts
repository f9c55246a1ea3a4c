import { asRecord, assertCount, assertFinite, readFinite } from './validate';

/** Plain-JSON form of a {@link RunningStats}, as written by `toJSON()`. */
export interface RunningStatsJSON {
  /** Number of observations. */
  readonly count: number;
  /** Running mean (0 when `count` is 0). */
  readonly mean: number;
  /** Sum of squared deviations from the mean (Welford's M2; 0 when `count` < 2). */
  readonly m2: number;
  /** Smallest observation (0 when `count` is 0). */
  readonly min: number;
  /** Largest observation (0 when `count` is 0). */
  readonly max: number;
  /** Sum of observations. */
  readonly sum: number;
}

/**
 * Count, mean, variance, min, max and sum of a stream of numbers in O(1) memory.
 *
 * The mean and variance use Welford's update, which stays accurate when the values share a large
 * offset (e.g. clock times). Two accumulators merge with the parallel formula of Chan, Golub &
 * LeVeque (1979), so per-replication or per-shard results combine into the statistics of the
 * concatenated data (up to floating-point rounding).
 *
 * **Empty and tiny samples.** Reports must never print NaN, so no getter returns NaN:
 * - with `count === 0`, `mean`, `variance`, `min`, `max` and `sum` are all `0`;
 * - with `count === 1`, `variance` (the sample variance, divisor n − 1) is `0`.
 * These zeros are *not* data: check {@link RunningStats.isEmpty} or `count` before reporting them.
 * {@link confidenceInterval} does this and reports `null` half-widths for n < 2.
 *
 * @example
 * ```ts
 * const waits = new RunningStats();
 * for (const w of [0, 12, 30]) waits.add(w);
 * waits.mean; // 14
 * ```
 */
export class RunningStats {
  #count = 0;
  #mean = 0;
  #m2 = 0;
  #min = 0;
  #max = 0;
  #sum = 0;

  /** Adds one observation. Throws a `RangeError` if `x` is not a finite number. */
  add(x: number): this {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite x; the test only skips the call
    if (!Number.isFinite(x)) assertFinite('RunningStats.add', 'x', x);
    const n = this.#count + 1;
    if (n === 1) {
      this.#min = x;
      this.#max = x;
    } else {
      // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
      if (x < this.#min) this.#min = x;
      // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
      if (x > this.#max) this.#max = x;
    }
    const delta = x - this.#mean;
    this.#mean += delta / n;
    this.#m2 += delta * (x - this.#mean);
    this.#sum += x;
    this.#count = n;
    return this;
  }

  /**
   * Adds the observations of `other` to this accumulator (Chan et al. parallel formula).
   * `other` is not modified. Returns `this`.
   */
  merge(other: RunningStats): this {
    const nb = other.#count;
    if (nb === 0) return this;
    const na = this.#count;
    if (na === 0) {
      this.#count = nb;
      this.#mean = other.#mean;
      this.#m2 = other.#m2;
      this.#min = other.#min;
      this.#max = other.#max;
      this.#sum = other.#sum;
      return this;
    }
    const n = na + nb;
    const delta = other.#mean - this.#mean;
    this.#mean += (delta * nb) / n;
    this.#m2 += other.#m2 + ((delta * delta * na) / n) * nb;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (other.#min < this.#min) this.#min = other.#min;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (other.#max > this.#max) this.#max = other.#max;
    this.#sum += other.#sum;
    this.#count = n;
    return this;
  }

  /** Number of observations. */
  get count(): number {
    return this.#count;
  }

  /** `true` when nothing has been added; the other getters then return 0, which is not data. */
  get isEmpty(): boolean {
    return this.#count === 0;
  }

  /** Arithmetic mean; 0 when empty. */
  get mean(): number {
    return this.#mean;
  }

  /** Sample variance with divisor n − 1; 0 when `count` < 2. */
  get variance(): number {
    return this.#count < 2 ? 0 : this.#m2 / (this.#count - 1);
  }

  /** Population variance with divisor n; 0 when empty. */
  get populationVariance(): number {
    return this.#count === 0 ? 0 : this.#m2 / this.#count;
  }

  /** Sample standard deviation, `sqrt(variance)`; 0 when `count` < 2. */
  get standardDeviation(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; 0 when empty. */
  get min(): number {
    return this.#min;
  }

  /** Largest observation; 0 when empty. */
  get max(): number {
    return this.#max;
  }

  /** Sum of observations; 0 when empty. */
  get sum(): number {
    return this.#sum;
  }

  /** An independent copy. */
  clone(): RunningStats {
    return new RunningStats().merge(this);
  }

  /** Plain-JSON state; `RunningStats.fromJSON(JSON.parse(JSON.stringify(s)))` restores `s` exactly. */
  toJSON(): RunningStatsJSON {
    return { count: this.#count, mean: this.#mean, m2: this.#m2, min: this.#min, max: this.#max, sum: this.#sum };
  }

  /** Rebuilds an accumulator from {@link RunningStats.toJSON} output, validating every field. */
  static fromJSON(json: unknown): RunningStats {
    const where = 'RunningStats.fromJSON';
    const record = asRecord(where, json);
    const count = record['count'];
    assertCount(where, 'count', count);
    const mean = readFinite(where, record, 'mean');
    const m2 = readFinite(where, record, 'm2');
    const min = readFinite(where, record, 'min');
    const max = readFinite(where, record, 'max');
    const sum = readFinite(where, record, 'sum');
    if (m2 < 0) throw new RangeError(`${where}: m2 must be non-negative, got ${m2}`);
    if (count === 0 && (mean !== 0 || m2 !== 0 || min !== 0 || max !== 0 || sum !== 0)) {
      throw new RangeError(`${where}: an empty accumulator (count 0) must have mean, m2, min, max and sum 0`);
    }
    if (min > max) throw new RangeError(`${where}: min (${min}) must not exceed max (${max})`);
    const stats = new RunningStats();
    stats.#count = count;
    stats.#mean = mean;
    stats.#m2 = m2;
    stats.#min = min;
    stats.#max = max;
    stats.#sum = sum;
    return stats;
  }
}
