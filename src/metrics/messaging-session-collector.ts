import { ServiceOutcome } from '../model/contact-table';
import { usesSessionExtras } from '../model/messaging-session-definition';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { growFloat64, growInt32, growUint8 } from '../util/typed-array-growth';
import { RunningStats } from './stats/running-stats';

/** Messaging-session figures of one contact type that has sessions (see docs/channels.md). */
export interface MessagingSessionMetrics {
  /** The contact type's name. */
  readonly name: string;
  /** Sessions that ended (their contact arrived at or after the warm-up and was served). */
  readonly sessions: number;
  /** Of these, sessions that resolved the customer's issue. */
  readonly resolved: number;
  /** Of these, sessions that ended because the customer stopped replying (`timeout`). */
  readonly timedOut: number;
  /** resolved / sessions (null when none ended). */
  readonly resolutionRate: number | null;
  /** Mean time from the contact's arrival to the first agent turn (seconds; null when none was answered). */
  readonly meanFirstResponseTime: number | null;
  /**
   * Mean time from a customer's reply to the agent turn answering it (seconds; null without any
   * reply): 0 with `held`, unless a call suspended the session (interruptions) and the reply waited for the resume.
   */
  readonly meanResponseTime: number | null;
  /** Mean time from the contact's arrival to the end of its session, whatever the outcome (seconds; null without sessions). */
  readonly meanResolutionTime: number | null;
  /** Mean agent turns per session. */
  readonly meanTurns: number | null;
  /** Mean agent working time per session: the sum of its turns (seconds, wrap-up and time suspended by calls not included). */
  readonly meanAgentTime: number | null;
  /**
   * Mean time per session an agent's slot was taken by it (seconds, wrap-up not included): the
   * agent time with `released`; from the first turn to the end, gaps included, time suspended by
   * calls not, with `held`.
   */
  readonly meanSlotTime: number | null;
  /**
   * Agent turns after the first (each answers a customer's reply) in the sessions counted. Present,
   * with the three fields after it, only when the type's session uses `sticky: { waitFor }`,
   * `contextLoss`, `replyPatience` or `wrapUpPerTurn`.
   */
  readonly laterTurns?: number;
  /** Of these, turns taken by another agent than the previous turn's (the ones that lose context). */
  readonly turnsByAnotherAgent?: number;
  /** turnsByAnotherAgent / laterTurns (null without later turns): 1 − the share of replies that got their agent back. */
  readonly anotherAgentShare?: number | null;
  /** Sessions that ended because the customer gave up waiting for a reply to be taken (`replyPatience`), unresolved. */
  readonly abandonedReplies?: number;
}

/** One type's running figures. */
class SessionTally {
  resolved = 0;
  timedOut = 0;
  abandonedReplies = 0;
  laterTurns = 0;
  byAnotherAgent = 0;
  readonly firstResponse = new RunningStats();
  readonly response = new RunningStats();
  readonly resolution = new RunningStats();
  readonly turns = new RunningStats();
  readonly agentTime = new RunningStats();
  readonly slotTime = new RunningStats();
}

const mean = (s: RunningStats): number | null => (s.count === 0 ? null : s.mean);

/**
 * Listens to the messaging sessions of the types that have them: the first response at
 * `onServiceStart`, the response to each reply at `onSessionTurn`, and at the session's end
 * (`onServiceEnd`) its turns, agent time, slot time and outcome. Counts the sessions whose contact
 * arrived at or after the warm-up.
 */
export class MessagingSessionCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private tallies: (SessionTally | null)[] = [];
  private held: boolean[] = [];
  /** Per type: whether its session uses the later options (the extra fields are reported). */
  private extras: boolean[] = [];
  /** Per contact slot: start of the current turn, agent time and turns so far, whether a turn is under way. */
  private turnStart: Float64Array = new Float64Array(256);
  private work: Float64Array = new Float64Array(256);
  private turns: Float64Array = new Float64Array(256);
  private working: Uint8Array = new Uint8Array(256);
  /** Per contact slot: its time suspended by calls (interruptions) when the current turn began; a turn's work leaves it out. */
  private suspendedBase: Float64Array = new Float64Array(256);
  private agentBefore: Int32Array = new Int32Array(256);
  private byAnother: Float64Array = new Float64Array(256);

  /** Sets up one tally per contact type with sessions. */
  attach(view: ContactCenterView): void {
    this.view = view;
    this.tallies = view.model.contactTypes.map((t) => (t.session === undefined ? null : new SessionTally()));
    this.held = view.model.contactTypes.map((t) => t.session?.slotDuringGap === 'held');
    this.extras = view.model.contactTypes.map((t) => t.session !== undefined && usesSessionExtras(t.session));
  }

  private tallyOf(c: number): SessionTally | null {
    const v = this.view;
    return v.contactArrival(c) < v.model.warmup ? null : (this.tallies[v.contactType(c)] ?? null);
  }

  /** The first turn: the first response. */
  onServiceStart(c: number, agent: number): void {
    const tally = this.tallyOf(c);
    if (tally === null) return;
    const v = this.view;
    if (c >= this.turnStart.length) this.grow(c);
    tally.firstResponse.add(v.now - v.contactArrival(c));
    this.turnStart[c] = v.now;
    this.work[c] = 0;
    this.turns[c] = 1;
    this.working[c] = 1;
    this.suspendedBase[c] = v.contactSuspendedTime(c);
    this.agentBefore[c] = agent;
    this.byAnother[c] = 0;
  }

  /** A turn ended and the customer is to reply. */
  onSessionGap(c: number): void {
    if (this.tallyOf(c) === null) return;
    this.work[c]! += this.turnWork(c);
    this.working[c] = 0;
  }

  /** A later turn: the response to the customer's reply. */
  onSessionTurn(c: number, agent: number): void {
    const tally = this.tallyOf(c);
    if (tally === null) return;
    const v = this.view;
    tally.response.add(v.now - v.contactQueuedAt(c));
    this.turnStart[c] = v.now;
    this.turns[c]!++;
    this.working[c] = 1;
    this.suspendedBase[c] = v.contactSuspendedTime(c);
    if (agent !== this.agentBefore[c]) this.byAnother[c]!++;
    this.agentBefore[c] = agent;
  }

  /** The session ended: its outcome, turns, agent time and slot time. */
  onServiceEnd(c: number): void {
    const tally = this.tallyOf(c);
    if (tally === null) return;
    const v = this.view;
    const type = v.contactType(c);
    // A session without a turn under way at its end is one whose customer stopped replying, or gave up on a reply.
    const unanswered = this.working[c] === 0;
    if (!unanswered) this.work[c]! += this.turnWork(c);
    const work = this.work[c] as number;
    if (v.contactOutcome(c) === ServiceOutcome.resolved) tally.resolved++;
    if (unanswered && v.contactAbandonedReply(c)) tally.abandonedReplies++;
    else if (unanswered) tally.timedOut++;
    tally.resolution.add(v.now - v.contactArrival(c));
    tally.turns.add(this.turns[c] as number);
    tally.laterTurns += (this.turns[c] as number) - 1;
    tally.byAnotherAgent += this.byAnother[c] as number;
    tally.agentTime.add(work);
    tally.slotTime.add(this.held[type] === true ? v.now - v.contactServiceStart(c) - v.contactSuspendedTime(c) : work);
  }

  /** The work of session `c`'s current turn so far: its time since it began, less its time suspended by calls. */
  private turnWork(c: number): number {
    const v = this.view;
    return v.now - (this.turnStart[c] as number) - (v.contactSuspendedTime(c) - (this.suspendedBase[c] as number));
  }

  /** The figures of each contact type with sessions, in scenario order. */
  result(): MessagingSessionMetrics[] {
    const out: MessagingSessionMetrics[] = [];
    for (const t of this.view.model.contactTypes) {
      const s = this.tallies[t.id];
      if (s === null || s === undefined) continue;
      const sessions = s.resolution.count;
      out.push({
        name: t.name,
        sessions,
        resolved: s.resolved,
        timedOut: s.timedOut,
        resolutionRate: sessions === 0 ? null : s.resolved / sessions,
        meanFirstResponseTime: mean(s.firstResponse),
        meanResponseTime: mean(s.response),
        meanResolutionTime: mean(s.resolution),
        meanTurns: mean(s.turns),
        meanAgentTime: mean(s.agentTime),
        meanSlotTime: mean(s.slotTime),
        ...(this.extras[t.id] === true
          ? {
              laterTurns: s.laterTurns,
              turnsByAnotherAgent: s.byAnotherAgent,
              anotherAgentShare: s.laterTurns === 0 ? null : s.byAnotherAgent / s.laterTurns,
              abandonedReplies: s.abandonedReplies,
            }
          : {}),
      });
    }
    return out;
  }

  private grow(c: number): void {
    let n = this.turnStart.length * 2;
    while (n <= c) n *= 2;
    this.turnStart = growFloat64(this.turnStart, n);
    this.work = growFloat64(this.work, n);
    this.turns = growFloat64(this.turns, n);
    this.working = growUint8(this.working, n);
    this.suspendedBase = growFloat64(this.suspendedBase, n);
    this.agentBefore = growInt32(this.agentBefore, n);
    this.byAnother = growFloat64(this.byAnother, n);
  }
}
