/**
 * Call records as routelab reads them from a center's own data: one record per contact that
 * reached the agents (offered), with its times as seconds after the midnight of its day.
 *
 * @module
 */

/** How an offered contact ended. */
export type RecordOutcome = 'served' | 'abandoned';

/** One contact offered to the agents, read from a record file through a {@link RecordMapping}. */
export interface CallRecord {
  /** Line of the file the record came from (the header is line 1). */
  readonly line: number;
  /** The day the contact arrived on: an ISO date (`2026-03-02`) or the mapping's `defaultDay`. */
  readonly day: string;
  /** Time the contact reached the agents' queue (seconds after the day's midnight); for a contact answered at once, its service start. */
  readonly offered: number;
  /** Seconds waited before service or hanging up, ≥ 0. */
  readonly wait: number;
  /** Served or abandoned while queued. */
  readonly outcome: RecordOutcome;
  /** Service start (seconds after the day's midnight); `null` for an abandoned contact. */
  readonly serviceStart: number | null;
  /** Service end (seconds after the day's midnight, may pass 86,400); `null` for an abandoned contact. */
  readonly serviceEnd: number | null;
  /** Contact type (the mapping's `contactType` column); `null` when the mapping has none. */
  readonly contactType: string | null;
  /** Name of the agent who served it; `null` when abandoned or not recorded. */
  readonly agent: string | null;
  /** Customer id; `null` when the mapping has none. */
  readonly customer: string | null;
  /** Priority or segment label; `null` when the mapping has none. */
  readonly priority: string | null;
}

/** Why rows of a file were left out of the records (each counted, never silently). */
export interface DropCount {
  /** Short reason, e.g. `outcome PHANTOM is ignored by the mapping`. */
  readonly reason: string;
  /** Rows dropped for that reason. */
  readonly rows: number;
  /** File line of the first row dropped for that reason. */
  readonly firstLine: number;
}

/** What {@link importCallRecords} read. */
export interface ImportedRecords {
  /** Offered contacts, sorted by day then offered time. */
  readonly records: readonly CallRecord[];
  /** Data rows in the file (the header not counted). */
  readonly rows: number;
  /** Rows left out, by reason. `rows = records.length + Σ dropped.rows`. */
  readonly dropped: readonly DropCount[];
  /** The days in the file, sorted. */
  readonly days: readonly string[];
}

/** Records of one day, in offered order. */
export function recordsOfDay(records: readonly CallRecord[], day: string): CallRecord[] {
  return records.filter((r) => r.day === day);
}
