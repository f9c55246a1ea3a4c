import type { IntervalGrid } from './stats/interval-grid';

/**
 * Per-interval contact counts of the metrics collector — offered, answered, abandoned, answered
 * within the service-level threshold, and the sum of waits of answered contacts — keyed by the
 * contact's arrival time. It does what five `IntervalCounter`s would, with one interval
 * lookup per event and no argument checks (the collector only passes finite times from the
 * engine's clock). Amounts at times before the grid start or at or after its end are kept apart.
 */
export class ContactIntervals {
  readonly offered: Float64Array;
  readonly answered: Float64Array;
  readonly abandoned: Float64Array;
  readonly within: Float64Array;
  readonly waitSum: Float64Array;
  /** Offered, answered and abandoned at or after the grid end. */
  offeredAfterEnd = 0;
  answeredAfterEnd = 0;
  abandonedAfterEnd = 0;
  /** The interval last looked up and its bounds [b_k, b_(k+1)) (arrival times mostly repeat it). */
  // Stryker disable next-line UnaryOperator: the bounds below start as an empty range, so this first value is never returned
  private bin = -1;
  private binStart = Infinity;
  // Stryker disable next-line UnaryOperator: binStart = Infinity alone keeps the range empty for the finite times the collector passes
  private binEnd = -Infinity;

  constructor(readonly grid: IntervalGrid) {
    const n = grid.binCount;
    this.offered = new Float64Array(n);
    this.answered = new Float64Array(n);
    this.abandoned = new Float64Array(n);
    this.within = new Float64Array(n);
    this.waitSum = new Float64Array(n);
  }

  /** The interval of `time`, as {@link IntervalGrid.binOf} (-1 before the grid, binCount at or after its end). */
  private binOf(time: number): number {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a speed-only cache: grid.binOf gives the same bin for a time in [binStart, binEnd) (it fixes up against the same boundary values); also silences the mutants that return a wrong bin, which the tests kill
    if (time >= this.binStart && time < this.binEnd) return this.bin;
    const grid = this.grid;
    const k = grid.binOf(time);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: what is cached only saves lookups: -1 over [b_-1, b_0) and binCount over [b_n, b_(n+1)) are what binOf answers there too
    if (k >= 0 && k < grid.binCount) {
      this.bin = k;
      this.binStart = grid.boundary(k);
      // Stryker disable next-line ArithmeticOperator: an end before the start leaves the cache empty: every lookup goes to binOf
      this.binEnd = grid.boundary(k + 1);
    }
    return k;
  }

  /** A contact that arrived at `arrival` was offered. */
  offer(arrival: number): void {
    const k = this.binOf(arrival);
    if (k >= this.grid.binCount) {
      this.offeredAfterEnd++;
      return;
    }
    // Stryker disable next-line ConditionalExpression: a typed array ignores a write at index -1 (before the grid); also silences `false`, which the tests kill
    if (k >= 0) this.offered[k]!++;
  }

  /** A contact that arrived at `arrival` was answered after `wait`, within its target when `inTarget`. */
  answer(arrival: number, wait: number, inTarget: boolean): void {
    const k = this.binOf(arrival);
    if (k >= this.grid.binCount) {
      this.answeredAfterEnd++;
      return;
    }
    // Stryker disable next-line ConditionalExpression: typed arrays ignore writes at index -1 (before the grid); also silences `false`, which the tests kill
    if (k >= 0) {
      this.answered[k]!++;
      this.waitSum[k]! += wait;
      if (inTarget) this.within[k]!++;
    }
  }

  /** A contact that arrived at `arrival` abandoned. */
  abandon(arrival: number): void {
    const k = this.binOf(arrival);
    if (k >= this.grid.binCount) {
      this.abandonedAfterEnd++;
      return;
    }
    // Stryker disable next-line ConditionalExpression: a typed array ignores a write at index -1 (before the grid); also silences `false`, which the tests kill
    if (k >= 0) this.abandoned[k]!++;
  }
}
