import { EventPriority } from '../core/priority';
import { Simulator, type EventKind } from '../core/simulator';
import type { RandomStreams } from '../random/streams';
import type { RoutingPolicy } from '../routing/policy';
import { CallbackFlow } from './callback-flow';
import { CenterState } from './center-state';
import { CHANNEL_COUNT, isOnlineChannel } from './channel';
import { ContactDraws } from './contact-draws';
import { ContactState, ServiceOutcome } from './contact-table';
import type { ModelDefinition, RepeatDefinition } from './definition';
import type { EngineCore } from './engine-core';
import { IssueFlow } from './issue-flow';
import { JourneyRules } from './journey';
import type { ContactCenterObserver } from './observer';
import { ObserverDispatch } from './observer-dispatch';
import { returnOpeningHours } from './opening-hours';
import { StaffingController } from './staffing-controller';
import { staffingSteps } from './staffing-plan';
import { WaitingTimers } from './waiting-timers';

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
 * It coordinates its parts: {@link ContactDraws} (the random draws about new contacts),
 * {@link WaitingTimers} (abandonment, overflow steps, the policy's wake-ups),
 * {@link CallbackFlow} (callback offers and attempts), {@link JourneyRules} (context,
 * resolution, transfers, returns), {@link IssueFlow} (issues opened, closed, customers coming
 * back), {@link StaffingController} (shifts) and
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
 * callback offer and attempt; `busyness` once per day; `routing` belongs to the policy.
 */
export class ContactCenterEngine implements EngineCore {
  readonly sim = new Simulator(1024);
  readonly state: CenterState;
  /** The observers of the run, one function per hook (built when the run starts, after `attach`). */
  notify = new ObserverDispatch();
  private readonly observers: readonly ContactCenterObserver[];
  private readonly policy: RoutingPolicy;
  private readonly policyName: string;
  private readonly draws: ContactDraws;
  private readonly journey: JourneyRules;
  private readonly timers: WaitingTimers;
  private readonly callbacks: CallbackFlow;
  private readonly staffing: StaffingController;
  private readonly issueFlow: IssueFlow;
  private readonly kArrival: EventKind;
  private readonly kServiceEnd: EventKind;
  private readonly kWrapEnd: EventKind;
  private readonly kWarmupEnd: EventKind;
  private serial = 0;

  constructor(
    readonly model: ModelDefinition,
    options: EngineOptions,
  ) {
    const { streams } = options;
    this.policy = options.policy;
    this.policyName = options.policyName ?? model.routing.policy;
    this.observers = options.observers ?? [];
    const steps = model.agentGroups.map((g) => staffingSteps(g.staffing, model.horizon));
    this.state = new CenterState(
      model,
      steps.map((s) => s.peak),
      this.sim,
    );
    this.draws = new ContactDraws(model, streams);
    this.journey = new JourneyRules(model, this.state, this.state.issues, streams);
    const openings = returnOpeningHours(model, steps, (t) => this.state.eligibleGroups(t));
    const sim = this.sim;
    this.kArrival = sim.defineEvent('arrival', (type) => this.arrive(type));
    this.issueFlow = new IssueFlow(this, this.journey, openings, (type, issue) => this.createContact(type, issue, false));
    this.kServiceEnd = sim.defineEvent('service-end', (c) => this.endService(c));
    this.kWrapEnd = sim.defineEvent('wrap-up-end', (c) => this.finish(c));
    this.timers = new WaitingTimers(this, this.policy, this.policyName);
    this.callbacks = new CallbackFlow(this, streams);
    this.kWarmupEnd = sim.defineEvent('warm-up-end', () => this.notify.warmupEnd());
    this.staffing = new StaffingController(sim, this.state.agents, steps, {
      agentChanged: (a) => this.agentChanged(a),
      offerWork: (a) => this.offerWork(a),
    });
  }

  /** Runs the whole horizon (and the drain, if the model asks for one). */
  run(): void {
    const { model, sim, state } = this;
    for (let k = 0; k < this.observers.length; k++) this.observers[k]!.attach?.(state);
    this.notify = new ObserverDispatch(this.observers);
    this.staffing.start();
    if (model.warmup > 0) sim.scheduleAt(model.warmup, this.kWarmupEnd, 0, EventPriority.observe);
    for (let t = 0; t < model.contactTypes.length; t++) {
      const first = this.draws.nextArrival(t, 0);
      if (first < Infinity) sim.scheduleAt(first, this.kArrival, t, EventPriority.arrival);
    }
    sim.run({ until: model.horizon });
    if (model.endOfDay === 'drain') sim.run();
    this.closeUnfinished();
    this.notify.end();
  }

  /** A new customer contacts the center about a new issue. */
  private arrive(type: number): void {
    const sim = this.sim;
    const next = this.draws.nextArrival(type, sim.now);
    if (next < Infinity) sim.scheduleAt(next, this.kArrival, type, EventPriority.arrival);
    this.createContact(type, this.issueFlow.open(type, this.draws.segment(type)), false);
  }

  /** A contact of `type` about `issue` enters the system now and is routed. */
  private createContact(type: number, issue: number, transferred: boolean): void {
    const { sim, state } = this;
    const def = this.model.contactTypes[type]!;
    const contacts = state.contacts;
    const issues = state.issues;
    const c = contacts.allocate();
    contacts.type[c] = type;
    contacts.issue[c] = issue;
    contacts.attempt[c] = ++issues.contacts[issue]!;
    contacts.transferred[c] = transferred ? 1 : 0;
    contacts.segment[c] = issues.segment[issue] as number;
    contacts.customer[c] = issues.customer[issue] as number;
    contacts.serial[c] = this.serial++;
    const now = sim.now;
    contacts.arrival[c] = now;
    contacts.queuedAt[c] = now;
    contacts.baseHandleTime[c] = this.draws.handleTime(type);
    contacts.patience[c] = this.draws.patience(type);
    contacts.resolutionDraw[c] = this.journey.drawResolution(type);
    contacts.state[c] = ContactState.waiting;
    this.notify.arrival(c);
    if (this.serveIfChosen(c, false)) return;
    const channel = def.channel;
    if (def.callback !== null && contacts.callback[c] === 0 && isOnlineChannel(channel)) {
      if (this.callbacks.offer(c, type, def.callback)) return;
    }
    if ((state.waitingPerChannel[channel] as number) >= (this.model.waitingRoom[channel] as number)) {
      contacts.state[c] = ContactState.blocked;
      this.notify.blocked(c);
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
    const agent = this.policy.selectAgent(c, this.state);
    if (agent < 0) return false;
    this.checkAgentChoice(agent, c);
    this.startService(c, agent, fromQueue);
    return true;
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
    const type = contacts.type[c] as number;
    const q = state.queueOf(type, contacts.segment[c] as number);
    contacts.queuedAt[c] = sim.now;
    contacts.state[c] = ContactState.waiting;
    let withinPromise = false;
    if (due) withinPromise = state.queues.pushDue(q, c, sim.now);
    else state.queues.push(q, c);
    state.waitingPerType[type]!++;
    state.waitingPerChannel[state.typeChannel[type] as number]!++;
    this.timers.start(c, type);
    this.notify.queued(c, q);
    return withinPromise;
  }

  private dequeue(c: number): void {
    const state = this.state;
    const contacts = state.contacts;
    const type = contacts.type[c] as number;
    const q = state.queueOf(type, contacts.segment[c] as number);
    state.queues.remove(q, c);
    state.waitingPerType[type]!--;
    state.waitingPerChannel[state.typeChannel[type] as number]!--;
    this.timers.cancel(c);
    this.notify.dequeued(c, q);
  }

  private startService(c: number, agent: number, fromQueue: boolean): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const agents = state.agents;
    const type = contacts.type[c] as number;
    // The overflow step is decided while the contact still counts in its queue (the
    // source-overload condition counts it), before it leaves the queue.
    const step = state.overflow.hasSteps(type) ? state.overflow.stepFor(agent, c) : 0;
    if (fromQueue) this.dequeue(c);
    const channel = state.typeChannel[type] as number;
    const group = agents.group[agent] as number;
    if (this.callbacks.any) this.callbacks.observeWait(type, sim.now - (contacts.queuedAt[c] as number));
    if (contacts.callback[c] !== 0 && !this.callbacks.attempt(c, agent, channel, group)) return;
    contacts.step[c] = step;
    if (step > 0) state.overflow.overflowLoad[group]!++;
    // An issue's first service (nobody informed yet): no context, nothing repeated, factor 1.
    const informed = state.issues.informed[contacts.issue[c] as number] === 1;
    const context = informed && this.journey.hasContext(c, agent);
    contacts.context[c] = context ? 1 : 0;
    if (informed && this.journey.repeatsInformation(c, context)) state.issues.repeatedInformation[contacts.issue[c] as number]!++;
    contacts.state[c] = ContactState.inService;
    contacts.serviceStart[c] = sim.now;
    contacts.agent[c] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.refresh(agent, sim.now);
    this.notify.serviceStart(c, agent);
    this.notify.agentChange(agent);
    const base = (contacts.baseHandleTime[c] as number) * (state.speed[type * this.model.agentGroups.length + group] as number);
    const duration = informed ? base * this.journey.handleFactor(c, context) : base;
    contacts.timer[c] = sim.schedule(duration, this.kServiceEnd, c, EventPriority.release);
  }

  private endService(c: number): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const issues = state.issues;
    const agent = contacts.agent[c] as number;
    const type = contacts.type[c] as number;
    const issue = contacts.issue[c] as number;
    const outcome = this.journey.outcome(c, agent);
    contacts.timer[c] = -1;
    contacts.state[c] = ContactState.served;
    contacts.outcome[c] = outcome;
    issues.informed[issue] = 1;
    issues.lastAgent[issue] = agent;
    issues.lastChannel[issue] = state.typeChannel[type] as number;
    issues.lastContactEnd[issue] = sim.now;
    issues.customerTime[issue]! += sim.now - (contacts.queuedAt[c] as number);
    this.notify.serviceEnd(c, agent);
    const def = this.model.contactTypes[type]!;
    if (outcome === ServiceOutcome.resolved) this.issueFlow.close(issue, true);
    else if (outcome === ServiceOutcome.transferred) {
      issues.transfers[issue]!++;
      this.createContact(def.transfer!.to, issue, true);
    } else this.issueFlow.continueAfter(issue, type, def.repeat);
    const group = state.agents.group[agent] as number;
    if (this.model.agentGroups[group]!.wrapUp !== null) {
      contacts.state[c] = ContactState.wrapUp;
      contacts.timer[c] = sim.schedule(this.draws.wrapUp(group), this.kWrapEnd, c, EventPriority.release);
      return;
    }
    this.finish(c);
  }

  /** The agent is done with contact `c` (after wrap-up): free its capacity and offer it work. */
  private finish(c: number): void {
    const { state } = this;
    const contacts = state.contacts;
    const agents = state.agents;
    const agent = contacts.agent[c] as number;
    const channel = state.typeChannel[contacts.type[c] as number] as number;
    if ((contacts.step[c] as number) > 0) state.overflow.overflowLoad[agents.group[agent] as number]!--;
    contacts.release(c);
    this.releaseCapacity(agent, channel);
  }

  /** An agent puts down one contact of `channel`: free the capacity, log off if leaving, else offer work. */
  releaseCapacity(agent: number, channel: number): void {
    const { state, sim } = this;
    const agents = state.agents;
    agents.load[agent * CHANNEL_COUNT + channel]!--;
    if (--agents.totalLoad[agent]! === 0) {
      agents.groupBusy[agents.group[agent] as number]!--;
      if (this.staffing.finishedLastContact(agent)) return;
    }
    agents.refresh(agent, sim.now);
    // Observers hear of the change only if the agent does not take new work at once (then
    // `startService` tells them): no zero-length idle spell is reported.
    if (!this.offerWork(agent)) this.notify.agentChange(agent);
  }

  /** The customer of waiting contact `c` abandons now (its patience ran out). */
  abandon(c: number): void {
    const contacts = this.state.contacts;
    contacts.timer[c] = -1;
    this.dequeue(c);
    contacts.state[c] = ContactState.abandoned;
    this.notify.abandon(c);
    this.contactLost(c, this.model.contactTypes[contacts.type[c] as number]!.retrial);
  }

  /** An abandoned or blocked contact leaves; its customer may try again (`retrial`). */
  contactLost(c: number, retrial: RepeatDefinition | null): void {
    this.issueFlow.contactLost(c, retrial);
  }

  /** Tells the observers that an agent's load or duty changed. */
  agentChanged(agent: number): void {
    this.notify.agentChange(agent);
  }

  /**
   * Asks the policy for work for an agent with free capacity, as long as it chooses some. Returns
   * true when the agent took at least one contact (it was then re-filed and reported).
   */
  private offerWork(agent: number): boolean {
    const state = this.state;
    const agents = state.agents;
    let took = false;
    while (agents.onDuty[agent] === 1 && agents.leaving[agent] === 0 && agents.hasFreeCapacity(agent)) {
      const c = this.policy.selectContact(agent, state);
      if (c < 0) return took;
      if (state.contacts.state[c] !== ContactState.waiting || !state.canServe(agent, c)) {
        throw new Error(
          `routing policy '${this.policyName}' chose contact ${c} for agent ${agent}, but that contact is not waiting or the agent cannot serve it`,
        );
      }
      this.startService(c, agent, true);
      took = true;
    }
    return took;
  }

  private checkAgentChoice(agent: number, c: number): void {
    if (!(agent < this.state.agents.count) || !this.state.canServe(agent, c)) {
      throw new Error(
        `routing policy '${this.policyName}' chose agent ${agent} for contact ${c}, but that agent cannot serve it now`,
      );
    }
  }

  /** At the end of the run, contacts still waiting or in service end as unfinished; open issues are reported. */
  private closeUnfinished(): void {
    const { contacts, issues } = this.state;
    for (let c = 0; c < contacts.capacity; c++) {
      const s = contacts.state[c];
      if (s === ContactState.waiting || s === ContactState.inService || s === ContactState.scheduled || s === ContactState.dialing) {
        if (s === ContactState.waiting) this.dequeue(c);
        contacts.state[c] = ContactState.unfinished;
        this.notify.unfinished(c);
      }
    }
    for (let issue = 0; issue < issues.capacity; issue++) {
      if (issues.open[issue] === 1) this.notify.issueOpenAtEnd(issue);
    }
  }
}
