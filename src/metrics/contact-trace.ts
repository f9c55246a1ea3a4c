import { CHANNELS } from '../model/channel';
import type { ContactCenterObserver, QueueExitKind } from '../model/observer';
import type { ContactCenterView } from '../model/view';

/** One contact's record in the per-contact trace. Times are seconds; absent values are null. */
export interface ContactRecord {
  /** Sequence number of the contact in arrival order over the run, from 0 (warm-up included). */
  readonly serial: number;
  /** Customer id, from 0: the same for every contact about one issue (repeat contacts, retrials, transfers). */
  readonly customer: number;
  /** Name of the contact type. */
  readonly type: string;
  /** Channel of the contact (one of `CHANNELS`). */
  readonly channel: string;
  /** Name of the customer segment. */
  readonly segment: string;
  /** Arrival time (seconds). The trace includes contacts that arrived during the warm-up. */
  readonly arrival: number;
  /** The contact's terminal state (the queue exits `balked`, `voicemail`, `rerouted`, `cleared`: see docs/queue-exits.md). */
  readonly outcome: 'served' | 'abandoned' | 'blocked' | 'unfinished' | QueueExitKind;
  /**
   * When the contact reached its terminal state (seconds): the end of handling for a served contact, else
   * when it abandoned, was blocked, or the run ended.
   */
  readonly end: number;
  /**
   * Time waited in queue (seconds), from entering it (a callback: from being re-queued) to service start,
   * abandonment or the end of the run; `null` for a blocked contact.
   */
  readonly wait: number | null;
  /** Time service began (seconds); `null` when it never did. */
  readonly serviceStart: number | null;
  /** Handle time (seconds, without wrap-up) of a served contact; `null` otherwise (also when cut off in service). */
  readonly handleTime: number | null;
  /**
   * Id of the agent who served (or was serving) it, a dense index over all agents; `null` when service never began.
   * A messaging session's is the agent of its last turn (also when it ends between turns).
   */
  readonly agent: number | null;
  /** Name of that agent's group; `null` when service never began. */
  readonly group: string | null;
  /** Name of that agent's site; `null` when service never began. */
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
  /**
   * Per contact (slot) of a messaging session past its first turn: the agent of its last turn and
   * its wait before the first. A `released` session between turns (in its reply gap, or its reply
   * waiting for an agent) has no agent in the view, yet its service began: ending there (cut, or
   * its reply leaving through a queue exit), it is written with these.
   */
  private readonly sessions = new Map<number, { agent: number; readonly wait: number }>();

  /**
   * @param write - receives each line without a trailing newline: the CSV header first (CSV format), then one
   *   record per contact as it reaches its terminal state
   * @param options - see {@link ContactTraceOptions}
   */
  constructor(
    private readonly write: (line: string) => void,
    options: ContactTraceOptions = {},
  ) {
    this.format = options.format ?? 'csv';
  }

  /** Writes the CSV header line (CSV format only). */
  attach(view: ContactCenterView): void {
    this.view = view;
    if (this.format === 'csv') this.write(CONTACT_RECORD_FIELDS.join(','));
  }

  /** Writes the record of a served contact. */
  onServiceEnd(c: number, agent: number): void {
    this.emit(c, 'served', agent);
  }
  /** Writes the record of an abandoned contact. */
  onAbandon(c: number): void {
    this.emit(c, 'abandoned', -1);
  }
  /** Writes the record of a blocked contact. */
  onBlocked(c: number): void {
    this.emit(c, 'blocked', -1);
  }
  /**
   * Writes the record of a contact that left through a queue exit (its wait up to the exit; 0 for a
   * balk). A released messaging session whose reply leaves so had been served: it is written with its
   * first turn's start, its wait before it and its last turn's agent.
   */
  onQueueExit(c: number, exit: QueueExitKind): void {
    this.emit(c, exit, -1);
  }
  /** Remembers the agent of a messaging session's turn that just ended (the customer is to reply). */
  onSessionGap(c: number, agent: number): void {
    const session = this.sessions.get(c);
    // At the first gap the contact's queue time is still its first queue entry (a reply moves it).
    if (session === undefined) this.sessions.set(c, { agent, wait: this.view.contactServiceStart(c) - this.view.contactQueuedAt(c) });
    else session.agent = agent;
  }
  /**
   * Writes the record of a contact still waiting or in service when the run ended. A contact
   * being called back without answer at a cut has no agent: it is written as waiting since its
   * re-queue, with no service start. A messaging session cut between turns with its slot released
   * (in its reply gap, or its reply waiting) is written as in service since its first turn, with
   * the agent of its last turn.
   */
  onUnfinished(c: number): void {
    this.emit(c, 'unfinished', this.view.contactAgent(c));
  }

  private emit(c: number, outcome: ContactRecord['outcome'], servingAgent: number): void {
    // A released session between turns has no agent, but its service began (see `sessions`).
    const between = servingAgent < 0 ? this.sessions.get(c) : undefined;
    this.sessions.delete(c); // the contact is gone: its slot's next contact starts afresh
    const agent = between === undefined ? servingAgent : between.agent;
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
      wait: between !== undefined ? between.wait : start !== null ? start - v.contactQueuedAt(c) : outcome === 'blocked' ? null : v.now - v.contactQueuedAt(c),
      serviceStart: start,
      // Work done only: time suspended by calls (interruptions) is not handle time.
      // Stryker disable next-line ConditionalExpression: a served contact always had an agent, so its start is set
      handleTime: outcome === 'served' && start !== null ? Math.max(0, v.now - start - v.contactTimeAway(c)) : null, // max: time away is a sum, rounding can pass the service time
      agent: started ? agent : null,
      group: group?.name ?? null,
      site: group === null ? null : m.sites[group.site]!.name,
    };
    this.write(this.format === 'jsonl' ? JSON.stringify(record) : CONTACT_RECORD_FIELDS.map((f) => csvCell(record[f])).join(','));
  }
}

function csvCell(value: string | number | null): string {
  // Stryker disable next-line ConditionalExpression: Array.join writes null as '' too, and 'null' holds no character to quote
  if (value === null) return '';
  // Stryker disable next-line ConditionalExpression,StringLiteral: a number's text holds no quote, comma or newline, and join writes it as String does
  if (typeof value === 'number') return String(value);
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
