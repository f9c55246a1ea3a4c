import { REPEAT_WINDOWS_DAYS, type JourneyTally } from './journey-tally';

/** The counts of a journey slice kept per set of slices (see {@link JourneyCounters}). */
export const JourneyCount = {
  issues: 0,
  contacts: 1,
  transfers: 2,
  repeatContacts: 3,
  firstEnded: 4,
  firstServed: 5,
  resolvedAtFirst: 6,
  resolved: 7,
  gaveUp: 8,
  openAtEnd: 9,
  contactsOfResolved: 10,
  repeatedInformation: 11,
  /** `repeatWithin[k]` is at `repeatWithin + k`. */
  repeatWithin: 12,
} as const;

/** Counts per set of slices. */
const FIELDS = JourneyCount.repeatWithin + REPEAT_WINDOWS_DAYS.length;

/** The integer fields of a {@link JourneyTally} other than `repeatWithin`, in {@link JourneyCount} order. */
const TALLY_FIELDS = [
  'issues',
  'contacts',
  'transfers',
  'repeatContacts',
  'firstEnded',
  'firstServed',
  'resolvedAtFirst',
  'resolved',
  'gaveUp',
  'openAtEnd',
  'contactsOfResolved',
  'repeatedInformation',
] as const satisfies readonly (keyof JourneyTally)[];

/**
 * The journey collector's counts, one row of a `Float64Array` per *set of slices* an issue can
 * belong to (its class, day and first group), so that an event updates one number instead of
 * every tally of the set. {@link JourneyCounters.fold} adds the rows into the tallies when the
 * results are asked for. The counts are integers far below 2^53, so the sums are exact and equal,
 * bit for bit, to counting into each tally as the event happens.
 *
 * Internal to the journey collector; not exported from the package.
 */
export class JourneyCounters {
  /** Row `set` holds the counts of that set at `set * stride + field`. */
  counts = new Float64Array(FIELDS * 16);
  /** Numbers per row. */
  readonly stride = FIELDS;

  /** Makes room for row `set`. */
  ensure(set: number): void {
    // Stryker disable next-line EqualityOperator: `<` grows a buffer that just fits too, keeping every count (also silences `>`, which the tests kill)
    if ((set + 1) * FIELDS <= this.counts.length) return;
    // Stryker disable next-line ArithmeticOperator: the row does not fit, so from half the length the loop below doubles past the length all the same
    let n = this.counts.length * 2;
    // Stryker disable next-line EqualityOperator: `<=` doubles once more when the row ends exactly at n: more room, the same counts (also silences `>=`, which the tests kill)
    while (n < (set + 1) * FIELDS) n *= 2;
    const grown = new Float64Array(n);
    grown.set(this.counts);
    this.counts = grown;
  }

  /**
   * Sets every count of the tallies to the sum of the rows of the sets they belong to (`sets[s]`
   * for row s); `extra` are more (tallies, row) pairs to add, as the group slices' own issue and
   * contact counts. Tallies in no set get zeros. Safe to call more than once.
   */
  fold(all: readonly JourneyTally[], sets: readonly (readonly JourneyTally[])[], extra: (add: (t: JourneyTally, field: number, n: number) => void) => void): void {
    for (const t of all) {
      for (const f of TALLY_FIELDS) t[f] = 0;
      t.repeatWithin.fill(0);
    }
    const add = (t: JourneyTally, field: number, n: number): void => {
      if (field >= JourneyCount.repeatWithin) t.repeatWithin[field - JourneyCount.repeatWithin]! += n;
      else t[TALLY_FIELDS[field]!] += n;
    };
    const c = this.counts;
    sets.forEach((tallies, s) => {
      // Stryker disable next-line EqualityOperator: field FIELDS would go to repeatWithin[3], past its typed array, where a write is dropped (also silences `>=`, which the tests kill)
      for (let field = 0; field < FIELDS; field++) {
        const n = c[s * FIELDS + field]!;
        // Stryker disable next-line ConditionalExpression: a speed-only guard: adding 0 to a count changes nothing (also silences `false`, which the tests kill)
        if (n !== 0) for (const t of tallies) add(t, field, n);
      }
    });
    extra(add);
  }
}
