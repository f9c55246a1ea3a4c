import { parse } from 'csv-parse/sync';
import { didYouMean } from '../util/closest-name';
import type { CallRecord, DropCount, ImportedRecords } from './call-record';
import type { NameColumn, RecordMapping, TimeColumn } from './mapping';
import { RecordsError, type RecordIssue } from './records-error';
import { formatHasDate, parseDay, parseTime, secondsSinceDayStart } from './time-values';

/**
 * Importing call records from CSV text through a {@link RecordMapping}. Every data row becomes a
 * record, a counted drop with its reason (not a contact, hung up before queueing, no service
 * record), or a located problem; problems are all gathered and thrown together.
 *
 * @module
 */

/** Options of {@link importCallRecords}. */
export interface ImportOptions {
  /** Names the file in messages. @default 'records' */
  source?: string;
}

interface Resolved {
  readonly column: string;
  readonly index: number;
  readonly missing: ReadonlySet<string>;
  readonly format: string;
}

type TimeField = 'arrival' | 'queueEntry' | 'queueExit' | 'serviceStart' | 'serviceEnd';
const TIME_FIELDS: readonly TimeField[] = ['arrival', 'queueEntry', 'queueExit', 'serviceStart', 'serviceEnd'];
type NameField = 'contactType' | 'agent' | 'customer' | 'priority';
const NAME_FIELDS: readonly NameField[] = ['contactType', 'agent', 'customer', 'priority'];

function readRows(text: string, mapping: RecordMapping, source: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
  if (text.includes('\u0000')) throw new RecordsError(source, [{ line: 0, column: '', value: '', message: 'not a CSV text file (it holds NUL bytes; is it binary or compressed?)' }]);
  let parsed: { info: { lines: number }; record: string[] }[];
  try {
    parsed = parse(text, { delimiter: mapping.delimiter ?? ',', bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    throw new RecordsError(source, [{ line: 0, column: '', value: '', message: `not readable as CSV: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  const first = parsed[0];
  if (first === undefined) throw new RecordsError(source, [{ line: 0, column: '', value: '', message: 'the file is empty (no header line)' }]);
  return { header: first.record.map((h) => h.trim()), rows: parsed.slice(1).map((p) => ({ line: p.info.lines, cells: p.record })) };
}

/** The format given to columns that hold no time (never read). */
const NO_TIME_FORMAT = '';

function columnOf(spec: TimeColumn | NameColumn | string): { column: string; missing: readonly string[]; format?: string } {
  return typeof spec === 'string' ? { column: spec, missing: [] } : { missing: [], ...spec };
}

/**
 * Reads call records from CSV text.
 *
 * @throws RecordsError listing every problem, located by line, column and value: a file that is
 *   not CSV or is empty, mapped columns missing from the header (with a suggestion), rows with the
 *   wrong number of fields, unreadable times, unknown outcome values, a service that ends before
 *   it starts, a service or abandonment before the queue entry, an abandoned contact without a
 *   queue exit time.
 */
export function importCallRecords(text: string, mapping: RecordMapping, options: ImportOptions = {}): ImportedRecords {
  const source = options.source ?? 'records';
  const { header, rows } = readRows(text, mapping, source);
  const zone = mapping.timeZone ?? 'UTC';
  const globalMissing = mapping.missing ?? [''];
  const issues: RecordIssue[] = [];
  const resolve = (field: string, spec: TimeColumn | NameColumn | string | undefined, defaultFormat: string): Resolved | undefined => {
    if (spec === undefined) return undefined;
    const c = columnOf(spec);
    const index = header.indexOf(c.column);
    if (index < 0) {
      const hint = header.length === 1 && mapping.delimiter === undefined ? ' (the header has one column: is the file comma-separated?)' : didYouMean(c.column, header);
      issues.push({ line: 1, column: c.column, value: '', message: `column for ${field} not in the header${hint}` });
      return undefined;
    }
    return { column: c.column, index, missing: new Set([...globalMissing, ...c.missing]), format: c.format ?? defaultFormat };
  };
  const timeFormat = mapping.timeFormat ?? 'H:mm:ss';
  const times = Object.fromEntries(TIME_FIELDS.map((f) => [f, resolve(f, mapping.columns[f], timeFormat)])) as Record<TimeField, Resolved | undefined>;
  const namesOf = Object.fromEntries(NAME_FIELDS.map((f) => [f, resolve(f, mapping.columns[f], NO_TIME_FORMAT)])) as Record<NameField, Resolved | undefined>;
  const dayColumn = resolve('day', mapping.columns.day, NO_TIME_FORMAT);
  const dayFormat = typeof mapping.columns.day === 'object' ? mapping.columns.day.format : undefined;
  const outcome = resolve('outcome', mapping.columns.outcome.column, NO_TIME_FORMAT);
  if (issues.length > 0) throw new RecordsError(source, issues);

  const records: CallRecord[] = [];
  const drops = new Map<string, { rows: number; firstLine: number }>();
  const drop = (reason: string, line: number) => {
    const d = drops.get(reason);
    if (d === undefined) drops.set(reason, { rows: 1, firstLine: line });
    else d.rows++;
  };
  const arrivalHasDate = formatHasDate(times.arrival!.format);
  for (const { line, cells } of rows) {
    if (cells.length !== header.length) {
      issues.push({ line, column: '', value: '', message: `expected ${header.length} fields as in the header, got ${cells.length}` });
      continue;
    }
    const rowIssues: RecordIssue[] = [];
    const cell = (r: Resolved) => cells[r.index] as string;
    // (The outcome column is resolved: a missing one threw above.)
    const value = cell(outcome!).trim();
    const meaning = mapping.columns.outcome.values[value];
    if (meaning === undefined) {
      issues.push({ line, column: outcome!.column, value, message: `unknown outcome; the mapping knows ${Object.keys(mapping.columns.outcome.values).join(', ')}` });
      continue;
    }
    if (meaning === 'ignore') {
      drop(`outcome ${value} is ignored by the mapping`, line);
      continue;
    }
    const parsedTimes: Partial<Record<TimeField, { seconds: number; epochMs: number | null; date: string | null }>> = {};
    for (const f of TIME_FIELDS) {
      const r = times[f];
      if (r === undefined || r.missing.has(cell(r))) continue;
      const t = parseTime(cell(r), r.format, zone);
      if (typeof t === 'string') rowIssues.push({ line, column: r.column, value: cell(r), message: t });
      else parsedTimes[f] = t;
    }
    let day = mapping.defaultDay ?? 'day-1';
    if (dayColumn !== undefined) {
      const d = parseDay(cell(dayColumn), dayFormat, zone);
      if (typeof d === 'string') day = d;
      else rowIssues.push({ line, column: dayColumn.column, value: cell(dayColumn), message: d.problem });
    } else if (arrivalHasDate && parsedTimes.arrival?.date != null) day = parsedTimes.arrival.date;
    if (parsedTimes.arrival === undefined && !rowIssues.some((i) => i.column === times.arrival!.column)) {
      rowIssues.push({ line, column: times.arrival!.column, value: cell(times.arrival!), message: 'arrival time missing' });
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    // (The arrival time is parsed: a row without one has an issue.)
    const arrivalEpoch = parsedTimes.arrival!.epochMs;
    const at = (f: TimeField): number | null => {
      const t = parsedTimes[f];
      if (t === undefined) return null;
      return t.epochMs !== null && arrivalEpoch !== null ? secondsSinceDayStart(t.epochMs, arrivalEpoch, zone) : t.seconds;
    };
    const record = buildRecord(line, day, meaning, at, (f) => (times[f] === undefined ? f : times[f].column), mapping.clockSkew ?? 0);
    if ('drop' in record) drop(record.drop, line);
    else if ('issue' in record) issues.push({ ...record.issue, value: record.issue.value });
    else {
      const name = (f: NameField): string | null => {
        const r = namesOf[f];
        if (r === undefined) return null;
        const v = cell(r).trim();
        return r.missing.has(v) ? null : v;
      };
      records.push({ ...record.record, contactType: name('contactType'), agent: meaning === 'served' ? name('agent') : null, customer: name('customer'), priority: name('priority') });
    }
  }
  if (issues.length > 0) throw new RecordsError(source, issues);
  // A stable sort of records pushed in line order: ties stay in line order.
  records.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.offered - b.offered));
  const dropped: DropCount[] = [...drops].map(([reason, d]) => ({ reason, ...d }));
  // (The records are in day order, so their days come sorted.)
  return { records, rows: rows.length, dropped, days: [...new Set(records.map((r) => r.day))] };
}

type Built =
  | { readonly record: Omit<CallRecord, 'contactType' | 'agent' | 'customer' | 'priority'> }
  | { readonly drop: string }
  | { readonly issue: RecordIssue };

const clock = (s: number): string => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round(s % 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
};

/** The record of one row from its times, or why it is dropped, or what is wrong with it. */
function buildRecord(line: number, day: string, meaning: 'served' | 'abandoned', at: (f: TimeField) => number | null, col: (f: TimeField) => string, skew: number): Built {
  const queueEntry = at('queueEntry');
  const queueExit = at('queueExit');
  const issue = (f: TimeField, message: string): Built => ({ issue: { line, column: col(f), value: '', message } });
  if (meaning === 'abandoned') {
    if (queueEntry === null) return { drop: 'hung up before joining the queue (no queue entry)' };
    if (queueExit === null) return issue('queueExit', 'an abandoned contact needs the time it left the queue');
    if (queueExit < queueEntry) return issue('queueExit', `left the queue before joining it (${clock(queueExit)} < ${clock(queueEntry)})`);
    return { record: { line, day, offered: queueEntry, wait: queueExit - queueEntry, outcome: 'abandoned', serviceStart: null, serviceEnd: null } };
  }
  const start = at('serviceStart');
  const end = at('serviceEnd');
  if (start === null || end === null) return { drop: 'served but no service start or end recorded' };
  if (end < start) return issue('serviceEnd', `service end before service start (${clock(end)} < ${clock(start)})`);
  if (queueEntry === null) return { record: { line, day, offered: start, wait: 0, outcome: 'served', serviceStart: start, serviceEnd: end } };
  if (start < queueEntry - skew) return issue('serviceStart', `service start before queue entry (${clock(start)} < ${clock(queueEntry)})`);
  const waitEnd = queueExit !== null && queueExit <= start + skew ? queueExit : start;
  return { record: { line, day, offered: queueEntry, wait: Math.max(0, waitEnd - queueEntry), outcome: 'served', serviceStart: start, serviceEnd: end } };
}
