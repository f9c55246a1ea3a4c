import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import type { RandomStreams } from '../random/streams';
import { CallbackRules } from './callbacks';
import { CHANNEL_COUNT } from './channel';
import { ContactInt, ContactReal, ContactState } from './contact-table';
import type { CallbackDefinition } from './definition';
import type { EngineCore } from './engine-core';
import type { WaitPredictors } from './wait-predictor';

/**
 * What happens to callback contacts: the offer to a new contact that would wait, the accepted
 * callback kept in line (virtual hold) or parked until its promised time (`callback-due`), and the
 * agent's call-back attempts, which the customer may not answer (the agent is then busy dialing
 * until `callback-attempt-end`, and the contact retries later or is given up). The decisions come
 * from {@link CallbackRules}; this applies them to the state.
 */
export class CallbackFlow {
  private readonly rules: CallbackRules;
  private readonly kCallbackDue: EventKind;
  private readonly kAttemptEnd: EventKind;
  private readonly kLapse: EventKind;

  /** @param predictors - the run's wait predictors (shared with the delay announcements) */
  constructor(
    private readonly core: EngineCore,
    streams: RandomStreams,
    predictors: WaitPredictors,
  ) {
    this.rules = new CallbackRules(core.state, streams, predictors);
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kCallbackDue = core.sim.defineEvent('callback-due', (c) => this.due(c));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kAttemptEnd = core.sim.defineEvent('callback-attempt-end', (c) => this.attemptEnd(c));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kLapse = core.sim.defineEvent('callback-promise-lapse', (c) => this.lapse(c));
  }

  /**
   * Offers a callback to new contact `c` of `type` (settings `def`), which would wait. Returns
   * true when the customer accepted: the contact is then in line on virtual hold, or parked.
   */
  offer(c: number, type: number, def: CallbackDefinition): boolean {
    const offer = this.rules.offer(type);
    if (offer === null) return false;
    this.core.notify.callbackOffered(c, offer.predictedWait, offer.accepted);
    if (!offer.accepted) return false;
    this.accept(c, def, offer.predictedWait);
    return true;
  }

  /**
   * An agent of `group` takes callback contact `c` (out of its queue) and calls the customer.
   * Returns true when the customer answers (the service goes on); otherwise the agent is now
   * dialing for the type's `attemptTime`.
   */
  attempt(c: number, agent: number, channel: number, group: number): boolean {
    const contacts = this.core.state.contacts;
    contacts.ints[c * ContactInt.stride + ContactInt.attempts]!++;
    const answered = this.rules.answers(contacts.ints[c * ContactInt.stride + ContactInt.type] as number);
    this.core.notify.callbackAttempt(c, agent, answered);
    if (!answered) this.dial(c, agent, channel, group);
    return answered;
  }

  /** The customer accepted a callback: keep the place in line (virtual hold) or park until the promised time. */
  private accept(c: number, def: CallbackDefinition, predictedWait: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.acceptedAt] = sim.now;
    contacts.reals[c * ContactReal.stride + ContactReal.patience] = Infinity;
    if (def.mode === 'virtual-hold') {
      contacts.ints[c * ContactInt.stride + ContactInt.callback] = 1;
      contacts.reals[c * ContactReal.stride + ContactReal.promise] = sim.now + predictedWait + def.window;
      this.core.enqueue(c, false);
      return;
    }
    contacts.ints[c * ContactInt.stride + ContactInt.callback] = 2;
    contacts.reals[c * ContactReal.stride + ContactReal.promise] = sim.now + def.promiseAfter + def.window;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.scheduled;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(def.promiseAfter, this.kCallbackDue, c, EventPriority.arrival);
  }

  /**
   * A scheduled callback (or a retry after an unanswered attempt) is due: a free agent takes it
   * now, or it waits among the due callbacks of its queue, ahead of everyone not due, in
   * promise order, where the routing selectors rank it before the ordinary waiting contacts of
   * every queue (see `isDueCallback` and `compareDueCallbacks` in routing/selectors). Its wait is
   * measured from now (`queuedAt`), as for any contact entering a queue. While it waits within its
   * promise, a `callback-promise-lapse` timer (in the contact's `timer` slot: a callback has no
   * patience timer) moves it behind the callbacks still within theirs when the promised time passes.
   */
  private due(c: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = sim.now;
    if (this.core.serveIfChosen(c, false)) return;
    if (this.core.enqueue(c, true)) {
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.scheduleAt(contacts.reals[c * ContactReal.stride + ContactReal.promise] as number, this.kLapse, c, EventPriority.timer);
    }
  }

  /** The promised time of waiting due callback `c` has passed: it goes behind those still within theirs. */
  private lapse(c: number): void {
    const state = this.core.state;
    const contacts = state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    state.queues.lapse(state.queueOf(contacts.ints[c * ContactInt.stride + ContactInt.type] as number, contacts.ints[c * ContactInt.stride + ContactInt.segment] as number), c);
  }

  /** An unanswered callback attempt: the agent is busy dialing for `attemptTime`. */
  private dial(c: number, agent: number, channel: number, group: number): void {
    const { sim, state, model } = this.core;
    const contacts = state.contacts;
    const agents = state.agents;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.dialing;
    contacts.ints[c * ContactInt.stride + ContactInt.agent] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.refresh(agent, sim.now);
    this.core.agentChanged(agent);
    const def = model.contactTypes[contacts.ints[c * ContactInt.stride + ContactInt.type] as number]!.callback!;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(def.attemptTime, this.kAttemptEnd, c, EventPriority.release);
  }

  /** The unanswered attempt ends: the agent is free again; the contact retries later or is given up. */
  private attemptEnd(c: number): void {
    const { sim, state, model } = this.core;
    const contacts = state.contacts;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const def = model.contactTypes[type]!.callback!;
    const agent = contacts.ints[c * ContactInt.stride + ContactInt.agent] as number;
    contacts.ints[c * ContactInt.stride + ContactInt.agent] = -1;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    if ((contacts.ints[c * ContactInt.stride + ContactInt.attempts] as number) < def.maxAttempts) {
      contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.scheduled;
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(def.retryDelay, this.kCallbackDue, c, EventPriority.arrival);
      this.core.counters.callbackRetries++;
    } else {
      contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.abandoned;
      this.core.notify.abandon(c);
      this.core.contactLost(c, model.contactTypes[type]!.retrial);
    }
    this.core.releaseCapacity(agent, state.typeChannel[type] as number);
  }
}
