import { asRecord, assertFinite, assertPositive, readFinite } from './validate';

/** Options of an {@link IntervalGrid}. */
export interface IntervalGridOptions {
  /** Length of one interval in seconds, e.g. 1800 for half-hours. */
  readonly intervalLength: number;
  /** Number of intervals, e.g. 48 for a day of half-hours. */
  readonly binCount: number;
  /** Time at which interval 0 starts. @default 0 */
  readonly start?: number;
}

/** Plain-JSON form of an {@link IntervalGrid}. */
export interface IntervalGridJSON {
  /** Time at which interval 0 starts. */
  readonly start: number;
  /** Length of one interval in seconds. */
  readonly intervalLength: number;
  /** Number of intervals. */
  readonly binCount: number;
}

/**
 * A fixed partition of time into `binCount` half-open intervals [b_k, b_(k+1)) with boundaries
 * b_k = start + k · intervalLength — e.g. the 48 half-hours of a day. Every interval statistic
 * uses these same boundaries, so a time exactly on a boundary always belongs to the later
 * interval, and spans split across intervals add up consistently.
 */
export class IntervalGrid {
  /** Time at which interval 0 starts. */
  readonly start: number;
  /** Length of one interval in seconds. */
  readonly intervalLength: number;
  /** Number of intervals. */
  readonly binCount: number;
  /** b_binCount, computed once ({@link IntervalGrid.binOf} runs on every recorded event). */
  readonly #end: number;

  /** Creates a grid; see {@link IntervalGridOptions}. */
  constructor(options: IntervalGridOptions) {
    const where = 'IntervalGrid';
    const start = options.start ?? 0;
    assertFinite(where, 'start', start);
    assertPositive(where, 'intervalLength', options.intervalLength);
    assertPositive(where, 'binCount', options.binCount);
    if (!Number.isInteger(options.binCount)) {
      throw new RangeError(`${where}: binCount must be a positive integer, got ${options.binCount}`);
    }
    if (!Number.isFinite(start + options.binCount * options.intervalLength)) {
      throw new RangeError(`${where}: the grid end is not a finite number`);
    }
    this.start = start;
    this.intervalLength = options.intervalLength;
    this.binCount = options.binCount;
    this.#end = this.boundary(this.binCount);
  }

  /**
   * The grid of intervals of `intervalLength` that covers [start, start + horizon): binCount is
   * `ceil(horizon / intervalLength)`, treating a ratio within 1e−9 of an integer as that integer.
   */
  static covering(horizon: number, intervalLength: number, start = 0): IntervalGrid {
    assertPositive('IntervalGrid.covering', 'horizon', horizon);
    assertPositive('IntervalGrid.covering', 'intervalLength', intervalLength);
    const ratio = horizon / intervalLength;
    const nearest = Math.round(ratio);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: nearest = 0 fails the next test anyway (ratio > 0 is never within 0 of 0); `<` differs only at an exact tie of two computed reals; also silences `true`/`false` of that test, which the tests kill
    const binCount = nearest >= 1 && Math.abs(ratio - nearest) <= 1e-9 * nearest ? nearest : Math.ceil(ratio);
    return new IntervalGrid({ intervalLength, binCount, start });
  }

  /** End of the last interval, b_binCount. */
  get end(): number {
    return this.#end;
  }

  /** Boundary b_k = start + k · intervalLength (k = 0 … binCount). */
  boundary(k: number): number {
    return this.start + k * this.intervalLength;
  }

  /**
   * Index of the interval containing `time`: k with b_k ≤ time < b_(k+1); −1 before the start,
   * `binCount` at or after the end.
   */
  binOf(time: number): number {
    const start = this.start;
    if (time < start) return -1;
    if (time >= this.#end) return this.binCount;
    const length = this.intervalLength;
    // Stryker disable next-line ArithmeticOperator: with a larger cap the upward walk still stops below b_binCount = end > time
    const last = this.binCount - 1;
    // Stryker disable next-line MethodExpression,ArithmeticOperator: only the starting guess: the two walks below reach the bin from any k (test: every boundary and the float below it, on awkward grids)
    let k = Math.min(last, Math.floor((time - start) / length));
    // Rounding fix-ups against the boundaries exactly as `boundary` computes them: down while below
    // b_k, then up while at or past b_(k+1). A mutant that walks down too far (to 0) is undone by the
    // upward walk, so only those that stop the downward walk are visible.
    while (k > 0 && time < start + k * length) k--;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at k = last, b_(k+1) is the end, which time is below (returned above otherwise); also silences `true`/`false` of the boundary test, which the tests kill
    while (k < last && time >= start + (k + 1) * length) k++;
    return k;
  }

  /** `true` when both grids have the same start, interval length and bin count. */
  equals(other: IntervalGrid): boolean {
    return this.start === other.start && this.intervalLength === other.intervalLength && this.binCount === other.binCount;
  }

  /** Plain-JSON form. */
  toJSON(): IntervalGridJSON {
    return { start: this.start, intervalLength: this.intervalLength, binCount: this.binCount };
  }

  /** Rebuilds a grid from {@link IntervalGrid.toJSON} output. */
  static fromJSON(json: unknown): IntervalGrid {
    const where = 'IntervalGrid.fromJSON';
    const r = asRecord(where, json);
    return new IntervalGrid({
      start: readFinite(where, r, 'start'),
      intervalLength: readFinite(where, r, 'intervalLength'),
      binCount: readFinite(where, r, 'binCount'),
    });
  }

  /** Throws a `RangeError` naming `where` unless `other` equals this grid. */
  assertSame(where: string, other: IntervalGrid): void {
    if (!this.equals(other)) {
      const a = this.toJSON();
      const b = other.toJSON();
      throw new RangeError(
        `${where}: interval grids differ (start ${a.start} vs ${b.start}, intervalLength ${a.intervalLength} vs ${b.intervalLength}, binCount ${a.binCount} vs ${b.binCount})`,
      );
    }
  }
}
