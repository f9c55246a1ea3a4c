/**
 * The floating-point field of an issue's record in {@link JourneyIssues}: issue `i`'s is
 * `reals[i * IssueMarkReal.stride + IssueMarkReal.firstEnd]` (an `enum`: esbuild inlines its
 * members). A record is 16 bytes: this time, then the two {@link IssueMarkInt} fields, so an
 * event of the issue touches one cache line.
 */
export enum IssueMarkReal {
  /** When the issue's first contact ended (Infinity while it has not). */
  firstEnd = 0,
  /** Numbers of `reals` per record. */
  stride = 2,
}

/** The integer fields of an issue's record: issue `i`'s field `f` is `ints[i * IssueMarkInt.stride + f]`. */
export enum IssueMarkInt {
  /** The index of the issue's set of slices (meaningful while counted). */
  set = 2,
  /** An {@link IssueState}. */
  state = 3,
  /** Numbers of `ints` per record. */
  stride = 4,
}

/** A value of the {@link IssueMarkInt} `state` field. */
export const IssueState = {
  /** Not counted (opened before the warm-up, closed, or never opened). */
  notCounted: 0,
  counted: 1,
  /** Counted, and a repeat contact about it was seen. */
  repeatSeen: 2,
} as const;

/**
 * What the journey collector keeps per issue slot (whether it counts, its set of slices, when its
 * first contact ended, whether a repeat was seen), one 16-byte record per slot in one buffer seen
 * as an `Int32Array` and a `Float64Array`; it grows with the slots.
 *
 * Internal to the journey collector; not exported from the package.
 */
export class JourneyIssues {
  /** The records' integers (see {@link IssueMarkInt}). */
  ints: Int32Array;
  /** The records' floating-point fields (see {@link IssueMarkReal}). */
  reals: Float64Array;

  /** Creates records for `slots` issue slots (all not counted). */
  constructor(slots = 256) {
    this.reals = new Float64Array(slots * IssueMarkReal.stride);
    this.ints = new Int32Array(this.reals.buffer);
  }

  /** Opens issue `issue`'s record (counted or not), growing the records to hold it. */
  open(issue: number, counted: boolean, firstEnd: number): void {
    if (issue * IssueMarkReal.stride >= this.reals.length) this.grow(issue);
    this.ints[issue * IssueMarkInt.stride + IssueMarkInt.state] = counted ? IssueState.counted : IssueState.notCounted;
    // Stryker disable next-line ArithmeticOperator: firstEnd is field 0, so `- firstEnd` is the same index (also silences `issue / stride`, which the tests kill)
    this.reals[issue * IssueMarkReal.stride + IssueMarkReal.firstEnd] = firstEnd;
  }

  private grow(issue: number): void {
    // Stryker disable next-line ArithmeticOperator: grow runs only when issue · stride ≥ length, so from half the length the loop below doubles past 2 · length all the same
    let n = this.reals.length * 2;
    while (n <= issue * IssueMarkReal.stride) n *= 2;
    const reals = new Float64Array(n);
    reals.set(this.reals);
    this.reals = reals;
    this.ints = new Int32Array(reals.buffer);
  }
}
