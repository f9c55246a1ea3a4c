import { asRecord, assertFinite, readBoolean, readFinite, readFiniteOrNull } from './validate';

/** Plain-JSON form of a {@link TimeWeightedStats}. */
export interface TimeWeightedStatsJSON {
  /** Integral of the value over the accumulated (closed) time. */
  readonly integral: number;
  /** Accumulated (closed) time. */
  readonly duration: number;
  /** Time of the last update (end of the closed time). */
  readonly lastTime: number;
  /** Value held since `lastTime`. */
  readonly value: number;
  /** Smallest value held, `null` if none (an {@link TimeWeightedStats.empty} accumulator). */
  readonly min: number | null;
  /** Largest value held, `null` if none. */
  readonly max: number | null;
  /** `true` once `finalize` was called; no further updates are accepted. */
  readonly finalized: boolean;
}

/**
 * Time average of a piecewise-constant quantity — waiting-queue length, busy agents, occupancy —
 * in O(1) memory: the accumulator holds the integral ∫ value dt and the elapsed duration.
 *
 * Lifecycle: construct at the start time with the initial value; call `update(now, value)` at each
 * change (times never go back); optionally `reset(now)` at the end of the warm-up (keeps the
 * current value, clears the integral, duration, min and max); `finalize(now)` at the end of the
 * run closes the last span. Only finalized accumulators can be merged *into* another one; merging
 * adds integrals and durations, so the merged mean is the duration-weighted mean of the parts.
 *
 * `min` and `max` cover every value held during the observation window, including values held
 * for zero time (a queue that grows to 5 and drains at the same instant reached 5).
 *
 * **Empty.** While no time has elapsed (`duration` 0), `mean` returns 0; check `isEmpty`.
 */
export class TimeWeightedStats {
  #integral = 0;
  #duration = 0;
  #lastTime: number;
  #value: number;
  #min: number;
  #max: number;
  #finalized = false;

  /**
   * @param startTime time the observation starts (default 0).
   * @param initialValue value held from `startTime` (default 0).
   */
  constructor(startTime = 0, initialValue = 0) {
    assertFinite('TimeWeightedStats', 'startTime', startTime);
    assertFinite('TimeWeightedStats', 'initialValue', initialValue);
    this.#lastTime = startTime;
    this.#value = initialValue;
    this.#min = initialValue;
    this.#max = initialValue;
  }

  /** A finalized accumulator with nothing in it: the neutral start for merging replications. */
  static empty(): TimeWeightedStats {
    const stats = new TimeWeightedStats();
    stats.#min = Infinity;
    stats.#max = -Infinity;
    stats.#finalized = true;
    return stats;
  }

  /** Records that the quantity changes to `value` at time `now` (≥ the last update time). */
  update(now: number, value: number): this {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(value)) assertFinite('TimeWeightedStats.update', 'value', value);
    this.#advance(now, 'update');
    this.#value = value;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (value < this.#min) this.#min = value;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (value > this.#max) this.#max = value;
    return this;
  }

  /** Records that the quantity changes by `delta` at time `now` (e.g. +1 when a contact queues). */
  adjust(now: number, delta: number): this {
    assertFinite('TimeWeightedStats.adjust', 'delta', delta);
    return this.update(now, this.#value + delta);
  }

  /** End of warm-up: closes the span up to `now`, then forgets everything but the current value. */
  reset(now: number): this {
    this.#advance(now, 'reset');
    this.#integral = 0;
    this.#duration = 0;
    this.#min = this.#value;
    this.#max = this.#value;
    return this;
  }

  /** End of observation: closes the span up to `now`; later updates throw. Returns `this`. */
  finalize(now: number): this {
    this.#advance(now, 'finalize');
    this.#finalized = true;
    return this;
  }

  /**
   * Adds the integral, duration, min and max of `other`, which must be finalized (its open span
   * would otherwise be lost). This accumulator's own open span, if any, is kept. Returns `this`.
   */
  merge(other: TimeWeightedStats): this {
    if (!other.#finalized) {
      throw new RangeError('TimeWeightedStats.merge: other is not finalized; call other.finalize(now) first');
    }
    this.#integral += other.#integral;
    this.#duration += other.#duration;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (other.#min < this.#min) this.#min = other.#min;
    // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (0 and −0 compare equal and serialize alike)
    if (other.#max > this.#max) this.#max = other.#max;
    return this;
  }

  /** Current value (held since `lastTime`). */
  get value(): number {
    return this.#value;
  }

  /** Time of the last update, reset or finalize. */
  get lastTime(): number {
    return this.#lastTime;
  }

  /** `true` after `finalize`. */
  get isFinalized(): boolean {
    return this.#finalized;
  }

  /** `true` while no time has been accumulated; `mean` is then 0, which is not data. */
  get isEmpty(): boolean {
    return this.#duration === 0;
  }

  /** Largest value held; 0 for an empty() accumulator that never merged anything. */
  get max(): number {
    return this.#max === -Infinity ? 0 : this.#max;
  }

  /** Smallest value held; 0 for an empty() accumulator that never merged anything. */
  get min(): number {
    return this.#min === Infinity ? 0 : this.#min;
  }

  /**
   * ∫ value dt over the observation, up to `now` (default: the last update time). For an open
   * accumulator `now` must be ≥ `lastTime`; a finalized one ignores `now`.
   */
  integral(now?: number): number {
    return this.#integral + this.#value * this.#tail(now, 'integral');
  }

  /** Observed time up to `now` (default: the last update time); see {@link TimeWeightedStats.integral}. */
  duration(now?: number): number {
    return this.#duration + this.#tail(now, 'duration');
  }

  /** Time average `integral(now) / duration(now)`; 0 when no time has elapsed. */
  mean(now?: number): number {
    const tail = this.#tail(now, 'mean');
    const duration = this.#duration + tail;
    return duration === 0 ? 0 : (this.#integral + this.#value * tail) / duration;
  }

  /** Plain-JSON state; {@link TimeWeightedStats.fromJSON} restores it exactly. */
  toJSON(): TimeWeightedStatsJSON {
    const none = this.#max === -Infinity;
    return {
      integral: this.#integral,
      duration: this.#duration,
      lastTime: this.#lastTime,
      value: this.#value,
      min: none ? null : this.#min,
      max: none ? null : this.#max,
      finalized: this.#finalized,
    };
  }

  /** Rebuilds an accumulator from {@link TimeWeightedStats.toJSON} output, validating every field. */
  static fromJSON(json: unknown): TimeWeightedStats {
    const where = 'TimeWeightedStats.fromJSON';
    const r = asRecord(where, json);
    const stats = new TimeWeightedStats(readFinite(where, r, 'lastTime'), readFinite(where, r, 'value'));
    const duration = readFinite(where, r, 'duration');
    if (duration < 0) throw new RangeError(`${where}: duration must be non-negative, got ${duration}`);
    const min = readFiniteOrNull(where, r, 'min');
    const max = readFiniteOrNull(where, r, 'max');
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the null tests only narrow the types: with both null, null > null is false, and with one null the first test throws
    if ((min === null) !== (max === null) || (min !== null && max !== null && min > max)) {
      throw new RangeError(`${where}: min and max must both be null or satisfy min ≤ max, got ${min} and ${max}`);
    }
    stats.#integral = readFinite(where, r, 'integral');
    stats.#duration = duration;
    stats.#min = min ?? Infinity;
    stats.#max = max ?? -Infinity;
    stats.#finalized = readBoolean(where, r, 'finalized');
    return stats;
  }

  #advance(now: number, method: string): void {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(now)) assertFinite(`TimeWeightedStats.${method}`, 'now', now);
    if (this.#finalized) {
      throw new RangeError(`TimeWeightedStats.${method}: already finalized at ${this.#lastTime}`);
    }
    const span = now - this.#lastTime;
    if (span < 0) {
      throw new RangeError(`TimeWeightedStats.${method}: now (${now}) is before the last update (${this.#lastTime})`);
    }
    this.#integral += this.#value * span;
    this.#duration += span;
    this.#lastTime = now;
  }

  #tail(now: number | undefined, method: string): number {
    if (now === undefined || this.#finalized) return 0;
    assertFinite(`TimeWeightedStats.${method}`, 'now', now);
    const span = now - this.#lastTime;
    if (span < 0) {
      throw new RangeError(`TimeWeightedStats.${method}: now (${now}) is before the last update (${this.#lastTime})`);
    }
    return span;
  }
}
