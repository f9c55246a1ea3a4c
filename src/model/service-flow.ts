import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { RoutingPolicy } from './routing-policy';
import type { CallbackFlow } from './callback-flow';
import type { CenterState } from './center-state';
import { CHANNEL_COUNT, VOICE } from './channel';
import { ConcurrencySlowdown, usesSlowdown } from './concurrency-slowdown';
import type { ContactDraws } from './contact-draws';
import { ContactInt, ContactReal, ContactState, ServiceOutcome } from './contact-table';
import { IssueInt, IssueReal } from './issue-table';
import type { ModelDefinition } from './definition';
import type { EngineCore } from './engine-core';
import { Interruptions, usesInterruptions } from './interruptions';
import type { IssueFlow } from './issue-flow';
import type { JourneyRules } from './journey';
import type { MessagingSessions } from './messaging-session';
import type { SilentAbandonment } from './silent-abandonment';
import type { DutyController } from './staffing-controller';
import type { WaitPredictors } from './wait-predictor';
import type { WarmTransfers } from './warm-transfer';

/** What the service flow asks of the engine besides {@link EngineCore}. */
export interface ServiceHooks {
  /** Takes waiting contact `c` out of its queue and stops its timers. */
  dequeue(c: number): void;
  /**
   * A transferred contact of `type` about `issue` enters the system now; `held` is the first
   * contact its agent keeps on a warm transfer, or -1.
   */
  transfer(type: number, issue: number, held: number): void;
}

/** The parts of the engine a service involves. */
export interface ServiceParts {
  readonly policy: RoutingPolicy;
  /** Name of the policy, for error messages. */
  readonly policyName: string;
  readonly draws: ContactDraws;
  readonly journey: JourneyRules;
  readonly callbacks: CallbackFlow;
  /** The run's wait predictors (callback offers, delay announcements), told each wait. */
  readonly predictors: WaitPredictors;
  readonly issueFlow: IssueFlow;
  readonly staffing: DutyController;
  readonly warm: WarmTransfers;
  /** Silent abandonment in chat and messaging, when the model has it (else null). */
  readonly silent: SilentAbandonment | null;
  /** Messaging sessions with reply gaps, when the model has them (else null). */
  readonly sessions: MessagingSessions | null;
}

/**
 * A contact's service, from the routing decision to the agent's free capacity: the policy's
 * choice is checked; the service starts (overflow step, callback attempt, context and repeated
 * information, the agent's load); it ends (`service-end`: outcome, issue closed, transferred or
 * continued), then the agent's wrap-up (`wrap-up-end`); the agent puts the contact down and is
 * offered waiting work, as long as the policy finds some.
 */
export class ServiceFlow {
  // The parts used on every service, held directly (one load less per use than through `core`
  // and `parts`: about 50 instructions per contact, measured); the rest stay in `parts`.
  private readonly state: CenterState;
  private readonly sim: Simulator;
  private readonly model: ModelDefinition;
  private readonly policy: RoutingPolicy;
  private readonly journey: JourneyRules;
  private readonly callbacks: CallbackFlow;
  /** The event kind of a service's end (run by {@link ServiceFlow.endService}). */
  readonly kServiceEnd: EventKind;
  /** The event kind of a wrap-up's end (run by {@link ServiceFlow.finish}). */
  readonly kWrapEnd: EventKind;
  /** Handle times stretching with concurrency, when the model asks for it (else null: no cost). */
  private readonly slowdown: ConcurrencySlowdown | null = null;
  private readonly silent: SilentAbandonment | null;
  private readonly sessions: MessagingSessions | null;
  /** Calls interrupting other work (preemptive resume), when the model asks for it (else null: no cost). */
  private readonly interruptions: Interruptions | null = null;

  constructor(
    private readonly core: EngineCore,
    private readonly parts: ServiceParts,
    private readonly hooks: ServiceHooks,
  ) {
    this.state = core.state;
    this.sim = core.sim;
    this.model = core.model;
    this.policy = parts.policy;
    this.journey = parts.journey;
    this.callbacks = parts.callbacks;
    this.silent = parts.silent;
    // Stryker disable next-line StringLiteral,ArrowFunction: the engine runs service-end events through its dispatchByKind (engine.ts), never this handler; an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kServiceEnd = core.sim.defineEvent('service-end', (c) => this.endService(c));
    // Stryker disable next-line StringLiteral,ArrowFunction: the engine runs wrap-up-end events through its dispatchByKind (engine.ts), never this handler; an event's name is only a label
    this.kWrapEnd = core.sim.defineEvent('wrap-up-end', (c) => this.finish(c));
    // Stryker disable next-line ConditionalExpression: a slowdown built for groups without tables applies() to no contact: loadChanged and agentChanged find empty lists and remainingWork gives 0, as with none (a cost-only guard)
    if (usesSlowdown(this.model.agentGroups)) {
      const slowdown = new ConcurrencySlowdown(this.model.agentGroups, this.state.agents, this.state.contacts, this.sim);
      slowdown.bind(this.kServiceEnd);
      this.slowdown = slowdown;
      this.state.slowdown = slowdown;
    }
    // Messaging sessions (hook): later turns end through the same service-end event.
    this.sessions = parts.sessions;
    this.sessions?.bind(this.kServiceEnd, this.slowdown);
    // --- interruptions (preemptive resume, src/model/interruptions.ts) ---
    // Stryker disable next-line ConditionalExpression: interruptions built for groups without a rule make no channel suspendable: no contact is tracked, no agent is interruptible (agentFor and callFor find none), suspendAll finds empty lists (a cost-only guard)
    if (usesInterruptions(this.model.agentGroups)) {
      const state = this.state;
      const interruptions = new Interruptions(state, this.sim);
      interruptions.bind(this.kServiceEnd, {
        selectContact: (agent) => this.policy.selectContact(agent, state),
        startFromQueue: (c, agent) => this.startService(c, agent, true),
        mayServe: (agent, c) => state.isEligible(agent, c) && (!state.overflow.hasSteps(state.contacts.ints[c * ContactInt.stride + ContactInt.type] as number) || state.overflow.stepFor(agent, c) >= 0),
        sessionResumed: (c, timedOut) => this.sessions!.resumeHeld(c, timedOut),
      });
      this.interruptions = interruptions;
      state.interruptions = interruptions;
    }
  }

  /**
   * Asks the routing policy for an agent for contact `c` (new, or waiting when `fromQueue`); when
   * it chooses one, checks the choice, starts the service and returns true.
   */
  serveIfChosen(c: number, fromQueue: boolean): boolean {
    const state = this.state;
    const agent = this.policy.selectAgent(c, state);
    if (agent < 0) return this.interruptions !== null && this.interruptFor(c, fromQueue);
    // canServe is false for an id off the agent table too (its group is undefined: not eligible).
    if (!state.canServe(agent, c)) {
      throw new Error(
        `routing policy '${this.parts.policyName}' chose agent ${agent} for contact ${c}, but that agent cannot serve it now`,
      );
    }
    this.startService(c, agent, fromQueue);
    return true;
  }

  /** No free agent for call `c`: when an agent may be interrupted for it (interruptions), serve it there. */
  private interruptFor(c: number, fromQueue: boolean): boolean {
    const contacts = this.state.contacts;
    if (this.state.typeChannel[contacts.ints[c * ContactInt.stride + ContactInt.type] as number] !== VOICE || contacts.ints[c * ContactInt.stride + ContactInt.callback] !== 0) return false;
    const agent = this.interruptions!.agentFor(c);
    if (agent < 0) return false;
    this.startService(c, agent, fromQueue);
    return true;
  }

  /**
   * Asks the policy for work for an agent with free capacity, as long as it chooses some. Returns
   * true when the agent took at least one contact (it was then re-filed and reported).
   */
  offerWork(agent: number): boolean {
    const state = this.state;
    const agents = state.agents;
    const policy = this.policy;
    // Messaging sessions (hook): replies waiting for this agent (timed stickiness) come first.
    let took = this.sessions !== null && this.sessions.offerReplies(agent);
    // hasFreeCapacity is false for an agent off duty or leaving.
    while (agents.hasFreeCapacity(agent)) {
      const c = policy.selectContact(agent, state);
      if (c < 0) break;
      if (state.contacts.ints[c * ContactInt.stride + ContactInt.state] !== ContactState.waiting || !state.canServe(agent, c)) {
        throw new Error(
          `routing policy '${this.parts.policyName}' chose contact ${c} for agent ${agent}, but that contact is not waiting or the agent cannot serve it`,
        );
      }
      this.startService(c, agent, true);
      took = true;
    }
    // interruptions: an agent left holding only work a call may suspend takes a waiting call.
    if (this.interruptions !== null && this.interruptions.takeWaitingCall(agent)) return true;
    return took;
  }

  /** An agent puts down one contact of `channel`: free the capacity, log off if leaving, else offer work. */
  releaseCapacity(agent: number, channel: number): void {
    const { state, sim } = this;
    const agents = state.agents;
    agents.load[agent * CHANNEL_COUNT + channel]!--;
    this.slowdown?.loadChanged(agent, channel);
    // interruptions: a call put down takes the next waiting call or resumes the suspended work.
    const pre = this.interruptions;
    // Stryker disable next-line ConditionalExpression: contacts are suspended only while their agent is on a call (a call takes an agent whose whole load is suspendable work in service, and suspends it all), and an agent on a call holds nothing else: the only capacity put down then is voice
    const callPutDown = channel === VOICE;
    if (pre !== null && callPutDown && pre.suspendedCount(agent) > 0 && pre.callEnded(agent)) return;
    if (--agents.totalLoad[agent]! === 0) {
      agents.groupBusy[agents.group[agent] as number]!--;
      if (this.parts.staffing.finishedLastContact(agent)) return;
    }
    agents.idleSince[agent] = sim.now; // then `refile`: `refresh(agent, sim.now)` without boxing the time
    agents.refile(agent);
    // Observers hear of the change only if the agent does not take new work at once (then
    // `startService` tells them): no zero-length idle spell is reported.
    if (!this.offerWork(agent)) this.core.notify.agentChange(agent);
  }

  private startService(c: number, agent: number, fromQueue: boolean): void {
    const { state, sim, journey, callbacks } = this;
    const contacts = state.contacts;
    const agents = state.agents;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    // The overflow step is decided while the contact still counts in its queue (the
    // source-overload condition counts it), before it leaves the queue.
    const step = state.overflow.hasSteps(type) ? state.overflow.stepFor(agent, c) : 0;
    if (fromQueue) this.hooks.dequeue(c);
    // Messaging sessions (hook): a reply to a session takes its next turn, not a new service.
    if (this.sessions !== null && this.sessions.resumes(c)) {
      this.sessions.resumeTurn(c, agent, step);
      return;
    }
    const channel = state.typeChannel[type] as number;
    const group = agents.group[agent] as number;
    const predictors = this.parts.predictors;
    // Stryker disable next-line ConditionalExpression: observe with no predictor in use tells nobody (a cost-only guard)
    if (predictors.any) predictors.observe(type, sim.now - (contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number));
    // interruptions: a call given to an agent holding suspendable work suspends it first.
    if (channel === VOICE && this.interruptions !== null) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an agent with no load has no contact in service, so suspendAll finds an empty list (a cost-only guard)
      if ((agents.totalLoad[agent] as number) > 0) this.interruptions.suspendAll(agent);
    }
    if (contacts.ints[c * ContactInt.stride + ContactInt.callback] !== 0 && !callbacks.attempt(c, agent, channel, group)) return;
    contacts.ints[c * ContactInt.stride + ContactInt.step] = step;
    if (step > 0) state.overflow.overflowLoad[group]!++;
    // An issue's first service (nobody informed yet): no context, nothing repeated, factor 1.
    const issue = contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    // Stryker disable next-line ConditionalExpression: hasContext, repeatsInformation and handleFactor read the issue's informed flag themselves: on an issue nobody has heard they give no context, nothing repeated and factor 1 whatever `informed` says
    const informed = state.issues.ints[issue * IssueInt.stride + IssueInt.informed] === 1;
    const context = informed && journey.hasContext(c, agent);
    contacts.ints[c * ContactInt.stride + ContactInt.context] = context ? 1 : 0;
    if (informed && journey.repeatsInformation(c, context)) state.issues.ints[issue * IssueInt.stride + IssueInt.repeatedInformation]!++;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.inService;
    contacts.reals[c * ContactReal.stride + ContactReal.serviceStart] = sim.now;
    contacts.ints[c * ContactInt.stride + ContactInt.agent] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.idleSince[agent] = sim.now; // then `refile`: `refresh(agent, sim.now)` without boxing the time
    agents.refile(agent);
    this.core.notify.serviceStart(c, agent);
    // Stryker disable next-line ConditionalExpression: without a warm-transfer type nothing is linked and answered() returns at once (a cost-only guard)
    if (this.parts.warm.any) this.parts.warm.answered(c);
    this.core.notify.agentChange(agent);
    const profiles = state.profiles;
    const speed =
      profiles !== null && profiles.individual[group] === 1
        ? profiles.startService(agent, group, type, c)
        : state.speedOf(type, group);
    const base = (contacts.reals[c * ContactReal.stride + ContactReal.baseHandleTime] as number) * speed;
    let duration = informed ? base * journey.handleFactor(c, context) : base;
    // A customer who left silently: the agent only spends the time finding nobody there.
    const silent = this.silent;
    if (silent !== null && silent.gone(c, sim.now - (contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number))) duration = silent.discoveryTime(c);
    const slowdown = this.slowdown;
    if (slowdown !== null && slowdown.applies(group, channel)) slowdown.start(c, agent, channel, duration);
    else sim.scheduleInto(duration, this.kServiceEnd, c, EventPriority.release, contacts.reals, c * ContactReal.stride + ContactReal.timer);
    // interruptions: the agent's contacts a call may suspend are tracked.
    this.interruptions?.started(c, agent, channel, duration);
  }

  /** The service of contact `c` ends now (its `service-end` event): outcome, issue, then wrap-up or free capacity. */
  endService(c: number): void {
    // Messaging sessions (hook): a turn that leaves the customer to reply does not end the service.
    if (this.sessions !== null && this.sessions.turnEnded(c)) return;
    const { state, sim, model, journey } = this;
    const issueFlow = this.parts.issueFlow;
    const contacts = state.contacts;
    const issues = state.issues;
    const agent = contacts.ints[c * ContactInt.stride + ContactInt.agent] as number;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const issue = contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    const silent = this.silent;
    const queuedAt = contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number;
    const gone = silent !== null && silent.gone(c, (contacts.reals[c * ContactReal.stride + ContactReal.serviceStart] as number) - queuedAt);
    const outcome = gone
      ? ServiceOutcome.silentAbandoned
      : this.sessions !== null && this.sessions.timedOut(c) // messaging sessions (hook): the customer stopped replying
        ? ServiceOutcome.unresolved
        : journey.outcome(c, agent);
    // Stryker disable next-line UnaryOperator: nothing reads a served contact's timer (no cancel) before the wrap-up or a warm transfer's consult sets it again or release() clears it
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.served;
    contacts.ints[c * ContactInt.stride + ContactInt.outcome] = outcome;
    if (!gone) {
      issues.ints[issue * IssueInt.stride + IssueInt.informed] = 1;
      issues.ints[issue * IssueInt.stride + IssueInt.lastAgent] = agent;
      issues.ints[issue * IssueInt.stride + IssueInt.lastChannel] = state.typeChannel[type] as number;
    }
    issues.reals[issue * IssueReal.stride + IssueReal.lastContactEnd] = sim.now;
    issues.reals[issue * IssueReal.stride + IssueReal.customerTime]! += gone ? silent.leftAfter(c) : sim.now - queuedAt;
    this.interruptions?.ended(c, agent);
    this.core.notify.serviceEnd(c, agent);
    const slowdown = this.slowdown;
    if (slowdown !== null) {
      const channel = state.typeChannel[type] as number;
      // Stryker disable next-line ConditionalExpression: for a group and channel without a table the held list is empty (end() finds nothing to drop) and the contact's work tally is read only while held (start() resets it)
      if (slowdown.applies(state.agents.group[agent] as number, channel)) slowdown.end(c, agent, channel);
    }
    const def = model.contactTypes[type]!;
    if (outcome === ServiceOutcome.resolved) issueFlow.close(issue, true);
    else if (outcome === ServiceOutcome.transferred) {
      issues.ints[issue * IssueInt.stride + IssueInt.transfers]!++;
      this.core.counters.transfers++;
      if (this.parts.warm.isWarm(type)) {
        // The agent keeps the customer (and its capacity) until the next agent answers and consults.
        contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.wrapUp;
        this.hooks.transfer(def.transfer!.to, issue, c);
        return;
      }
      this.hooks.transfer(def.transfer!.to, issue, -1);
    } else if (gone) {
      if (issueFlow.continueAfter(issue, type, def.retrial)) this.core.counters.retrials++;
    } else issueFlow.continueAfter(issue, type, def.repeat);
    this.afterService(c);
  }

  /** After the service of `c` (or the agent's part in its warm transfer): the agent's wrap-up, if its group has one, then free capacity. */
  afterService(c: number): void {
    const { state, sim, model } = this;
    const contacts = state.contacts;
    const group = state.agents.group[contacts.ints[c * ContactInt.stride + ContactInt.agent] as number] as number;
    if (model.agentGroups[group]!.wrapUp !== null) {
      contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.wrapUp;
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(this.parts.draws.wrapUp(group), this.kWrapEnd, c, EventPriority.release);
      return;
    }
    this.finish(c);
  }

  /** The agent is done with contact `c` (after wrap-up): free its capacity and offer it work. */
  finish(c: number): void {
    const state = this.state;
    const contacts = state.contacts;
    const agents = state.agents;
    const agent = contacts.ints[c * ContactInt.stride + ContactInt.agent] as number;
    const channel = state.typeChannel[contacts.ints[c * ContactInt.stride + ContactInt.type] as number] as number;
    if ((contacts.ints[c * ContactInt.stride + ContactInt.step] as number) > 0) state.overflow.overflowLoad[agents.group[agent] as number]!--;
    contacts.release(c);
    this.releaseCapacity(agent, channel);
  }
}
