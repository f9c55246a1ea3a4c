import type { JourneyTally } from './journey-tally';

/**
 * The fields of a tally's record in {@link JourneySetTimes.records}: tally `k`'s field `f` is at
 * `k * TimeField.stride + f` (an `enum`: esbuild inlines its members).
 */
export enum TimeField {
  /** Closed issues whose customer time was recorded. */
  count = 0,
  /** Their mean customer time, Welford's running mean (as `JourneyTally.addCustomerTime`). */
  mean = 1,
  /** Numbers per record (16 bytes). */
  stride = 2,
}

/** Tally indices per set row: the first number is the row's length. */
const SET_STRIDE = 8;

/**
 * The journey collector's customer times per tally, as flat typed arrays: one record of count and
 * running mean per tally, and per set of slices the list of its tallies' indices, so that a closing
 * issue updates its set's tallies without following a pointer per tally. The means are updated
 * value by value in closing order with the arithmetic of `JourneyTally.addCustomerTime`, so they
 * are equal bit for bit; {@link JourneySetTimes.fold} writes them into the tallies.
 *
 * Internal to the journey collector; not exported from the package.
 */
export class JourneySetTimes {
  /** The tallies' records, in the order given to the constructor (distinct tallies only). */
  readonly records: Float64Array;
  private readonly tallies: readonly JourneyTally[];
  private readonly ids = new Map<JourneyTally, number>();
  /** Set `s`'s row: `sets[s * SET_STRIDE]` tallies, their indices after it. */
  // Stryker disable next-line ArithmeticOperator: a first size only: addSet grows the rows to whatever set comes
  private sets = new Int32Array(SET_STRIDE * 16);

  /** Creates the records of `tallies` (repeats ignored), numbered in that order. */
  constructor(tallies: readonly JourneyTally[]) {
    for (const t of tallies) if (!this.ids.has(t)) this.ids.set(t, this.ids.size);
    this.tallies = [...this.ids.keys()];
    this.records = new Float64Array(this.tallies.length * TimeField.stride);
  }

  /**
   * Records set `set` as the tallies `list` (at most seven, each given to the constructor). Any index
   * will do; the journey collector numbers its sets in order.
   */
  addSet(set: number, list: readonly JourneyTally[]): void {
    if (list.length >= SET_STRIDE) throw new RangeError(`JourneySetTimes: a set of ${list.length} tallies (at most ${SET_STRIDE - 1})`);
    // Stryker disable next-line EqualityOperator: `>=` grows rows that just fit too, keeping them all (also silences `<=`, which the tests kill)
    if ((set + 1) * SET_STRIDE > this.sets.length) {
      // Stryker disable next-line ArithmeticOperator: a growth pace only: Math.max below makes the rows reach the set whatever this is
      const doubled = 2 * this.sets.length;
      const grown = new Int32Array(Math.max(doubled, (set + 1) * SET_STRIDE));
      grown.set(this.sets);
      this.sets = grown;
    }
    const row = set * SET_STRIDE;
    this.sets[row] = list.length;
    list.forEach((t, k) => {
      const id = this.ids.get(t);
      if (id === undefined) throw new RangeError('JourneySetTimes: a set names a tally it was not created with');
      this.sets[row + 1 + k] = id;
    });
  }

  /** Adds the customer time `time` of a closing issue to the running means of set `set`'s tallies. */
  add(set: number, time: number): void {
    const sets = this.sets;
    const r = this.records;
    const row = set * SET_STRIDE;
    const end = row + 1 + (sets[row] as number);
    for (let k = row + 1; k < end; k++) {
      const o = (sets[k] as number) * TimeField.stride;
      const n = (r[o + TimeField.count] as number) + 1;
      // Stryker disable next-line ArithmeticOperator: count is field 0, so `- count` is the same index
      r[o + TimeField.count] = n;
      const mean = r[o + TimeField.mean] as number;
      r[o + TimeField.mean] = mean + (time - mean) / n;
    }
  }

  /** Writes every tally's count and mean into the tally. */
  fold(): void {
    this.tallies.forEach((t, k) => {
      // Stryker disable next-line ArithmeticOperator: count is field 0, so `- count` is the same index (also silences `k / stride`, which the tests kill)
      t.customerTimeCount = this.records[k * TimeField.stride + TimeField.count]!;
      t.customerTimeMean = this.records[k * TimeField.stride + TimeField.mean]!;
    });
  }
}
