import { CHANNELS } from '../model/channel';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';

/** One contact's record in the per-contact trace. Times are seconds; absent values are null. */
export interface ContactRecord {
  readonly serial: number;
  readonly customer: number;
  readonly type: string;
  readonly channel: string;
  readonly segment: string;
  readonly arrival: number;
  readonly outcome: 'served' | 'abandoned' | 'blocked' | 'unfinished';
  /** When the contact left the queue or the system (service start for served contacts). */
  readonly end: number;
  readonly wait: number | null;
  readonly serviceStart: number | null;
  readonly handleTime: number | null;
  readonly agent: number | null;
  readonly group: string | null;
  readonly site: string | null;
}

/** The columns of the trace, in CSV order. */
export const CONTACT_RECORD_FIELDS: readonly (keyof ContactRecord)[] = [
  'serial',
  'customer',
  'type',
  'channel',
  'segment',
  'arrival',
  'outcome',
  'end',
  'wait',
  'serviceStart',
  'handleTime',
  'agent',
  'group',
  'site',
];

/** Options of the {@link ContactTrace}. */
export interface ContactTraceOptions {
  /**
   * Output format: CSV with a header line, or JSON lines (one object per line).
   * @default 'csv'
   */
  format?: 'csv' | 'jsonl';
}

/**
 * An observer that writes one record per contact when it reaches its terminal state (the raw
 * records, for those who want them). Lines go to `write` without a trailing newline. Off by
 * default: the standard metrics need no per-contact memory.
 */
export class ContactTrace implements ContactCenterObserver {
  private view!: ContactCenterView;
  private readonly format: 'csv' | 'jsonl';

  constructor(
    private readonly write: (line: string) => void,
    options: ContactTraceOptions = {},
  ) {
    this.format = options.format ?? 'csv';
  }

  attach(view: ContactCenterView): void {
    this.view = view;
    if (this.format === 'csv') this.write(CONTACT_RECORD_FIELDS.join(','));
  }

  onServiceEnd(c: number, agent: number): void {
    this.emit(c, 'served', agent);
  }
  onAbandon(c: number): void {
    this.emit(c, 'abandoned', -1);
  }
  onBlocked(c: number): void {
    this.emit(c, 'blocked', -1);
  }
  onUnfinished(c: number): void {
    this.emit(c, 'unfinished', this.view.contactAgent(c));
  }

  private emit(c: number, outcome: ContactRecord['outcome'], agent: number): void {
    const v = this.view;
    const m = v.model;
    const started = agent >= 0;
    const start = started ? v.contactServiceStart(c) : null;
    const group = started ? m.agentGroups[v.agentGroup(agent)]! : null;
    const record: ContactRecord = {
      serial: v.contactSerial(c),
      customer: v.contactCustomer(c),
      type: m.contactTypes[v.contactType(c)]!.name,
      channel: CHANNELS[v.contactChannel(c)]!,
      segment: m.segments[v.contactSegment(c)]!.name,
      arrival: v.contactArrival(c),
      outcome,
      end: v.now,
      wait: start !== null ? start - v.contactQueuedAt(c) : outcome === 'blocked' ? null : v.now - v.contactQueuedAt(c),
      serviceStart: start,
      handleTime: outcome === 'served' && start !== null ? v.now - start : null,
      agent: started ? agent : null,
      group: group?.name ?? null,
      site: group === null ? null : m.sites[group.site]!.name,
    };
    this.write(this.format === 'jsonl' ? JSON.stringify(record) : CONTACT_RECORD_FIELDS.map((f) => csvCell(record[f])).join(','));
  }
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
