import type { CallRecord } from './call-record';
import type { DaySegment } from './day-scenario';
import { fitPatience, type PatienceFitOptions, type PatienceFits } from './patience-fit';

/**
 * Patience per customer segment: when the records carry a priority (or segment) column, each
 * value seen becomes a segment `priority-<value>` with its share of the offered contacts and its
 * own patience, fitted from its own censored waits. A segment changes who is patient, not who is
 * served first: the replay gives every segment the same routing priority.
 *
 * @module
 */

/** Name of the segment of records whose priority value is missing. */
export const NO_PRIORITY_SEGMENT = 'priority-none';

/** One customer segment's share and patience. */
export interface SegmentPatience extends PatienceFits {
  /** Segment name: `priority-<value>`, or {@link NO_PRIORITY_SEGMENT}. */
  readonly name: string;
  /** The priority value in the records; `null` for records without one. */
  readonly value: string | null;
  /** Contacts of the segment offered to the agents. */
  readonly offered: number;
  /** Its share of the offered contacts. */
  readonly share: number;
}

/** The segment name of a record's priority value. */
export function segmentNameOf(value: string | null): string {
  return value === null ? NO_PRIORITY_SEGMENT : `priority-${value}`;
}

/**
 * Fits patience to each priority value's records, in segment-name order. Returns `[]` when
 * the records hold fewer than two values (no priority column, or one value for everyone): one
 * segment is the whole center.
 *
 * @throws RangeError naming the segment when its patience cannot be fitted (nobody in it
 *   abandoned, or every wait is 0 s); when records with the priority `none` and records without
 *   one would share the name {@link NO_PRIORITY_SEGMENT}
 */
export function fitSegmentPatience(records: readonly CallRecord[], options: PatienceFitOptions): SegmentPatience[] {
  const groups = new Map<string | null, CallRecord[]>();
  for (const r of records) {
    const group = groups.get(r.priority);
    if (group === undefined) groups.set(r.priority, [r]);
    else group.push(r);
  }
  if (groups.size < 2) return [];
  if (groups.has(null) && groups.has('none')) {
    throw new RangeError(`segments: records with the priority 'none' and records without a priority would both be segment ${NO_PRIORITY_SEGMENT}; give the missing priorities a value of their own`);
  }
  // Stryker disable next-line EqualityOperator: segment names are distinct (distinct values, and the clash of 'none' with no value is refused above), so a <= b and a < b agree
  const sorted = [...groups].sort(([a], [b]) => (segmentNameOf(a) < segmentNameOf(b) ? -1 : 1));
  return sorted.map(([value, own]) => {
    const name = segmentNameOf(value);
    let fits: PatienceFits;
    try {
      fits = fitPatience(own, options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new RangeError(`segment ${name} (${own.length} contacts, priority ${value === null ? 'missing' : `'${value}'`}): ${error.message}; drop the priority column from the mapping to fit one patience for every contact`);
    }
    return { ...fits, name, value, offered: own.length, share: own.length / records.length };
  });
}

/**
 * The segments of one replayed day: each with its fitted share and patience, and its arrivals:
 * the day's offered times of its own records (trace), or the day's expected arrivals per
 * interval × its share (`perInterval`, profile arrivals).
 *
 * @throws RangeError when a record of the day has a priority value not seen on the fit days
 */
export function daySegments(own: readonly CallRecord[], segments: readonly SegmentPatience[], perInterval: readonly number[] | null, day: string): DaySegment[] {
  const known = new Set(segments.map((s) => s.name));
  const stranger = own.find((r) => !known.has(segmentNameOf(r.priority)));
  if (stranger !== undefined) {
    throw new RangeError(`${day}: line ${stranger.line} is in segment ${segmentNameOf(stranger.priority)}, not seen on the fit days, so its patience is unknown; the fit days hold ${[...known].join(', ')}`);
  }
  return segments.map((s) => ({
    name: s.name,
    share: s.share,
    patience: s.patience,
    arrivals: perInterval === null ? own.filter((r) => segmentNameOf(r.priority) === s.name).map((r) => r.offered) : { perInterval: perInterval.map((n) => n * s.share) },
  }));
}
