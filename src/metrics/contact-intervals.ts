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
  private bin = -1;
  private binStart = Infinity;
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
    if (time >= this.binStart && time < this.binEnd) return this.bin;
    const grid = this.grid;
    const k = grid.binOf(time);
    if (k >= 0 && k < grid.binCount) {
      this.bin = k;
      this.binStart = grid.boundary(k);
      this.binEnd = grid.boundary(k + 1);
    }
    return k;
  }

  /** A contact that arrived at `arrival` was offered. */
  offer(arrival: number): void {
    const k = this.binOf(arrival);
    if (k >= this.grid.binCount) this.offeredAfterEnd++;
    else if (k >= 0) this.offered[k]!++;
  }

  /** A contact that arrived at `arrival` was answered after `wait`, within its target when `inTarget`. */
  answer(arrival: number, wait: number, inTarget: boolean): void {
    const k = this.binOf(arrival);
    if (k >= this.grid.binCount) {
      this.answeredAfterEnd++;
    } else if (k >= 0) {
      this.answered[k]!++;
      this.waitSum[k]! += wait;
      if (inTarget) this.within[k]!++;
    }
  }

  /** A contact that arrived at `arrival` abandoned. */
  abandon(arrival: number): void {
    const k = this.binOf(arrival);
    if (k >= this.grid.binCount) this.abandonedAfterEnd++;
    else if (k >= 0) this.abandoned[k]!++;
  }
}
