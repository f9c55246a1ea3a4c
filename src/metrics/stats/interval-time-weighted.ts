import { IntervalGrid } from './interval-grid';
import type { IntervalGridJSON } from './interval-grid';
import { asRecord, assertFinite, readBoolean, readFinite, readFiniteArray } from './validate';

/** Plain-JSON form of an {@link IntervalTimeWeighted}. */
export interface IntervalTimeWeightedJSON {
  /** The interval grid. */
  readonly grid: IntervalGridJSON;
  /** ∫ value dt inside each interval. */
  readonly integrals: readonly number[];
  /** Observed time inside each interval. */
  readonly covered: readonly number[];
  /** Time of the last update. */
  readonly lastTime: number;
  /** Value held since `lastTime`. */
  readonly value: number;
  /** `true` once `finalize` was called. */
  readonly finalized: boolean;
}

/**
 * Per-interval time average of a piecewise-constant quantity (waiting-queue length, busy agents
 * per half-hour). A span that crosses interval boundaries is split at the grid boundaries
 * b_k = start + k · intervalLength, so each interval gets exactly its own share. Time outside the
 * grid is ignored. Two `Float64Array`s of `binCount` entries: the integral and the observed
 * ("covered") time per interval, so a partly observed interval (the run ends mid-interval, or
 * replications of unequal length are merged) still gets the right average.
 *
 * Same lifecycle as {@link TimeWeightedStats}: `update` at each change, `finalize(now)` at the
 * end; only finalized accumulators can be merged into another one. Interval queries reflect the
 * time up to the last update.
 *
 * **Empty.** `mean(bin)` is 0 for an interval with no observed time; check `covered(bin)`.
 */
export class IntervalTimeWeighted {
  /** The interval grid. */
  readonly grid: IntervalGrid;
  readonly #integrals: Float64Array;
  readonly #covered: Float64Array;
  #lastTime: number;
  #value: number;
  #finalized = false;
  /** The interval last advanced through and its bounds [b_k, b_(k+1)), to skip `binOf` while inside it. */
  // Stryker disable next-line UnaryOperator: never read before the cache is set: while #binStart is Infinity no time lies in [#binStart, #binEnd)
  #bin = -1;
  #binStart = Infinity;
  // Stryker disable next-line UnaryOperator: while #binStart is Infinity no time lies in [#binStart, #binEnd), whatever #binEnd is
  #binEnd = -Infinity;

  /**
   * @param grid the intervals.
   * @param startTime time the observation starts (default: the grid start).
   * @param initialValue value held from `startTime` (default 0).
   */
  constructor(grid: IntervalGrid, startTime = grid.start, initialValue = 0) {
    assertFinite('IntervalTimeWeighted', 'startTime', startTime);
    assertFinite('IntervalTimeWeighted', 'initialValue', initialValue);
    this.grid = grid;
    this.#integrals = new Float64Array(grid.binCount);
    this.#covered = new Float64Array(grid.binCount);
    this.#lastTime = startTime;
    this.#value = initialValue;
  }

  /** A finalized accumulator with nothing in it: the neutral start for merging replications. */
  static empty(grid: IntervalGrid): IntervalTimeWeighted {
    const series = new IntervalTimeWeighted(grid);
    series.#finalized = true;
    return series;
  }

  /** Records that the quantity changes to `value` at time `now` (≥ the last update time). */
  update(now: number, value: number): this {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(value)) assertFinite('IntervalTimeWeighted.update', 'value', value);
    const last = this.#lastTime;
    // The common case, inline: a valid time within the interval last advanced through (`now` is
    // then finite and not before `last`); anything else takes the full path with its checks.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the full path gives the same sums (tested bit for bit); last >= #binStart always holds once the cache is set (times never go back); at now = #binEnd the span still ends in the cached interval. (The fast path's time-order test is checked by a test that kills its `true` and `now < last`.)
    if (now >= last && now < this.#binEnd && last >= this.#binStart && !this.#finalized) this.#advanceWithinBin(now);
    else this.#advance(now, 'update');
    this.#value = value;
    return this;
  }

  /** Records that the quantity changes by `delta` at time `now`. */
  adjust(now: number, delta: number): this {
    assertFinite('IntervalTimeWeighted.adjust', 'delta', delta);
    return this.update(now, this.#value + delta);
  }

  /** End of observation: closes the span up to `now`; later updates throw. Returns `this`. */
  finalize(now: number): this {
    this.#advance(now, 'finalize');
    this.#finalized = true;
    return this;
  }

  /** Adds integrals and covered time of `other` (finalized, equal grid). Returns `this`. */
  merge(other: IntervalTimeWeighted): this {
    this.grid.assertSame('IntervalTimeWeighted.merge', other.grid);
    if (!other.#finalized) {
      throw new RangeError('IntervalTimeWeighted.merge: other is not finalized; call other.finalize(now) first');
    }
    const integrals = Array.from(other.#integrals);
    const covered = Array.from(other.#covered);
    integrals.forEach((v, k) => (this.#integrals[k]! += v));
    covered.forEach((v, k) => (this.#covered[k]! += v));
    return this;
  }

  /** Current value. */
  get value(): number {
    return this.#value;
  }

  /** Time of the last update or finalize. */
  get lastTime(): number {
    return this.#lastTime;
  }

  /** `true` after `finalize`. */
  get isFinalized(): boolean {
    return this.#finalized;
  }

  /** ∫ value dt inside interval `bin`. */
  integral(bin: number): number {
    return this.#integrals[this.#checkBin(bin, 'integral')]!;
  }

  /** Observed time inside interval `bin`. */
  covered(bin: number): number {
    return this.#covered[this.#checkBin(bin, 'covered')]!;
  }

  /** Time average inside interval `bin`: integral / covered time; 0 when not observed. */
  mean(bin: number): number {
    const k = this.#checkBin(bin, 'mean');
    const covered = this.#covered[k]!;
    return covered === 0 ? 0 : this.#integrals[k]! / covered;
  }

  /** Time averages of all intervals (0 where not observed). */
  means(): number[] {
    return Array.from(this.#integrals, (v, k) => {
      const covered = this.#covered[k]!;
      return covered === 0 ? 0 : v / covered;
    });
  }

  /** Plain-JSON state; {@link IntervalTimeWeighted.fromJSON} restores it exactly. */
  toJSON(): IntervalTimeWeightedJSON {
    return {
      grid: this.grid.toJSON(),
      integrals: Array.from(this.#integrals),
      covered: Array.from(this.#covered),
      lastTime: this.#lastTime,
      value: this.#value,
      finalized: this.#finalized,
    };
  }

  /** Rebuilds an accumulator from {@link IntervalTimeWeighted.toJSON} output, validating every field. */
  static fromJSON(json: unknown): IntervalTimeWeighted {
    const where = 'IntervalTimeWeighted.fromJSON';
    const r = asRecord(where, json);
    const grid = IntervalGrid.fromJSON(r['grid']);
    const series = new IntervalTimeWeighted(grid, readFinite(where, r, 'lastTime'), readFinite(where, r, 'value'));
    const integrals = readFiniteArray(where, r, 'integrals');
    const covered = readFiniteArray(where, r, 'covered');
    if (integrals.length !== grid.binCount || covered.length !== grid.binCount) {
      throw new RangeError(`${where}: integrals and covered must have binCount = ${grid.binCount} entries`);
    }
    covered.forEach((c, k) => {
      if (c < 0) throw new RangeError(`${where}: covered[${k}] must be non-negative, got ${c}`);
    });
    series.#integrals.set(integrals);
    series.#covered.set(covered);
    series.#finalized = readBoolean(where, r, 'finalized');
    return series;
  }

  /** Advances to `now` when the whole span lies inside the interval last advanced through (the common case). */
  #advanceWithinBin(now: number): void {
    const span = now - this.#lastTime;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the caller guarantees span >= 0, and a zero span adds 0
    if (span > 0) {
      const k = this.#bin;
      this.#integrals[k]! += this.#value * span;
      this.#covered[k]! += span;
    }
    this.#lastTime = now;
  }

  #advance(now: number, method: string): void {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(now)) assertFinite(`IntervalTimeWeighted.${method}`, 'now', now);
    if (this.#finalized) {
      throw new RangeError(`IntervalTimeWeighted.${method}: already finalized at ${this.#lastTime}`);
    }
    if (now < this.#lastTime) {
      throw new RangeError(`IntervalTimeWeighted.${method}: now (${now}) is before the last update (${this.#lastTime})`);
    }
    const last = this.#lastTime;
    const grid = this.grid;
    let from = Math.max(last, grid.start);
    const to = Math.min(now, grid.end);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the loop tests from < to itself; this test only skips the interval lookup
    if (from < to) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the cached interval is the one binOf gives (from >= #binStart whenever from < #binEnd); at from = #binEnd it adds a zero span and the loop moves on
      let k = from >= this.#binStart && from < this.#binEnd ? this.#bin : grid.binOf(from);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: to <= grid.end = boundary(binCount), so from reaches to in the last interval at the latest; with || the extra passes add zero spans and cache a later interval, which the #binStart tests pass over
      for (; k < grid.binCount && from < to; k++) {
        const boundary = grid.boundary(k + 1);
        const segmentEnd = Math.min(to, boundary);
        const span = segmentEnd - from;
        this.#integrals[k]! += this.#value * span;
        this.#covered[k]! += span;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only the interval cache: a missing or extra entry sends the next update through binOf, with the same sums
        if (segmentEnd < boundary) {
          this.#bin = k;
          this.#binStart = grid.boundary(k);
          this.#binEnd = boundary;
        }
        from = segmentEnd;
      }
    }
    this.#lastTime = now;
  }

  #checkBin(bin: number, method: string): number {
    if (!Number.isInteger(bin) || bin < 0 || bin >= this.grid.binCount) {
      throw new RangeError(`IntervalTimeWeighted.${method}: bin must be an integer in [0, ${this.grid.binCount - 1}], got ${bin}`);
    }
    return bin;
  }
}
