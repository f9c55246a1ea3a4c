import { EventPriority } from '../core/priority';
import { Simulator, type EventKind, type LaneId } from '../core/simulator';
import type { RandomStreams } from '../random/streams';
import type { RoutingPolicy } from './routing-policy';
import { AgentProfiles, usesIndividualAgents } from './agent-profiles';
import { CallbackFlow } from './callback-flow';
import { CenterState } from './center-state';
import { isOnlineChannel } from './channel';
import { ContactDraws } from './contact-draws';
import { ContactInt, ContactReal, ContactState } from './contact-table';
import { IssueInt, IssueReal } from './issue-table';
import type { ModelDefinition, RepeatDefinition } from './definition';
import type { EngineCore } from './engine-core';
import { IssueFlow } from './issue-flow';
import { DEFAULT_JOURNEY, JourneyRules } from './journey';
import { MessagingSessions, usesSessions } from './messaging-session';
import { NextOpening } from './next-opening';
import type { ContactCenterObserver } from './observer';
import { ObserverDispatch } from './observer-dispatch';
import { returnOpeningHours } from './opening-hours';
import { QueueExitFlow } from './queue-exit-flow';
import { RUNAWAY_CHECK_EVERY, RunCounters, RunawayWatch } from './runaway';
import { SameContactRetrials, usesSameContactRetrials } from './same-contact-retrials';
import { UnstaffedClearing, usesUnstaffedClearing } from './unstaffed-clearing';
import { SelfServiceFlow, usesSelfService } from './self-service-flow';
import { SilentAbandonment, usesSilentAbandonment } from './silent-abandonment';
import { ServiceFlow } from './service-flow';
import { StaffingController, type DutyController } from './staffing-controller';
import { staffingSteps } from './staffing-plan';
import { WaitPredictors } from './wait-predictor';
import { WaitingTimers } from './waiting-timers';
import { WarmTransfers } from './warm-transfer';
import { WorkforceController } from './workforce-controller';
import { WorkforceLedger, type WorkforceGroupMetrics } from './workforce-ledger';
import { AbsenceDraws, usesWorkforce, workforcePlan } from './workforce-plan';

/** What the engine needs besides the model. */
export interface EngineOptions {
  /** The random streams of this replication. */
  readonly streams: RandomStreams;
  /** The routing policy (already created for this run). */
  readonly policy: RoutingPolicy;
  /** Observers, told of every state change in registration order. */
  readonly observers?: readonly ContactCenterObserver[];
  /** Name of the policy, for error messages. */
  readonly policyName?: string;
}

/**
 * Runs one contact center over one horizon. The engine owns the state: it generates arrivals,
 * asks the routing policy to choose, checks and applies the choice, and tells the observers.
 * It coordinates its parts: {@link ServiceFlow} (a contact's service, from the routing decision to
 * the agent's free capacity), {@link ContactDraws} (the random draws about new contacts),
 * {@link WaitingTimers} (abandonment, overflow steps, the policy's wake-ups),
 * {@link CallbackFlow} (callback offers and attempts), {@link JourneyRules} (context,
 * resolution, transfers, returns), {@link IssueFlow} (issues opened, closed, customers coming
 * back), {@link StaffingController} (shifts; {@link WorkforceController} when the model uses
 * shrinkage, absenteeism or breaks) and
 * {@link ObserverDispatch} (the observers).
 *
 * Same-instant order: service and wrap-up ends (`release`) and shift starts, then shift ends
 * (`control`), then arrivals and returning customers (`arrival`), then abandonments (`timer`),
 * then warm-up end (`observe`); FIFO among equals.
 *
 * Random streams (named, so that a policy change never shifts the arrivals a replication sees):
 * `arrivals:<type>`, `segment:<type>`, `handle-time:<type>`, `patience:<type>` and
 * `resolution:<type>` are drawn when a contact arrives, one draw each; `wrap-up:<group>` at the end
 * of each service; `transfer:<type>` and `return:<type>` when a contact ends; `callback:<type>` per
 * callback offer and attempt; `balking:<type>` per new contact of a type that balks (see
 * {@link QueueExitFlow}); `busyness` once per day; `absence` (per group and agent slot, one draw
 * per day, before the run, only with `absenteeism`: see `workforce-plan.ts`); with individual agents,
 * `agent-handle-factor:<group>`, `agent-resolution-factor:<group>` and `agent-proficiency:<group>`
 * once per replication before the run (see `agent-profiles.ts`); `consult:<type>` when a warm
 * transfer is answered (see `warm-transfer.ts`); `self-service:<type>` per session of a type's
 * self-service stage ({@link SelfServiceFlow}) and `silent-abandon:<type>` per contact of a type
 * with silent abandonment ({@link SilentAbandonment}), and `session-turns:<type>`, `session-work:<type>` and
 * `reply-gap:<type>` per contact of a type with messaging sessions ({@link MessagingSessions}; with its
 * options also `session-context-loss:<type>`, `reply-patience:<type>` and `session-wrap-up:<group>`),
 * only when the model has them; `routing`
 * belongs to the policy. Concurrency slowdown (`ConcurrencySlowdown`, in the service flow) draws nothing.
 */
export class ContactCenterEngine implements EngineCore {
  /** The discrete-event simulator of the run: its clock (`sim.now`, seconds) and event loop. */
  readonly sim = new Simulator(1024);
  /** The center's state during the run; observers and policies see it as a read-only `ContactCenterView`. */
  readonly state: CenterState;
  /** The observers of the run, one function per hook (built when the run starts, after `attach`). */
  notify = new ObserverDispatch();
  /** What the runaway watch counts during the run. */
  readonly counters = new RunCounters();
  private readonly observers: readonly ContactCenterObserver[];
  private readonly draws: ContactDraws;
  private readonly journey: JourneyRules;
  private readonly timers: WaitingTimers;
  private readonly callbacks: CallbackFlow;
  private readonly exits: QueueExitFlow;
  private readonly staffing: DutyController;
  /** Shrinkage, absences and breaks, when the model uses any (else null: plain staffing). */
  private readonly workforce: { readonly controller: WorkforceController; readonly ledger: WorkforceLedger } | null = null;
  private readonly issueFlow: IssueFlow;
  private readonly service: ServiceFlow;
  private readonly warm: WarmTransfers;
  /** Silent abandonment in chat and messaging, when some contact type has it (else null). */
  private readonly silent: SilentAbandonment | null;
  /** Retrials that are the same contact again, when some contact type has them (else null). */
  private readonly sameContact: SameContactRetrials | null;
  /** Queues cleared whenever nobody may serve them, when some contact type asks (else null). */
  private readonly unstaffed: UnstaffedClearing | null;
  /** The self-service stage before the queue, when some contact type has one (else null). */
  private readonly selfService: SelfServiceFlow | null;
  /** Messaging sessions with reply gaps, when some contact type has them (else null). */
  private readonly sessions: MessagingSessions | null;
  private readonly kArrival: EventKind;
  /** One simulator lane per contact type for its next new contact (arrivals skip the event queue). */
  private readonly arrivalLanes: LaneId[];
  private readonly kWarmupEnd: EventKind;
  private serial = 0;

  /**
   * Sets up a run of `model`; call {@link ContactCenterEngine.run} to simulate it.
   *
   * @param model - the resolved model (see `resolveScenario`)
   * @param options - the random streams, routing policy and observers of this run
   */
  constructor(
    /** The resolved model being simulated. */
    readonly model: ModelDefinition,
    options: EngineOptions,
  ) {
    const { streams, policy } = options;
    const policyName = options.policyName ?? model.routing.policy;
    // Stryker disable next-line ArrayDeclaration: a default list holding a string is as empty: a string has no attach or hook methods
    this.observers = options.observers ?? [];
    const steps = model.agentGroups.map((g) => staffingSteps(g.staffing, model.horizon));
    this.state = new CenterState(
      model,
      steps.map((s) => s.peak),
      this.sim,
    );
    // Stryker disable next-line ConditionalExpression: `true` gives a model without individuals profiles that hold every agent at its group's values (agent-profiles.ts), the answers CenterState gives without them (`false` is killed by the individual-agents tests)
    if (usesIndividualAgents(model.agentGroups)) this.state.profiles = new AgentProfiles(model, this.state.agents, streams);
    this.draws = new ContactDraws(model, streams);
    this.journey = new JourneyRules(model, this.state, this.state.issues, streams);
    const openings = returnOpeningHours(model, steps, (t) => this.state.eligibleGroups(t));
    const sim = this.sim;
    // Stryker disable next-line StringLiteral,ArrowFunction: the engine runs arrival events through its dispatchByKind, never this handler; an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kArrival = sim.defineEvent('arrival', (type) => this.arrive(type));
    this.sameContact = usesSameContactRetrials(model) ? new SameContactRetrials() : null;
    this.state.sameContact = this.sameContact;
    this.arrivalLanes = model.contactTypes.map(() => sim.defineLane());
    this.issueFlow = new IssueFlow(this, this.journey, openings, (type, issue) => this.createContact(type, issue, false), this.sameContact);
    this.timers = new WaitingTimers(this, policy, policyName);
    this.selfService = usesSelfService(model) ? new SelfServiceFlow(this, streams, this.issueFlow, (type, issue) => this.createContact(type, issue, false)) : null;
    const groupsPerType = model.contactTypes.map((_, t) => this.state.eligibleGroups(t));
    const predictors = new WaitPredictors(this.state, () => new NextOpening(steps, groupsPerType));
    this.callbacks = new CallbackFlow(this, streams, predictors);
    this.exits = new QueueExitFlow(this, streams, predictors, {
      dequeue: (c) => this.dequeue(c),
      reroute: (type, issue) => this.createContact(type, issue, false),
    });
    this.unstaffed = usesUnstaffedClearing(model) ? new UnstaffedClearing(model, this.state, sim, (type) => this.exits.clearWaiting(type)) : null;
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kWarmupEnd = sim.defineEvent('warm-up-end', () => this.notify.warmupEnd());
    // Messaging sessions (hook): replies waiting for an agent that leaves or logs off are routed.
    const dutyChanged = (a: number): void => {
      this.agentChanged(a);
      this.sessions?.dutyChanged(a);
    };
    const hooks = { agentChanged: dutyChanged, offerWork: (a: number) => this.service.offerWork(a) };
    if (usesWorkforce(model.agentGroups)) {
      const absences = new AbsenceDraws(streams);
      const plans = model.agentGroups.map((g) => workforcePlan(g, model.horizon, absences));
      const ledger = new WorkforceLedger(model.agentGroups.length, model.horizon, model.warmup, model.intervalLength);
      const controller = new WorkforceController(sim, this.state.agents, plans, hooks, ledger);
      this.workforce = { controller, ledger };
      this.staffing = controller;
    } else {
      this.staffing = new StaffingController(sim, this.state.agents, steps, hooks);
    }
    this.warm = new WarmTransfers(model, this.state.contacts, sim, streams, (held) => this.service.afterService(held));
    this.state.warm = this.warm;
    this.silent = usesSilentAbandonment(model) ? new SilentAbandonment(model, streams, this.state.contacts) : null;
    this.sessions = usesSessions(model) ? new MessagingSessions(this, streams, this.issueFlow, this.silent) : null;
    this.state.sessions = this.sessions;
    const { draws, journey, callbacks, issueFlow, staffing, warm, silent, sessions } = this;
    this.service = new ServiceFlow(this, { policy, policyName, draws, journey, callbacks, predictors, issueFlow, staffing, warm, silent, sessions }, {
      dequeue: (c) => this.dequeue(c),
      transfer: (type, issue, held) => this.createContact(type, issue, true, held),
    });
    this.dispatchByKind();
  }

  /**
   * Runs the simulator's events by kind: the four kinds of every contact (arrival, abandon,
   * service end, wrap-up end) call their methods directly from one function, so each has a call
   * site of its own that the JIT can inline; the other kinds go to their handlers. Without it
   * every event is an indirect call through the closure of its kind, from one call site that sees
   * them all. The order of events does not change.
   */
  // Stryker disable next-line BlockStatement: without the dispatch function every event runs its kind's handler, which calls the same method (a speed-only path, docs/performance.md "Dispatch by kind")
  private dispatchByKind(): void {
    const { sim, service } = this;
    const kArrival = this.kArrival;
    const kAbandon = this.timers.kAbandon;
    const kServiceEnd = service.kServiceEnd;
    const kWrapEnd = service.kWrapEnd;
    sim.dispatchBy((kind, arg) => {
      // Each test on a statement of its own, so that its comment reaches Stryker.
      // Stryker disable next-line ConditionalExpression: `false` hands the kind to its own handler (handlerOf), which calls the same method; `true` is killed by every run
      if (kind === kServiceEnd) return service.endService(arg);
      // Stryker disable next-line ConditionalExpression: as above
      if (kind === kArrival) return this.arrive(arg);
      // Stryker disable next-line ConditionalExpression: as above
      if (kind === kAbandon) return this.abandon(arg);
      // Stryker disable next-line ConditionalExpression: as above
      if (kind === kWrapEnd) return service.finish(arg);
      sim.handlerOf(kind)(arg);
    });
  }

  /**
   * Runs the whole horizon (and the drain, if the model asks for one). The observers' `onWarmupEnd`
   * is called once, when the warm-up ends, and not at all in a model without warm-up.
   *
   * @throws RunawayError when the run's work regenerates itself without end (see `RunawayWatch`)
   */
  run(): void {
    const { model, sim, state } = this;
    for (let k = 0; k < this.observers.length; k++) this.observers[k]!.attach?.(state);
    const wf = this.workforce;
    // The workforce ledger counts each group's busy agents: it listens last, after every observer.
    this.notify = new ObserverDispatch(wf === null ? this.observers : [...this.observers, { onAgentChange: (a: number) => wf.controller.agentChanged(a) }]);
    this.staffing.start();
    if (model.warmup > 0) sim.scheduleAt(model.warmup, this.kWarmupEnd, 0, EventPriority.observe);
    for (let t = 0; t < model.contactTypes.length; t++) {
      const first = this.draws.nextArrival(t, 0);
      if (first < Infinity) sim.scheduleInLane(this.arrivalLanes[t]!, first, this.kArrival, t, EventPriority.arrival);
    }
    // The loop runs in slices; between two, the runaway watch compares its counters (no cost per event).
    const watch = this.runawayWatch();
    const slice = { until: model.horizon, maxEvents: RUNAWAY_CHECK_EVERY };
    while (sim.run(slice) === RUNAWAY_CHECK_EVERY) watch.check(sim.eventsProcessed, sim.now);
    // Stryker disable next-line ConditionalExpression: `true` closes queues of which no type has a definition: nothing is cleared, and `closed` is read only with one (clearsOnEntry); `false` is killed by the closing tests
    if (this.exits.any) this.exits.closeQueues();
    if (model.endOfDay === 'drain') {
      slice.until = Infinity;
      while (sim.run(slice) === RUNAWAY_CHECK_EVERY) watch.check(sim.eventsProcessed, sim.now);
      // Nothing left to happen while warm transfers wait: every agent who could answer them holds a
      // customer whose own transfer waits. Break the deadlock one held agent at a time (docs/agents.md).
      for (let next = this.warm.oldestWaiting(); next >= 0; next = this.warm.oldestWaiting()) {
        this.releaseWarmHold(next);
        while (sim.run(slice) === RUNAWAY_CHECK_EVERY) watch.check(sim.eventsProcessed, sim.now);
      }
    }
    this.closeUnfinished();
    this.workforce?.ledger.close(sim.now);
    this.notify.end();
  }

  /**
   * Agent-hours scheduled, absent, paid, on break, withheld by shrinkage, available and productive
   * per group (after {@link ContactCenterEngine.run}); null when the model uses no workforce
   * mechanism (shrinkage, absenteeism, shift breaks).
   */
  workforceHours(): WorkforceGroupMetrics[] | null {
    return this.workforce === null ? null : this.workforce.ledger.result(this.model.agentGroups.map((g) => g.name));
  }

  /** The runaway watch of this run, reading the engine's counters. */
  private runawayWatch(): RunawayWatch {
    const { state, model } = this;
    return new RunawayWatch({
      counters: this.counters,
      issuesOpened: () => this.issueFlow.opened,
      staffingApplied: () => this.staffing.applied,
      contactsPresent: () => state.contacts.present,
      typesPresent: () => {
        const names = new Set<string>();
        const contacts = state.contacts;
        for (let c = 0; c < contacts.capacity && names.size < 5; c++) {
          if (contacts.ints[c * ContactInt.stride + ContactInt.state] !== ContactState.free) names.add(model.contactTypes[contacts.ints[c * ContactInt.stride + ContactInt.type] as number]!.name);
        }
        return [...names];
      },
      maxContacts: (model.journey ?? DEFAULT_JOURNEY).maxContacts,
    });
  }

  /** A new customer contacts the center about a new issue. */
  private arrive(type: number): void {
    const sim = this.sim;
    const next = this.draws.nextArrival(type, sim.now);
    if (next < Infinity) sim.scheduleInLane(this.arrivalLanes[type]!, next, this.kArrival, type, EventPriority.arrival);
    const issue = this.issueFlow.open(type, this.draws.segment(type));
    if (this.selfService !== null && this.selfService.applies(type)) this.selfService.begin(type, issue);
    else this.createContact(type, issue, false);
  }

  /**
   * A contact of `type` about `issue` enters the system now and is routed; `held` is the first
   * contact whose agent keeps the customer on a warm transfer (-1: none).
   */
  private createContact(type: number, issue: number, transferred: boolean, held = -1): void {
    const { sim, state } = this;
    const def = this.model.contactTypes[type]!;
    const contacts = state.contacts;
    const issues = state.issues;
    const c = contacts.allocate();
    // Stryker disable next-line ArithmeticOperator: ContactInt.type is 0, so `- type` is `+ type` (`c / stride` is killed by every run)
    contacts.ints[c * ContactInt.stride + ContactInt.type] = type;
    contacts.ints[c * ContactInt.stride + ContactInt.issue] = issue;
    contacts.ints[c * ContactInt.stride + ContactInt.attempt] = ++issues.ints[issue * IssueInt.stride + IssueInt.contacts]!;
    contacts.ints[c * ContactInt.stride + ContactInt.transferred] = transferred ? 1 : 0;
    contacts.ints[c * ContactInt.stride + ContactInt.segment] = issues.ints[issue * IssueInt.stride + IssueInt.segment] as number;
    contacts.reals[c * ContactReal.stride + ContactReal.customer] = issues.reals[issue * IssueReal.stride + IssueReal.customer] as number;
    contacts.reals[c * ContactReal.stride + ContactReal.serial] = this.serial++;
    const now = sim.now;
    contacts.reals[c * ContactReal.stride + ContactReal.arrival] = now;
    contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = now;
    // A same-contact retrial keeps its first attempt's draws (same-contact-retrials.ts).
    if (this.sameContact === null || !this.sameContact.enter(contacts, c, issue)) {
      contacts.reals[c * ContactReal.stride + ContactReal.baseHandleTime] = this.draws.handleTime(type, now);
      contacts.reals[c * ContactReal.stride + ContactReal.patience] = this.draws.patience(type, now);
      contacts.reals[c * ContactReal.stride + ContactReal.resolutionDraw] = this.journey.drawResolution(type);
    }
    this.silent?.draw(c, type);
    this.sessions?.draw(c, type);
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.waiting;
    const exits = this.exits;
    const balkDraw = exits.any && !transferred ? exits.balkDraw(type) : Number.NaN;
    if (held >= 0) this.warm.link(c, held);
    this.notify.arrival(c);
    if (this.service.serveIfChosen(c, false)) return;
    if (exits.any && exits.wouldWait(c, type, balkDraw)) return;
    const channel = def.channel;
    const callback = def.callback;
    // Stryker disable next-line ConditionalExpression: `true` is a speed-only skip: CallbackRules.offer finds no offer for a type without callbacks (`false` is killed by the callback tests)
    if (callback !== null) {
      // A customer on a warm transfer is still with an agent: no callback offer; nor is an email or messaging customer, who is not on the line.
      if (isOnlineChannel(channel) && held < 0 && this.callbacks.offer(c, type, callback)) return;
    }
    if ((state.waitingPerChannel[channel] as number) >= (this.model.waitingRoom[channel] as number)) {
      contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.blocked;
      this.notify.blocked(c);
      this.releaseWarmHold(c);
      this.contactLost(c, def.retrial);
      return;
    }
    this.enqueue(c, false);
  }

  /**
   * Asks the routing policy for an agent for contact `c` (new, or waiting when `fromQueue`); when
   * it chooses one, checks the choice, starts the service and returns true.
   */
  serveIfChosen(c: number, fromQueue: boolean): boolean {
    return this.service.serveIfChosen(c, fromQueue);
  }


  /**
   * Puts contact `c` in its waiting queue and starts its timers: at the tail, or, when `due` (a
   * callback that fell due), among the queue's due callbacks in promise order (see
   * `WaitingQueues.pushDue`). Returns true when `c` entered as a due callback still within its
   * promise (the callback flow then times its lapse).
   */
  enqueue(c: number, due: boolean): boolean {
    const { state, sim } = this;
    const contacts = state.contacts;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const q = state.queueOf(type, contacts.ints[c * ContactInt.stride + ContactInt.segment] as number);
    contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = sim.now;
    if (this.exits.closed && this.exits.clearsOnEntry(type)) {
      this.exits.end(c, 'cleared');
      return false;
    }
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.waiting;
    // Stryker disable next-line BooleanLiteral: the callers that pass `due` false ignore the result (createContact, callback-flow.ts, messaging-session-replies.ts); with `due` it is set below
    let withinPromise = false;
    if (due) withinPromise = state.queues.pushDue(q, c, sim.now);
    else state.queues.push(q, c);
    state.waitingPerType[type]!++;
    state.waitingPerChannel[state.typeChannel[type] as number]!++;
    this.timers.start(c, type);
    // Stryker disable next-line ConditionalExpression: `true` is a speed-only skip: start() does nothing for a type without a definition (`false` is killed by the maximum-wait tests)
    if (this.exits.any) this.exits.start(c, type);
    this.notify.queued(c, q);
    return withinPromise;
  }

  private dequeue(c: number): void {
    const state = this.state;
    const contacts = state.contacts;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const q = state.queueOf(type, contacts.ints[c * ContactInt.stride + ContactInt.segment] as number);
    state.queues.remove(q, c);
    state.waitingPerType[type]!--;
    state.waitingPerChannel[state.typeChannel[type] as number]!--;
    this.timers.cancel(c);
    // Stryker disable next-line ConditionalExpression: `true` is a speed-only skip: without definitions no exit timer is started, so cancel() finds -1 (`false` is killed by the queue-exit tests)
    if (this.exits.any) this.exits.cancel(c);
    this.notify.dequeued(c, q);
  }

  /** An agent puts down one contact of `channel`: free the capacity, log off if leaving, else offer work. */
  releaseCapacity(agent: number, channel: number): void {
    this.service.releaseCapacity(agent, channel);
  }

  /** The customer of waiting contact `c` abandons now (its patience ran out). */
  abandon(c: number): void {
    const contacts = this.state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    this.dequeue(c);
    // Messaging sessions (hook): a customer giving up on a reply ends the session, unresolved.
    if (this.sessions !== null && this.sessions.abandonReply(c)) return;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.abandoned;
    this.notify.abandon(c);
    this.releaseWarmHold(c);
    this.contactLost(c, this.model.contactTypes[contacts.ints[c * ContactInt.stride + ContactInt.type] as number]!.retrial);
  }

  /**
   * The agent keeping the customer of contact `c` on a warm transfer, if any, lets go now: `c` left
   * unanswered (abandoned, blocked, a queue exit), or the drain breaks a hold-and-wait deadlock.
   * The one place a hold ends without an answer.
   */
  releaseWarmHold(c: number): void {
    // Stryker disable next-line ConditionalExpression: `true` is a speed-only skip: without warm transfers nothing is held and lost() finds no link (`false` makes the drain's release of a warm-transfer deadlock loop for ever)
    if (this.warm.any) this.warm.lost(c);
  }

  /** An abandoned or blocked contact leaves; its customer may try again (`retrial`). */
  contactLost(c: number, retrial: RepeatDefinition | null): void {
    this.issueFlow.contactLost(c, retrial);
  }

  /** Tells the observers that an agent's load or duty changed. */
  agentChanged(agent: number): void {
    this.state.slowdown?.agentChanged(agent);
    this.unstaffed?.agentChanged(agent);
    this.notify.agentChange(agent);
  }

  /**
   * At the end of the run, contacts still waiting, in service, parked as scheduled callbacks or
   * being dialled end as unfinished; open issues are reported. A call-back attempt being dialled
   * (nobody answers) is not a service: the contact is told to the observers with no agent
   * (`contactAgent` -1), as a contact still waiting for one, its wait running from its re-queue.
   */
  private closeUnfinished(): void {
    const { contacts, issues } = this.state;
    // Stryker disable next-line EqualityOperator: one step past reads past the typed array (undefined), which is in no state
    for (let c = 0; c < contacts.capacity; c++) {
      const s = contacts.ints[c * ContactInt.stride + ContactInt.state];
      // A messaging session waiting for its customer's reply (`awaitingReply`) is unfinished too,
      // and so is a contact suspended by a call (interruptions), like one in service.
      if (s === ContactState.waiting || s === ContactState.inService || s === ContactState.scheduled || s === ContactState.dialing || s === ContactState.awaitingReply || s === ContactState.suspended) {
        if (s === ContactState.waiting) this.dequeue(c);
        else if (s === ContactState.dialing) contacts.ints[c * ContactInt.stride + ContactInt.agent] = -1;
        contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.unfinished;
        this.sessions?.cutUnfinished(c);
        this.notify.unfinished(c);
      }
    }
    // Stryker disable next-line EqualityOperator: one step past reads past the typed array (undefined), not open
    for (let issue = 0; issue < issues.capacity; issue++) {
      if (issues.ints[issue * IssueInt.stride + IssueInt.open] === 1) this.notify.issueOpenAtEnd(issue);
    }
  }
}
