import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import type { RandomStreams, UniformSource } from '../random/streams';
import { balkProbability } from './balking';
import { ContactInt, ContactReal, ContactState } from './contact-table';
import { IssueInt, IssueReal } from './issue-table';
import type { EngineCore } from './engine-core';
import { DEFAULT_JOURNEY } from './journey';
import type { QueueExitKind } from './observer';
import type { QueueExitDefinition } from './queue-exit-definition';
import type { WaitPredictor, WaitPredictors } from './wait-predictor';

/** What the queue exits ask of the engine besides {@link EngineCore}. */
export interface QueueExitHooks {
  /** Takes waiting contact `c` out of its queue and stops its timers. */
  dequeue(c: number): void;
  /** A contact of `type` about `issue` enters the system now (a re-routed contact's successor). */
  reroute(type: number, issue: number): void;
}

const TERMINAL: Readonly<Record<QueueExitKind, number>> = {
  balked: ContactState.balked,
  voicemail: ContactState.voicemail,
  rerouted: ContactState.rerouted,
  cleared: ContactState.cleared,
};

/**
 * The ways out of a waiting queue other than service and patience (see docs/queue-exits.md):
 * delay announcements and balking when a new contact would wait, the maximum wait
 * (`max-wait` event: voicemail, callback or re-routing), and clearing the queues at closing.
 * Random stream: `balking:<type>`, one uniform per new contact (transfers excepted) of a type
 * that balks, drawn whether or not the contact would wait, so that common random numbers hold
 * across policies. Nothing here runs for a type without `queueExits`.
 */
export class QueueExitFlow {
  /** True when some contact type uses a queue exit, balking, announcement or per-interval parameter. */
  readonly any: boolean;
  /** True once the queues have been cleared at closing: clearing types then clear whoever would join. */
  closed = false;
  private readonly defs: readonly (QueueExitDefinition | null)[];
  private readonly balkStream: readonly (UniformSource | null)[];
  private readonly announcer: readonly (WaitPredictor | null)[];
  private readonly kMaxWait: EventKind;

  constructor(
    private readonly core: EngineCore,
    streams: RandomStreams,
    predictors: WaitPredictors,
    private readonly hooks: QueueExitHooks,
  ) {
    const types = core.model.contactTypes;
    this.defs = types.map((t) => t.queueExits ?? null);
    // Stryker disable next-line ConditionalExpression: `true` is equivalent: every method looks up the type's definition and does nothing for a type without one
    this.any = this.defs.some((d) => d !== null);
    this.balkStream = types.map((t) => (t.queueExits?.balking ? streams.stream(`balking:${t.name}`) : null));
    this.announcer = types.map((t) => (t.queueExits?.announcement ? predictors.get(t.queueExits.announcement.predictor) : null));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kMaxWait = core.sim.defineEvent('max-wait', (c) => this.reachMaxWait(c));
  }

  /** The balking uniform of a new contact of `type` (NaN, and no draw, when the type does not balk). */
  balkDraw(type: number): number {
    const stream = this.balkStream[type];
    // Stryker disable next-line ConditionalExpression: balkStream holds an entry (a stream or null) for every contact type, so `stream` is never undefined
    return stream === null || stream === undefined ? Number.NaN : stream.next();
  }

  /**
   * New contact `c` of `type` would wait: announce the predicted wait, then let it balk (with
   * uniform `u` from {@link QueueExitFlow.balkDraw}). Returns true when the contact balked and left.
   */
  wouldWait(c: number, type: number, u: number): boolean {
    const def = this.defs[type];
    // Stryker disable next-line ConditionalExpression: defs holds an entry (a definition or null) for every contact type, so `def` is never undefined
    if (def === null || def === undefined) return false;
    const core = this.core;
    let announced = Number.NaN;
    const predictor = this.announcer[type];
    // Stryker disable next-line ConditionalExpression: announcer holds an entry (a predictor or null) for every contact type, so `predictor` is never undefined
    if (predictor !== null && predictor !== undefined) {
      announced = predictor.predict(type);
      // An infinite prediction (nobody who may serve the type is on duty or planned again) is not announced.
      if (announced < Infinity) {
        core.notify.announcement(c, announced);
        const factor = def.announcement!.patienceFactor;
        if (factor !== null) core.state.contacts.reals[c * ContactReal.stride + ContactReal.patience]! *= Math.max(0, factor.base + (factor.perMinute * announced) / 60);
      }
    }
    // Stryker disable next-line EqualityOperator: a uniform equals the probability with probability 0 (and never at 0 or 1: uniforms lie strictly inside)
    if (def.balking === null || !(u < balkProbability(def.balking, core.state.waitingPerType[type] as number, announced))) return false;
    this.end(c, 'balked');
    return true;
  }

  /** Starts the maximum-wait timer of contact `c` of `type`, which just entered its queue (callbacks have none). */
  start(c: number, type: number): void {
    const maxWait = this.defs[type]?.maxWait;
    const contacts = this.core.state.contacts;
    if (maxWait === null || maxWait === undefined || contacts.ints[c * ContactInt.stride + ContactInt.callback] !== 0) return;
    contacts.reals[c * ContactReal.stride + ContactReal.exitTimer] = this.core.sim.schedule(maxWait.after, this.kMaxWait, c, EventPriority.timer);
  }

  /** Cancels the maximum-wait timer of contact `c`, which leaves its queue. */
  cancel(c: number): void {
    const contacts = this.core.state.contacts;
    const timer = contacts.reals[c * ContactReal.stride + ContactReal.exitTimer] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: cancelling handle -1 is a no-op (never pending), and handle 0 is the first staffing change at time 0, scheduled before any contact waits
    if (timer >= 0) {
      this.core.sim.cancel(timer);
      contacts.reals[c * ContactReal.stride + ContactReal.exitTimer] = -1;
    }
  }

  /** True when a contact of `type` joining its queue now is cleared instead (the queue closed). */
  clearsOnEntry(type: number): boolean {
    return this.closed && this.defs[type]?.clearAtClosing === true;
  }

  /** Closing (the horizon): clears every waiting contact of the types that clear their queues. */
  closeQueues(): void {
    this.closed = true;
    const state = this.core.state;
    const cleared: number[] = [];
    // Stryker disable next-line EqualityOperator: one step past, queueType gives the number of types, defs has no entry there, and the queue is skipped
    for (let q = 0; q < state.queueCount; q++) {
      if (this.defs[state.queueType(q)]?.clearAtClosing !== true) continue;
      for (let c = state.queueHead(q); c >= 0; c = state.queueNext(c)) cleared.push(c);
    }
    for (const c of cleared) {
      // Stryker disable next-line OptionalChaining: every contact cleared here waits in a queue whose type has a definition (clearAtClosing, above)
      const retry = this.defs[this.core.state.contacts.ints[c * ContactInt.stride + ContactInt.type] as number]?.clearWhenUnstaffed !== true;
      this.hooks.dequeue(c);
      this.end(c, 'cleared', retry);
    }
  }

  /**
   * Clears now every waiting contact of `type` (`cleared`; `closing: clear-when-unstaffed`, see
   * `unstaffed-clearing.ts`). The customers do not try again: as in ContactCenters, where a
   * contact disconnected for want of agents (dequeue type `NOAGENT`) is no abandonment.
   */
  clearWaiting(type: number): void {
    const state = this.core.state;
    const cleared: number[] = [];
    for (let s = 0; s < this.core.model.segments.length; s++) {
      for (let c = state.queueHead(state.queueOf(type, s)); c >= 0; c = state.queueNext(c)) cleared.push(c);
    }
    for (const c of cleared) {
      this.hooks.dequeue(c);
      this.end(c, 'cleared', false);
    }
  }

  /**
   * Contact `c` (out of any queue) leaves through `exit`: observers are told, and its customer may
   * try again as after an abandonment (`retrial`) unless `retry` is false; a re-routed contact's
   * issue continues instead.
   */
  end(c: number, exit: QueueExitKind, retry = true): void {
    const core = this.core;
    const contacts = core.state.contacts;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = TERMINAL[exit];
    core.notify.queueExit(c, exit);
    core.releaseWarmHold(c);
    core.contactLost(c, retry ? core.model.contactTypes[contacts.ints[c * ContactInt.stride + ContactInt.type] as number]!.retrial : null);
  }

  /** Waiting contact `c` reached its type's maximum wait. */
  private reachMaxWait(c: number): void {
    const core = this.core;
    const { sim, state } = core;
    const contacts = state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.exitTimer] = -1;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const then = this.defs[type]!.maxWait!.then;
    if (then.kind === 'callback') {
      // Off the line, keeping the place in line: no more abandonment.
      const timer = contacts.reals[c * ContactReal.stride + ContactReal.timer] as number;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: cancelling handle -1 is a no-op (never pending), and handle 0 is the first staffing change at time 0, scheduled before any contact waits
      if (timer >= 0) sim.cancel(timer);
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
      contacts.reals[c * ContactReal.stride + ContactReal.patience] = Infinity;
      core.notify.convertedToCallback(c);
      return;
    }
    this.hooks.dequeue(c);
    if (then.kind === 'voicemail') {
      this.end(c, 'voicemail');
      return;
    }
    const issue = contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    const issues = state.issues;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.rerouted;
    core.notify.queueExit(c, 'rerouted');
    core.releaseWarmHold(c);
    if ((issues.ints[issue * IssueInt.stride + IssueInt.contacts] as number) >= (core.model.journey ?? DEFAULT_JOURNEY).maxContacts) {
      // The issue has had its `journey.maxContacts` contacts: the customer gives up, nothing follows.
      core.contactLost(c, null);
      return;
    }
    issues.reals[issue * IssueReal.stride + IssueReal.lastContactEnd] = sim.now;
    issues.reals[issue * IssueReal.stride + IssueReal.customerTime]! += sim.now - (contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number);
    contacts.release(c);
    this.hooks.reroute(then.to, issue);
  }
}
