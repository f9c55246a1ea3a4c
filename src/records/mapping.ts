import { z } from 'zod';
import { formatPath } from '../scenario/errors';
import { RecordsError, type RecordIssue } from './records-error';

/**
 * The column mapping of a call-record file: which column holds what, how its times are written,
 * and which outcome values mean served, abandoned or "not a contact". A mapping is plain data
 * (a YAML or JSON file for the CLI); {@link parseMapping} checks one and fills its defaults.
 *
 * @module
 */

/** Where one time (or day) is written: a column, its format, and the values that mean "none". */
export interface TimeColumn {
  /** Column name in the file's header. */
  readonly column: string;
  /**
   * `seconds` (a number of seconds after the day's midnight), or a luxon format such as `H:mm:ss`
   * (a time of day) or `yyyy-MM-dd HH:mm:ss` (a date and time, read in the mapping's time zone).
   * Defaults to the mapping's `timeFormat`.
   */
  readonly format?: string;
  /** Values meaning "no time" (e.g. `0:00:00`), besides the mapping's `missing`. */
  readonly missing?: readonly string[];
}

/** A column of names (contact type, agent, customer, priority). */
export interface NameColumn {
  /** Column name in the file's header. */
  readonly column: string;
  /** Values meaning "none" (e.g. `NO_SERVER`), besides the mapping's `missing`. */
  readonly missing?: readonly string[];
}

/** What an outcome value means: served, abandoned while queued, or not a contact (dropped, counted). */
export type OutcomeMeaning = 'served' | 'abandoned' | 'ignore';

/** A call-record mapping, as written in a mapping file. */
export interface RecordMapping {
  /** Name shown in messages. */
  readonly name: string;
  /** Field delimiter. @default ',' */
  readonly delimiter?: string;
  /** IANA time zone of date-time columns (days start at its midnight). @default 'UTC' */
  readonly timeZone?: string;
  /** Default format of the time columns. @default 'H:mm:ss' */
  readonly timeFormat?: string;
  /** Values meaning "none" in every column. @default [''] */
  readonly missing?: readonly string[];
  /** Seconds a service may start before its recorded queue entry (clock differences between systems). @default 0 */
  readonly clockSkew?: number;
  /** Day label of every record when no column gives a date. @default 'day-1' */
  readonly defaultDay?: string;
  /** Where each field is. */
  readonly columns: {
    /** The day (a date, or any label when `format` is absent); else the arrival's date, else `defaultDay`. */
    readonly day?: TimeColumn | string;
    /** Arrival in the center (e.g. entry into the voice response unit). */
    readonly arrival: TimeColumn | string;
    /** Joined the agents' queue; absent or missing: the contact reached an agent at once (or never queued). */
    readonly queueEntry?: TimeColumn | string;
    /** Left the queue (answered or hung up): the end of an abandoned contact's wait. */
    readonly queueExit?: TimeColumn | string;
    /** Service start. */
    readonly serviceStart: TimeColumn | string;
    /** Service end. */
    readonly serviceEnd: TimeColumn | string;
    /** The outcome column and the meaning of each of its values. */
    readonly outcome: { readonly column: string; readonly values: Readonly<Record<string, OutcomeMeaning>> };
    /** Contact type. */
    readonly contactType?: NameColumn | string;
    /** The agent who served. */
    readonly agent?: NameColumn | string;
    /** Customer id. */
    readonly customer?: NameColumn | string;
    /** Priority or customer segment. */
    readonly priority?: NameColumn | string;
  };
}

const names = z.array(z.string());
const timeColumn = z.union([z.string().min(1), z.strictObject({ column: z.string().min(1), format: z.string().min(1).optional(), missing: names.optional() })]);
const nameColumn = z.union([z.string().min(1), z.strictObject({ column: z.string().min(1), missing: names.optional() })]);

/** The zod schema of a mapping file. */
export const mappingSchema = z.strictObject({
  name: z.string().min(1),
  delimiter: z.string().length(1).optional(),
  timeZone: z.string().min(1).optional(),
  timeFormat: z.string().min(1).optional(),
  missing: names.optional(),
  clockSkew: z.number().min(0).max(3600).optional(),
  defaultDay: z.string().min(1).optional(),
  columns: z.strictObject({
    day: timeColumn.optional(),
    arrival: timeColumn,
    queueEntry: timeColumn.optional(),
    queueExit: timeColumn.optional(),
    serviceStart: timeColumn,
    serviceEnd: timeColumn,
    outcome: z.strictObject({ column: z.string().min(1), values: z.record(z.string(), z.enum(['served', 'abandoned', 'ignore'])) }),
    contactType: nameColumn.optional(),
    agent: nameColumn.optional(),
    customer: nameColumn.optional(),
    priority: nameColumn.optional(),
  }),
});

/**
 * Checks a mapping read from a file or given in code.
 *
 * @param source - names the mapping in messages (a file name)
 * @throws RecordsError listing every problem with its path (`columns.outcome.values.HANG: ...`)
 */
export function parseMapping(input: unknown, source = 'mapping'): RecordMapping {
  const result = mappingSchema.safeParse(input);
  if (result.success) {
    const mapping = result.data as RecordMapping;
    const zone = mapping.timeZone;
    // Stryker disable next-line ConditionalExpression: Intl takes an undefined time zone as the default one, so isKnownZone(undefined) is true
    if (zone !== undefined && !isKnownZone(zone)) {
      throw new RecordsError(source, [{ line: 0, column: 'timeZone', value: zone, message: 'unknown time zone (use an IANA name such as Europe/Paris or UTC)' }]);
    }
    return mapping;
  }
  const issues: RecordIssue[] = result.error.issues.map((i) => ({ line: 0, column: formatPath(i.path), value: '', message: i.message }));
  throw new RecordsError(source, issues);
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  return true;
}

/**
 * The Anonymous Bank records (Technion SEE lab; `examples/data/anonymous-bank-one-day.csv`): times
 * of day `h:mm:ss` with `0:00:00` for "none", VRU entry as arrival, `AGENT` served, `HANG`
 * abandoned (a hang-up with no queue entry happened in the VRU and is dropped, counted),
 * `PHANTOM` ignored, `NO_SERVER` no agent. Its clocks differ by up to 1 s between queue and service.
 */
export const BANK_MAPPING: RecordMapping = {
  name: 'bank',
  timeFormat: 'H:mm:ss',
  clockSkew: 1,
  columns: {
    arrival: 'vru_entry',
    queueEntry: { column: 'q_start', missing: ['0:00:00'] },
    queueExit: { column: 'q_exit', missing: ['0:00:00'] },
    serviceStart: { column: 'ser_start', missing: ['0:00:00'] },
    serviceEnd: { column: 'ser_exit', missing: ['0:00:00'] },
    outcome: { column: 'outcome', values: { AGENT: 'served', HANG: 'abandoned', PHANTOM: 'ignore' } },
    contactType: 'type',
    agent: { column: 'server', missing: ['NO_SERVER'] },
  },
};

/**
 * Records routelab writes itself ({@link callRecordsCsv}): a `day` label, times in seconds after
 * the day's midnight, outcomes `served` / `abandoned`.
 */
export const ROUTELAB_MAPPING: RecordMapping = {
  name: 'routelab',
  timeFormat: 'seconds',
  columns: {
    day: 'day',
    arrival: 'arrival',
    queueEntry: 'queue_entry',
    queueExit: 'queue_exit',
    serviceStart: 'service_start',
    serviceEnd: 'service_end',
    outcome: { column: 'outcome', values: { served: 'served', abandoned: 'abandoned', unfinished: 'ignore', blocked: 'ignore' } },
    contactType: 'type',
    agent: 'agent',
    customer: 'customer',
    priority: 'segment',
  },
};

/** The built-in mappings by name. */
export const BUILT_IN_MAPPINGS: Readonly<Record<string, RecordMapping>> = { bank: BANK_MAPPING, routelab: ROUTELAB_MAPPING };
