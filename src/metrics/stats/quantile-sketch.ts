import { DenseBucketStore } from './dense-bucket-store';
import { quantileRank } from './quantile-rank';
import {
  asRecord,
  assertFinite,
  assertNonNegative,
  assertPositive,
  readFinite,
  readFiniteArray,
  readFiniteOrNull,
} from './validate';

/** Options of a {@link QuantileSketch}. All optional; sketches merge only if all three are equal. */
export interface QuantileSketchOptions {
  /** Relative accuracy α of returned quantiles, in (0, 0.5]. @default 0.01 */
  readonly relativeAccuracy?: number;
  /** Smallest positive value resolved with relative accuracy; smaller positive values share its bucket. @default 1e-6 */
  readonly minValue?: number;
  /** Largest value accepted; `add` throws a `RangeError` above it. @default 1e8 */
  readonly maxValue?: number;
}

/** Plain-JSON form of a {@link QuantileSketch}; canonical, so equal sketches give equal JSON. */
export interface QuantileSketchJSON {
  /** Relative accuracy α. */
  readonly relativeAccuracy: number;
  /** Smallest positive value resolved with relative accuracy. */
  readonly minValue: number;
  /** Largest value accepted. */
  readonly maxValue: number;
  /** Weight recorded at exactly 0. */
  readonly zeroCount: number;
  /** Smallest recorded value, `null` when empty. */
  readonly min: number | null;
  /** Largest recorded value, `null` when empty. */
  readonly max: number | null;
  /** Bucket index of `counts[0]` (0 when `counts` is empty). */
  readonly firstIndex: number;
  /** Weights of consecutive buckets from `firstIndex`; first and last entries are non-zero. */
  readonly counts: readonly number[];
}

/**
 * Quantiles (p50, p80, p90, p95, p99, max) of non-negative values such as waits and handle times,
 * in bounded memory, deterministic and exactly mergeable — a DDSketch-style log histogram
 * (Masson, Rim & Lee, VLDB 2019) with an exact bucket for zero.
 *
 * **Buckets.** With γ = (1 + α)/(1 − α), bucket i holds the positive values in (γ^(i−1), γ^i] and
 * answers with 2γ^i/(γ + 1), which is within α·x of every x in the bucket. Exact zeros (contacts
 * answered at once — often the largest group, decisive for p50 and service level) get their own
 * exact bucket. The index range is fixed by `minValue` and `maxValue`, so memory is bounded by
 * `ceil(ln(maxValue/minValue)/ln γ) + 2` buckets of 8 bytes; with the defaults (α = 1 %,
 * [1e−6, 1e8] s) that is at most 1,614 buckets ≈ 12.9 KB, and only the occupied span is allocated.
 *
 * **Quantile definition.** `quantile(q)` estimates the value at rank max(1, ceil(q·n)) of the
 * ascending sample (see {@link quantileRank}); `quantile(0)` and `quantile(1)` return the exact
 * min and max.
 *
 * **Error bound.** If v is that exact sample quantile and v̂ the answer: v̂ = 0 when v = 0;
 * |v̂ − v| ≤ α·v when v ≥ minValue (up to floating-point rounding, ~1e−15 relative); and
 * 0 < v̂ ≤ (1 + α)·minValue when 0 < v < minValue. Answers are also clamped to [min, max].
 *
 * **Merge.** Buckets add up; with integer weights the merge of sketches is *identical* to the
 * sketch of the concatenated data, whatever the split or order.
 *
 * **Empty.** With no data, `quantile` and `fractionAtMost` return 0 and `min`/`max` are 0; these
 * zeros are not data — check {@link QuantileSketch.isEmpty} or `count`.
 */
export class QuantileSketch {
  /** Relative accuracy α. */
  readonly relativeAccuracy: number;
  /** Smallest positive value resolved with relative accuracy. */
  readonly minValue: number;
  /** Largest accepted value. */
  readonly maxValue: number;
  readonly #gamma: number;
  readonly #logGamma: number;
  readonly #store: DenseBucketStore;
  #zeroCount = 0;
  #count = 0;
  #min = Infinity;
  #max = -Infinity;

  /** Creates an empty sketch; see {@link QuantileSketchOptions}. */
  constructor(options: QuantileSketchOptions = {}) {
    const where = 'QuantileSketch';
    const alpha = options.relativeAccuracy ?? 0.01;
    const minValue = options.minValue ?? 1e-6;
    const maxValue = options.maxValue ?? 1e8;
    assertPositive(where, 'relativeAccuracy', alpha);
    if (alpha > 0.5) throw new RangeError(`${where}: relativeAccuracy must be at most 0.5, got ${alpha}`);
    assertPositive(where, 'minValue', minValue);
    assertPositive(where, 'maxValue', maxValue);
    if (!(maxValue > minValue)) {
      throw new RangeError(`${where}: maxValue (${maxValue}) must be greater than minValue (${minValue})`);
    }
    this.relativeAccuracy = alpha;
    this.minValue = minValue;
    this.maxValue = maxValue;
    this.#gamma = (1 + alpha) / (1 - alpha);
    this.#logGamma = Math.log1p((2 * alpha) / (1 - alpha));
    this.#store = new DenseBucketStore(this.#rawIndex(minValue), this.#rawIndex(maxValue) + 1);
  }

  /** Upper bound on the number of positive buckets this sketch can ever allocate. */
  get maxBucketCount(): number {
    return this.#store.maxIndex - this.#store.minIndex + 1;
  }

  /** Number of positive buckets currently allocated (≤ {@link QuantileSketch.maxBucketCount}). */
  get allocatedBucketCount(): number {
    return this.#store.allocated;
  }

  /**
   * Records `x` (a value in [0, maxValue]) with `weight` (a positive finite number, default 1).
   * Throws a `RangeError` for negative, non-finite or too large values.
   */
  add(x: number, weight = 1): this {
    if (typeof x !== 'number' || !(x >= 0 && x <= this.maxValue)) this.#rejectValue(x);
    // Stryker disable next-line ConditionalExpression: assertPositive accepts a weight of 1; the test only skips the call
    if (weight !== 1) assertPositive('QuantileSketch.add', 'weight', weight);
    if (x === 0) this.#zeroCount += weight;
    else this.#store.add(this.#index(x), weight);
    this.#count += weight;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (x < this.#min) this.#min = x;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (x > this.#max) this.#max = x;
    return this;
  }

  /**
   * The bucket a positive `x` (at most `maxValue`) falls in. With {@link QuantileSketch.addInBucket}
   * it records one value in several sketches of equal options for one logarithm.
   */
  bucketOf(x: number): number {
    return this.#index(x);
  }

  /**
   * Records `x` with weight 1, exactly as `add(x)` does, given `bucket`, the
   * {@link QuantileSketch.bucketOf} `x` of a sketch with the same options (ignored when `x` is 0).
   * Throws a `RangeError` for negative, non-finite or too large values.
   */
  addInBucket(x: number, bucket: number): this {
    if (typeof x !== 'number' || !(x >= 0 && x <= this.maxValue)) this.#rejectValue(x);
    if (x === 0) this.#zeroCount += 1;
    else this.#store.add(bucket, 1);
    this.#count += 1;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (x < this.#min) this.#min = x;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (x > this.#max) this.#max = x;
    return this;
  }

  /** Total recorded weight (the number of values with unit weights). */
  get count(): number {
    return this.#count;
  }

  /** Weight recorded at exactly 0. */
  get zeroCount(): number {
    return this.#zeroCount;
  }

  /** `true` when nothing has been recorded. */
  get isEmpty(): boolean {
    return this.#count === 0;
  }

  /** Exact smallest recorded value; 0 when empty. */
  get min(): number {
    return this.#count === 0 ? 0 : this.#min;
  }

  /** Exact largest recorded value; 0 when empty. */
  get max(): number {
    return this.#count === 0 ? 0 : this.#max;
  }

  /**
   * Estimated q-quantile, `q` in [0, 1] (e.g. 0.95 for p95), within the error bound stated on
   * the class. Returns 0 when empty.
   */
  quantile(q: number): number {
    assertFinite('QuantileSketch.quantile', 'q', q);
    if (q < 0 || q > 1) throw new RangeError(`QuantileSketch.quantile: q must be in [0, 1], got ${q}`);
    if (this.#count === 0) return 0;
    if (q === 1) return this.#max;
    const rank = quantileRank(q, this.#count);
    if (rank <= 0) return this.#min;
    let cumulative = this.#zeroCount;
    if (cumulative >= rank) return 0;
    const store = this.#store;
    for (let i = store.low; i <= store.high; i++) {
      cumulative += store.get(i);
      if (cumulative >= rank) return Math.min(this.#max, Math.max(this.#min, this.#value(i)));
    }
    return this.#max;
  }

  /**
   * Approximate fraction of recorded weight at values ≤ `t`: buckets count whole, when their
   * representative value is ≤ t. With F the exact fraction, F(t/(1 + α)) ≤ result ≤ F(t/(1 − α))
   * for t ≥ minValue; exact for t < min, t ≥ max and at t = 0. For exact service levels use
   * {@link ThresholdCounter}. Returns 0 when empty.
   */
  fractionAtMost(t: number): number {
    if (typeof t !== 'number' || Number.isNaN(t)) {
      throw new RangeError(`QuantileSketch.fractionAtMost: t must be a number, got ${String(t)}`);
    }
    if (this.#count === 0 || t < this.#min) return 0;
    if (t >= this.#max) return 1;
    let weight = this.#zeroCount;
    const store = this.#store;
    // Stryker disable next-line ConditionalExpression: past `high` every bucket holds 0, and the representatives grow past t, which ends the loop (also silences the whole condition → `false` and `this.#value(i) <= t` → `true`, which the tests kill)
    for (let i = store.low; i <= store.high && this.#value(i) <= t; i++) weight += store.get(i);
    return weight / this.#count;
  }

  /**
   * Adds every value recorded in `other` (bucket-wise sum). Both sketches must have equal
   * options, else a `RangeError`. `other` is unchanged. Returns `this`.
   */
  merge(other: QuantileSketch): this {
    if (
      other.relativeAccuracy !== this.relativeAccuracy ||
      other.minValue !== this.minValue ||
      other.maxValue !== this.maxValue
    ) {
      throw new RangeError(
        `QuantileSketch.merge: options differ (relativeAccuracy ${this.relativeAccuracy} vs ${other.relativeAccuracy}, ` +
          `minValue ${this.minValue} vs ${other.minValue}, maxValue ${this.maxValue} vs ${other.maxValue})`,
      );
    }
    // Stryker disable next-line ConditionalExpression: a speed-only guard: an empty sketch has no buckets, no zeros, min +∞ and max −∞, so the merge below changes nothing (also silences `true`, which the tests kill)
    if (other.#count === 0) return this;
    const store = other.#store;
    const low = store.low;
    const high = store.high;
    for (let i = low; i <= high; i++) {
      const c = store.get(i);
      if (c !== 0) this.#store.add(i, c);
    }
    this.#zeroCount += other.#zeroCount;
    this.#count += other.#count;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (other.#min < this.#min) this.#min = other.#min;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (other.#max > this.#max) this.#max = other.#max;
    return this;
  }

  /** Canonical plain-JSON state; {@link QuantileSketch.fromJSON} restores it exactly. */
  toJSON(): QuantileSketchJSON {
    const store = this.#store;
    const counts: number[] = [];
    // Stryker disable next-line ConditionalExpression: an empty store's low (1) is above its high (0), so the loop adds nothing either (also silences `false` and the loop's `false`, which the tests kill)
    if (!store.isEmpty) for (let i = store.low; i <= store.high; i++) counts.push(store.get(i));
    return {
      relativeAccuracy: this.relativeAccuracy,
      minValue: this.minValue,
      maxValue: this.maxValue,
      zeroCount: this.#zeroCount,
      min: this.#count === 0 ? null : this.#min,
      max: this.#count === 0 ? null : this.#max,
      firstIndex: store.isEmpty ? 0 : store.low,
      counts,
    };
  }

  /** Rebuilds a sketch from {@link QuantileSketch.toJSON} output, validating every field. */
  static fromJSON(json: unknown): QuantileSketch {
    const where = 'QuantileSketch.fromJSON';
    const r = asRecord(where, json);
    const sketch = new QuantileSketch({
      relativeAccuracy: readFinite(where, r, 'relativeAccuracy'),
      minValue: readFinite(where, r, 'minValue'),
      maxValue: readFinite(where, r, 'maxValue'),
    });
    const zeroCount = readFinite(where, r, 'zeroCount');
    assertNonNegative(where, 'zeroCount', zeroCount);
    const firstIndex = readFinite(where, r, 'firstIndex');
    if (!Number.isInteger(firstIndex)) throw new RangeError(`${where}: firstIndex must be an integer, got ${firstIndex}`);
    const counts = readFiniteArray(where, r, 'counts');
    const store = sketch.#store;
    if (counts.length > 0 && (firstIndex < store.minIndex || firstIndex + counts.length - 1 > store.maxIndex)) {
      throw new RangeError(`${where}: buckets ${firstIndex}..${firstIndex + counts.length - 1} lie outside ${store.minIndex}..${store.maxIndex}`);
    }
    let total = zeroCount;
    counts.forEach((c, k) => {
      assertNonNegative(where, `counts[${k}]`, c);
      if (c > 0) store.add(firstIndex + k, c);
      total += c;
    });
    const min = readFiniteOrNull(where, r, 'min');
    const max = readFiniteOrNull(where, r, 'max');
    const nullsWrong = `${where}: min and max must be null exactly when the sketch is empty`;
    if (total === 0) {
      if (min !== null || max !== null) throw new RangeError(nullsWrong);
    } else {
      if (min === null || max === null) throw new RangeError(nullsWrong);
      if (min < 0 || min > max || max > sketch.maxValue) {
        throw new RangeError(`${where}: need 0 ≤ min ≤ max ≤ maxValue, got min ${min}, max ${max}`);
      }
      sketch.#min = min;
      sketch.#max = max;
    }
    sketch.#zeroCount = zeroCount;
    sketch.#count = total;
    return sketch;
  }

  #rejectValue(x: number): never {
    assertNonNegative('QuantileSketch.add', 'x', x);
    throw new RangeError(`QuantileSketch.add: x must be at most maxValue (${this.maxValue}), got ${x}`);
  }

  /** ceil(log_γ x) without clamping. */
  #rawIndex(x: number): number {
    return Math.ceil(Math.log(x) / this.#logGamma);
  }

  /** Bucket of a positive value; values below the first bucket share it. */
  #index(x: number): number {
    const i = this.#rawIndex(x);
    const min = this.#store.minIndex;
    // Stryker disable next-line EqualityOperator: at i = min both branches give min (also silences `>=`, which the tests kill)
    return i < min ? min : i;
  }

  /** Representative value of bucket i, 2γ^i/(γ + 1). */
  #value(i: number): number {
    return (2 * Math.exp(i * this.#logGamma)) / (this.#gamma + 1);
  }
}
