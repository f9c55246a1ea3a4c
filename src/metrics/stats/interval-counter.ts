import { IntervalGrid } from './interval-grid';
import type { IntervalGridJSON } from './interval-grid';
import { asRecord, assertFinite, readFinite, readFiniteArray } from './validate';

/** Plain-JSON form of an {@link IntervalCounter}. */
export interface IntervalCounterJSON {
  /** The interval grid. */
  readonly grid: IntervalGridJSON;
  /** Amount per interval. */
  readonly counts: readonly number[];
  /** Amount added at times before the grid start. */
  readonly beforeStart: number;
  /** Amount added at times at or after the grid end. */
  readonly afterEnd: number;
}

/**
 * Amounts per interval of an {@link IntervalGrid} — arrivals, abandons or answers within the
 * service-level threshold per half-hour. One `Float64Array` of `binCount` entries.
 *
 * An amount added at a time outside the grid is not dropped silently: it is kept in
 * `beforeStart` or `afterEnd` so totals stay checkable.
 */
export class IntervalCounter {
  /** The interval grid. */
  readonly grid: IntervalGrid;
  readonly #counts: Float64Array;
  #beforeStart = 0;
  #afterEnd = 0;

  /** Creates a zeroed counter over `grid`. */
  constructor(grid: IntervalGrid) {
    this.grid = grid;
    this.#counts = new Float64Array(grid.binCount);
  }

  /** Adds `amount` (finite, default 1) to the interval containing `time`. */
  add(time: number, amount = 1): this {
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(time)) assertFinite('IntervalCounter.add', 'time', time);
    // Stryker disable next-line ConditionalExpression: assertFinite throws only for a non-finite number; the test only skips the call
    if (!Number.isFinite(amount)) assertFinite('IntervalCounter.add', 'amount', amount);
    const k = this.grid.binOf(time);
    if (k < 0) this.#beforeStart += amount;
    else if (k >= this.grid.binCount) this.#afterEnd += amount;
    else this.#counts[k]! += amount;
    return this;
  }

  /** Amount in interval `bin` (0 … binCount − 1). */
  get(bin: number): number {
    if (!Number.isInteger(bin) || bin < 0 || bin >= this.grid.binCount) {
      throw new RangeError(`IntervalCounter.get: bin must be an integer in [0, ${this.grid.binCount - 1}], got ${bin}`);
    }
    return this.#counts[bin]!;
  }

  /** Amounts of all intervals (a copy). */
  toArray(): number[] {
    return Array.from(this.#counts);
  }

  /** Amount added before the grid start. */
  get beforeStart(): number {
    return this.#beforeStart;
  }

  /** Amount added at or after the grid end. */
  get afterEnd(): number {
    return this.#afterEnd;
  }

  /** Sum over the intervals of the grid (excluding `beforeStart` and `afterEnd`). */
  get total(): number {
    let sum = 0;
    for (const c of this.#counts) sum += c;
    return sum;
  }

  /** Adds the amounts of `other`, which must use an equal grid. Returns `this`. */
  merge(other: IntervalCounter): this {
    this.grid.assertSame('IntervalCounter.merge', other.grid);
    const counts = Array.from(other.#counts);
    counts.forEach((c, k) => (this.#counts[k]! += c));
    this.#beforeStart += other.#beforeStart;
    this.#afterEnd += other.#afterEnd;
    return this;
  }

  /** Plain-JSON state; {@link IntervalCounter.fromJSON} restores it exactly. */
  toJSON(): IntervalCounterJSON {
    return {
      grid: this.grid.toJSON(),
      counts: Array.from(this.#counts),
      beforeStart: this.#beforeStart,
      afterEnd: this.#afterEnd,
    };
  }

  /** Rebuilds a counter from {@link IntervalCounter.toJSON} output, validating every field. */
  static fromJSON(json: unknown): IntervalCounter {
    const where = 'IntervalCounter.fromJSON';
    const r = asRecord(where, json);
    const counter = new IntervalCounter(IntervalGrid.fromJSON(r['grid']));
    const counts = readFiniteArray(where, r, 'counts');
    if (counts.length !== counter.grid.binCount) {
      throw new RangeError(`${where}: counts must have binCount = ${counter.grid.binCount} entries, got ${counts.length}`);
    }
    counter.#counts.set(counts);
    counter.#beforeStart = readFinite(where, r, 'beforeStart');
    counter.#afterEnd = readFinite(where, r, 'afterEnd');
    return counter;
  }
}
