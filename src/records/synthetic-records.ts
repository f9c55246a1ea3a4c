import { ContactTrace, type ContactRecord } from '../metrics/contact-trace';
import { simulate } from '../run/simulate';
import type { ScenarioInput } from '../scenario/schema';

/** A value of one CSV field: null is an empty field. */
export type RecordValue = string | number | null;

/** One field as RFC 4180 writes it (quoted when it holds a comma, a quote or a line break). */
function field(value: RecordValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Call records written by routelab itself, from a known scenario: days of a center whose truth
 * (staffing, patience, handle times) is known, in the format of the built-in `routelab` mapping.
 * They are how the staffing inference, the calibration and the replay's prediction bands are
 * checked.
 *
 * @module
 */

/** Header of {@link callRecordsCsv} (the columns the `routelab` mapping reads). */
export const ROUTELAB_RECORD_COLUMNS = ['day', 'customer', 'type', 'segment', 'arrival', 'queue_entry', 'queue_exit', 'outcome', 'service_start', 'service_end', 'agent'] as const;

/** The CSV rows of one simulated day's contact records (times in seconds after the day's midnight). */
export function recordRows(day: string, contacts: readonly ContactRecord[]): RecordValue[][] {
  return contacts.map((c) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a served contact's record always holds its service start and handle time; the test narrows their types
    const started = c.serviceStart !== null && c.handleTime !== null;
    const served = c.outcome === 'served' && started;
    const queueExit = c.wait === null ? null : c.arrival + c.wait;
    return [day, c.customer, c.type, c.segment, c.arrival, c.arrival, queueExit, c.outcome, served ? c.serviceStart : null, served ? c.serviceStart! + c.handleTime! : null, served && c.agent !== null ? `agent-${c.agent}` : null];
  });
}

/** Call records as CSV text in the `routelab` mapping's format. */
export function callRecordsCsv(rows: readonly (readonly RecordValue[])[]): string {
  return [ROUTELAB_RECORD_COLUMNS.join(','), ...rows.map((r) => r.map(field).join(','))].join('\n') + '\n';
}

/** The ISO date `index` days after 2026-03-02 (a Monday): labels of synthetic days. */
export function syntheticDay(index: number): string {
  return new Date(Date.UTC(2026, 2, 2 + index)).toISOString().slice(0, 10);
}

/** Options of {@link synthesizeCallRecords}. */
export interface SyntheticOptions {
  /** Number of days. @default 1 */
  days?: number;
  /** Master seed; day i is replication i of it. @default 1 */
  seed?: number;
}

/**
 * Simulates days of a center and returns their records as CSV (the `routelab` mapping). Day i
 * is replication i of the seed, so days are independent; `scenarioOf(i)` may vary the center
 * from day to day (busier days, other staffing).
 */
export function synthesizeCallRecords(scenarioOf: (day: number) => ScenarioInput, options: SyntheticOptions = {}): string {
  const days = options.days ?? 1;
  const rows: RecordValue[][] = [];
  for (let i = 0; i < days; i++) {
    const contacts: ContactRecord[] = [];
    simulate(scenarioOf(i), { seed: options.seed ?? 1, replication: i, observers: [new ContactTrace((line) => contacts.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' })] });
    contacts.sort((a, b) => a.arrival - b.arrival || a.serial - b.serial);
    rows.push(...recordRows(syntheticDay(i), contacts));
  }
  return callRecordsCsv(rows);
}
