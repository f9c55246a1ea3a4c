import { EventPriority } from '../core/priority';
import { Simulator, type EventKind } from '../core/simulator';
import { sampleStandardGamma } from '../random/distributions/gamma';
import type { RandomStreams, UniformSource } from '../random/streams';
import type { RoutingPolicy } from '../routing/policy';
import { ArrivalProcess, DAY } from './arrival-process';
import { CenterState } from './center-state';
import { CallbackRules } from './callbacks';
import { CHANNEL_COUNT, isOnlineChannel } from './channel';
import { ContactState, ServiceOutcome } from './contact-table';
import type { CallbackDefinition, ModelDefinition, RepeatDefinition } from './definition';
import { JourneyRules } from './journey';
import type { ContactCenterObserver } from './observer';
import { ObserverHub } from './observer-hub';
import { StaffingController } from './staffing-controller';
import { staffingSteps } from './staffing-plan';

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
 *
 * Same-instant order: service and wrap-up ends (`release`) and shift starts, then shift ends
 * (`control`), then arrivals and returning customers (`arrival`), then abandonments (`timer`),
 * then warm-up end (`observe`); FIFO among equals.
 *
 * Random streams (named, so that a policy change never shifts the arrivals a replication sees):
 * `arrivals:<type>`, `segment:<type>`, `handle-time:<type>`, `patience:<type>` and
 * `resolution:<type>` are drawn when a contact arrives, one draw each; `wrap-up:<group>` at the end
 * of each service; `transfer:<type>` and `return:<type>` when a contact ends; `busyness` once per
 * day; `routing` belongs to the policy.
 */
export class ContactCenterEngine {
  readonly sim = new Simulator(1024);
  readonly state: CenterState;
  private readonly policy: RoutingPolicy;
  private readonly policyName: string;
  private readonly hub: ObserverHub;
  private readonly journey: JourneyRules;
  private readonly callbacks: CallbackRules;
  private readonly anyCallbacks: boolean;
  private readonly staffing: StaffingController;
  private readonly arrivalsOf: ArrivalProcess[];
  private readonly arrivalStream: UniformSource[];
  private readonly segmentStream: UniformSource[];
  private readonly handleStream: UniformSource[];
  private readonly patienceStream: UniformSource[];
  private readonly wrapStream: UniformSource[];
  private readonly segmentCdf: Float64Array[];
  private readonly kArrival: EventKind;
  private readonly kReturn: EventKind;
  private readonly kServiceEnd: EventKind;
  private readonly kWrapEnd: EventKind;
  private readonly kAbandon: EventKind;
  private readonly kWarmupEnd: EventKind;
  private readonly kOverflowStep: EventKind;
  private readonly kReconsider: EventKind;
  private readonly kCallbackDue: EventKind;
  private readonly kAttemptEnd: EventKind;
  private serial = 0;
  private issueSerial = 0;
  private customers = 0;
  private readonly o: Record<
    | 'arrival'
    | 'blocked'
    | 'queued'
    | 'dequeued'
    | 'serviceStart'
    | 'serviceEnd'
    | 'abandon'
    | 'unfinished'
    | 'agentChange'
    | 'issueClosed'
    | 'issueOpenAtEnd'
    | 'callbackOffered'
    | 'callbackAttempt',
    ContactCenterObserver[]
  >;

  constructor(
    readonly model: ModelDefinition,
    options: EngineOptions,
  ) {
    const { streams } = options;
    this.policy = options.policy;
    this.policyName = options.policyName ?? model.routing.policy;
    const steps = model.agentGroups.map((g) => staffingSteps(g.staffing, model.horizon));
    this.state = new CenterState(
      model,
      steps.map((s) => s.peak),
      this.sim,
    );
    const types = model.contactTypes;
    const busyness = dayFactors(model, streams);
    this.arrivalsOf = types.map((t) => new ArrivalProcess(t.arrivals, model.horizon, busyness));
    this.arrivalStream = types.map((t) => streams.stream(`arrivals:${t.name}`));
    this.segmentStream = types.map((t) => streams.stream(`segment:${t.name}`));
    this.handleStream = types.map((t) => streams.stream(`handle-time:${t.name}`));
    this.patienceStream = types.map((t) => streams.stream(`patience:${t.name}`));
    this.wrapStream = model.agentGroups.map((g) => streams.stream(`wrap-up:${g.name}`));
    this.segmentCdf = types.map((t) => {
      const cdf = new Float64Array(t.segmentMix.length);
      let acc = 0;
      t.segmentMix.forEach((p, i) => (cdf[i] = acc += p));
      return cdf;
    });
    this.journey = new JourneyRules(model, this.state, this.state.issues, streams);
    this.callbacks = new CallbackRules(this.state, streams);
    this.anyCallbacks = types.some((t) => t.callback !== null);
    const h = (this.hub = new ObserverHub(options.observers ?? []));
    this.o = {
      arrival: h.listeners('onArrival'),
      blocked: h.listeners('onBlocked'),
      queued: h.listeners('onQueued'),
      dequeued: h.listeners('onDequeued'),
      serviceStart: h.listeners('onServiceStart'),
      serviceEnd: h.listeners('onServiceEnd'),
      abandon: h.listeners('onAbandon'),
      unfinished: h.listeners('onUnfinished'),
      agentChange: h.listeners('onAgentChange'),
      issueClosed: h.listeners('onIssueClosed'),
      issueOpenAtEnd: h.listeners('onIssueOpenAtEnd'),
      callbackOffered: h.listeners('onCallbackOffered'),
      callbackAttempt: h.listeners('onCallbackAttempt'),
    };
    const sim = this.sim;
    this.kArrival = sim.defineEvent('arrival', (type) => this.arrive(type));
    this.kReturn = sim.defineEvent('return', (issue) => this.createContact(this.state.issues.nextType[issue] as number, issue, false));
    this.kServiceEnd = sim.defineEvent('service-end', (c) => this.endService(c));
    this.kWrapEnd = sim.defineEvent('wrap-up-end', (c) => this.finish(c));
    this.kAbandon = sim.defineEvent('abandon', (c) => this.abandon(c));
    this.kOverflowStep = sim.defineEvent('overflow-step', (c) => this.openStep(c));
    this.kReconsider = sim.defineEvent('reconsider', (c) => this.reconsider(c));
    this.kCallbackDue = sim.defineEvent('callback-due', (c) => this.callbackDue(c));
    this.kAttemptEnd = sim.defineEvent('callback-attempt-end', (c) => this.attemptEnd(c));
    this.kWarmupEnd = sim.defineEvent('warm-up-end', () => {
      for (const ob of this.hub.listeners('onWarmupEnd')) ob.onWarmupEnd!();
    });
    this.staffing = new StaffingController(sim, this.state.agents, steps, {
      agentChanged: (a) => this.agentChanged(a),
      offerWork: (a) => this.offerWork(a),
    });
  }

  /** Runs the whole horizon (and the drain, if the model asks for one). */
  run(): void {
    const { model, sim, state } = this;
    this.hub.attach(state);
    this.staffing.start();
    if (model.warmup > 0) sim.scheduleAt(model.warmup, this.kWarmupEnd, 0, EventPriority.observe);
    for (let t = 0; t < model.contactTypes.length; t++) {
      const first = this.arrivalsOf[t]!.next(0, this.arrivalStream[t]!);
      if (first < Infinity) sim.scheduleAt(first, this.kArrival, t, EventPriority.arrival);
    }
    sim.run({ until: model.horizon });
    if (model.endOfDay === 'drain') sim.run();
    this.closeUnfinished();
    for (const ob of this.hub.listeners('onEnd')) ob.onEnd!();
  }

  /** A new customer contacts the center about a new issue. */
  private arrive(type: number): void {
    const { sim, state } = this;
    const next = this.arrivalsOf[type]!.next(sim.now, this.arrivalStream[type]!);
    if (next < Infinity) sim.scheduleAt(next, this.kArrival, type, EventPriority.arrival);
    const issues = state.issues;
    const issue = issues.allocate();
    issues.customer[issue] = this.customers++;
    issues.segment[issue] = pick(this.segmentCdf[type]!, this.segmentStream[type]!.next());
    issues.firstType[issue] = type;
    issues.openedAt[issue] = sim.now;
    issues.serial[issue] = this.issueSerial++;
    this.createContact(type, issue, false);
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
    contacts.arrival[c] = sim.now;
    contacts.queuedAt[c] = sim.now;
    contacts.baseHandleTime[c] = def.handleTime.sample(this.handleStream[type]!);
    contacts.patience[c] = def.patience === null ? Infinity : def.patience.sample(this.patienceStream[type]!);
    contacts.resolutionDraw[c] = this.journey.drawResolution(type);
    contacts.state[c] = ContactState.waiting;
    for (const ob of this.o.arrival) ob.onArrival!(c);
    const agent = this.policy.selectAgent(c, state);
    if (agent >= 0) {
      this.checkAgentChoice(agent, c);
      this.startService(c, agent, false);
      return;
    }
    const channel = def.channel;
    if (def.callback !== null && contacts.callback[c] === 0 && isOnlineChannel(channel)) {
      const offer = this.callbacks.offer(type);
      if (offer !== null) {
        for (const ob of this.o.callbackOffered) ob.onCallbackOffered!(c, offer.predictedWait, offer.accepted);
        if (offer.accepted) {
          this.acceptCallback(c, def.callback, offer.predictedWait);
          return;
        }
      }
    }
    if ((state.waitingPerChannel[channel] as number) >= (this.model.waitingRoom[channel] as number)) {
      contacts.state[c] = ContactState.blocked;
      for (const ob of this.o.blocked) ob.onBlocked!(c);
      this.contactLost(c, def.retrial);
      return;
    }
    this.enqueue(c);
  }

  /** The customer accepted a callback: keep the place in line (virtual hold) or park until the promised time. */
  private acceptCallback(c: number, def: CallbackDefinition, predictedWait: number): void {
    const { sim, state } = this;
    const contacts = state.contacts;
    contacts.acceptedAt[c] = sim.now;
    contacts.patience[c] = Infinity;
    if (def.mode === 'virtual-hold') {
      contacts.callback[c] = 1;
      contacts.promise[c] = sim.now + predictedWait + def.window;
      this.enqueue(c);
      return;
    }
    contacts.callback[c] = 2;
    contacts.promise[c] = sim.now + def.promiseAfter + def.window;
    contacts.state[c] = ContactState.scheduled;
    contacts.timer[c] = sim.schedule(def.promiseAfter, this.kCallbackDue, c, EventPriority.arrival);
  }

  /** A scheduled callback (or a retry after an unanswered attempt) is due: it enters the head of its queue. */
  private callbackDue(c: number): void {
    const contacts = this.state.contacts;
    contacts.timer[c] = -1;
    contacts.queuedAt[c] = this.sim.now;
    const agent = this.policy.selectAgent(c, this.state);
    if (agent >= 0) {
      this.checkAgentChoice(agent, c);
      this.startService(c, agent, false);
      return;
    }
    this.enqueue(c, true);
  }

  private enqueue(c: number, atHead = false): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const type = contacts.type[c] as number;
    const q = state.queueOf(type, contacts.segment[c] as number);
    contacts.queuedAt[c] = sim.now;
    contacts.state[c] = ContactState.waiting;
    if (atHead) state.queues.pushFront(q, c);
    else state.queues.push(q, c);
    state.waitingPerType[type]!++;
    state.waitingPerChannel[state.typeChannel[type] as number]!++;
    const patience = contacts.patience[c] as number;
    if (patience < Infinity) contacts.timer[c] = sim.schedule(patience, this.kAbandon, c, EventPriority.timer);
    if (state.overflow.hasSteps(type)) this.scheduleStep(c, 0);
    if (this.policy.reconsiderAfter !== undefined) this.scheduleReconsider(c);
    for (const ob of this.o.queued) ob.onQueued!(c, q);
  }

  private scheduleReconsider(c: number): void {
    const delay = this.policy.reconsiderAfter!(c, this.state);
    if (!(delay >= 0)) {
      throw new Error(`routing policy '${this.policyName}': reconsiderAfter must return a delay ≥ 0 or Infinity, got ${delay}`);
    }
    if (delay < Infinity) this.state.contacts.wakeTimer[c] = this.sim.schedule(delay, this.kReconsider, c, EventPriority.timer);
  }

  /** The policy asked to see a waiting contact again: offer it, and ask when to look next. */
  private reconsider(c: number): void {
    const contacts = this.state.contacts;
    contacts.wakeTimer[c] = -1;
    const agent = this.policy.selectAgent(c, this.state);
    if (agent >= 0) {
      this.checkAgentChoice(agent, c);
      this.startService(c, agent, true);
      return;
    }
    this.scheduleReconsider(c);
  }

  /** Schedules the opening of the first overflow step after `fromStep` for a waiting contact. */
  private scheduleStep(c: number, fromStep: number): void {
    const contacts = this.state.contacts;
    const next = this.state.overflow.nextOpening(contacts.type[c] as number, contacts.queuedAt[c] as number, fromStep);
    if (next.time === Infinity) return;
    contacts.nextStep[c] = next.step;
    contacts.stepTimer[c] = this.sim.scheduleAt(next.time, this.kOverflowStep, c, EventPriority.timer);
  }

  /** An overflow step opened for a waiting contact: offer it to the agents again. */
  private openStep(c: number): void {
    const { state } = this;
    const contacts = state.contacts;
    contacts.stepTimer[c] = -1;
    const agent = this.policy.selectAgent(c, state);
    if (agent >= 0) {
      this.checkAgentChoice(agent, c);
      this.startService(c, agent, true);
      return;
    }
    this.scheduleStep(c, contacts.nextStep[c] as number);
  }

  private dequeue(c: number): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const type = contacts.type[c] as number;
    const q = state.queueOf(type, contacts.segment[c] as number);
    state.queues.remove(q, c);
    state.waitingPerType[type]!--;
    state.waitingPerChannel[state.typeChannel[type] as number]!--;
    const timer = contacts.timer[c] as number;
    if (timer >= 0) {
      sim.cancel(timer);
      contacts.timer[c] = -1;
    }
    const stepTimer = contacts.stepTimer[c] as number;
    if (stepTimer >= 0) {
      sim.cancel(stepTimer);
      contacts.stepTimer[c] = -1;
    }
    const wakeTimer = contacts.wakeTimer[c] as number;
    if (wakeTimer >= 0) {
      sim.cancel(wakeTimer);
      contacts.wakeTimer[c] = -1;
    }
    for (const ob of this.o.dequeued) ob.onDequeued!(c, q);
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
    if (this.anyCallbacks) this.callbacks.observe(type, sim.now - (contacts.queuedAt[c] as number));
    if (contacts.callback[c] !== 0) {
      contacts.attempts[c]!++;
      const answered = this.callbacks.answers(type);
      for (const ob of this.o.callbackAttempt) ob.onCallbackAttempt!(c, agent, answered);
      if (!answered) {
        this.dial(c, agent, channel, group);
        return;
      }
    }
    contacts.step[c] = step;
    if (step > 0) state.overflow.overflowLoad[group]!++;
    const context = this.journey.hasContext(c, agent);
    contacts.context[c] = context ? 1 : 0;
    if (this.journey.repeatsInformation(c, context)) state.issues.repeatedInformation[contacts.issue[c] as number]!++;
    contacts.state[c] = ContactState.inService;
    contacts.serviceStart[c] = sim.now;
    contacts.agent[c] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.refresh(agent, sim.now);
    for (const ob of this.o.serviceStart) ob.onServiceStart!(c, agent);
    this.agentChanged(agent);
    const duration =
      (contacts.baseHandleTime[c] as number) *
      (state.speed[type * this.model.agentGroups.length + group] as number) *
      this.journey.handleFactor(c, context);
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
    for (const ob of this.o.serviceEnd) ob.onServiceEnd!(c, agent);
    const def = this.model.contactTypes[type]!;
    if (outcome === ServiceOutcome.resolved) this.closeIssue(issue, true);
    else if (outcome === ServiceOutcome.transferred) {
      issues.transfers[issue]!++;
      this.createContact(def.transfer!.to, issue, true);
    } else this.customerContinues(issue, type, def.repeat);
    const group = state.agents.group[agent] as number;
    const wrap = this.model.agentGroups[group]!.wrapUp;
    if (wrap !== null) {
      contacts.state[c] = ContactState.wrapUp;
      contacts.timer[c] = sim.schedule(wrap.sample(this.wrapStream[group]!), this.kWrapEnd, c, EventPriority.release);
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
  private releaseCapacity(agent: number, channel: number): void {
    const { state, sim } = this;
    const agents = state.agents;
    agents.load[agent * CHANNEL_COUNT + channel]!--;
    if (--agents.totalLoad[agent]! === 0) {
      agents.groupBusy[agents.group[agent] as number]!--;
      if (this.staffing.finishedLastContact(agent)) return;
    }
    agents.refresh(agent, sim.now);
    this.agentChanged(agent);
    this.offerWork(agent);
  }

  /** An unanswered callback attempt: the agent is busy dialing for `attemptTime`. */
  private dial(c: number, agent: number, channel: number, group: number): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const agents = state.agents;
    contacts.state[c] = ContactState.dialing;
    contacts.agent[c] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.refresh(agent, sim.now);
    this.agentChanged(agent);
    const def = this.model.contactTypes[contacts.type[c] as number]!.callback!;
    contacts.timer[c] = sim.schedule(def.attemptTime, this.kAttemptEnd, c, EventPriority.release);
  }

  /** The unanswered attempt ends: the agent is free again; the contact retries later or is given up. */
  private attemptEnd(c: number): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const type = contacts.type[c] as number;
    const def = this.model.contactTypes[type]!.callback!;
    const agent = contacts.agent[c] as number;
    contacts.agent[c] = -1;
    contacts.timer[c] = -1;
    if ((contacts.attempts[c] as number) < def.maxAttempts) {
      contacts.state[c] = ContactState.scheduled;
      contacts.timer[c] = sim.schedule(def.retryDelay, this.kCallbackDue, c, EventPriority.arrival);
    } else {
      contacts.state[c] = ContactState.abandoned;
      for (const ob of this.o.abandon) ob.onAbandon!(c);
      this.contactLost(c, this.model.contactTypes[type]!.retrial);
    }
    this.releaseCapacity(agent, state.typeChannel[type] as number);
  }

  private abandon(c: number): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    contacts.timer[c] = -1;
    this.dequeue(c);
    contacts.state[c] = ContactState.abandoned;
    for (const ob of this.o.abandon) ob.onAbandon!(c);
    this.contactLost(c, this.model.contactTypes[contacts.type[c] as number]!.retrial);
  }

  /** An abandoned or blocked contact leaves; its customer may try again. */
  private contactLost(c: number, retrial: RepeatDefinition | null): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const issue = contacts.issue[c] as number;
    state.issues.lastContactEnd[issue] = sim.now;
    state.issues.customerTime[issue]! += sim.now - (contacts.queuedAt[c] as number);
    const type = contacts.type[c] as number;
    contacts.release(c);
    this.customerContinues(issue, type, retrial);
  }

  /** After an unresolved, abandoned or blocked contact: schedule the customer's return, or close the issue. */
  private customerContinues(issue: number, type: number, behaviour: RepeatDefinition | null): void {
    const next = this.journey.nextContact(issue, type, behaviour);
    if (next === null) {
      this.closeIssue(issue, false);
      return;
    }
    const at = this.sim.now + next.delay;
    this.state.issues.nextType[issue] = next.type;
    if (at < this.model.horizon) this.sim.scheduleAt(at, this.kReturn, issue, EventPriority.arrival);
  }

  private closeIssue(issue: number, resolved: boolean): void {
    for (const ob of this.o.issueClosed) ob.onIssueClosed!(issue, resolved);
    this.state.issues.release(issue);
  }

  private agentChanged(agent: number): void {
    for (const ob of this.o.agentChange) ob.onAgentChange!(agent);
  }

  /** Asks the policy for work for an agent with free capacity, as long as it chooses some. */
  private offerWork(agent: number): void {
    const state = this.state;
    const agents = state.agents;
    while (agents.onDuty[agent] === 1 && agents.leaving[agent] === 0 && agents.hasFreeCapacity(agent)) {
      const c = this.policy.selectContact(agent, state);
      if (c < 0) return;
      if (state.contacts.state[c] !== ContactState.waiting || !state.canServe(agent, c)) {
        throw new Error(
          `routing policy '${this.policyName}' chose contact ${c} for agent ${agent}, but that contact is not waiting or the agent cannot serve it`,
        );
      }
      this.startService(c, agent, true);
    }
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
        for (const ob of this.o.unfinished) ob.onUnfinished!(c);
      }
    }
    for (let i = 0; i < issues.capacity; i++) {
      if (issues.open[i] === 1) for (const ob of this.o.issueOpenAtEnd) ob.onIssueOpenAtEnd!(i);
    }
  }
}

/** The busyness factor of each day of the horizon (empty when the model has none). */
function dayFactors(model: ModelDefinition, streams: RandomStreams): Float64Array {
  if (model.busyness === null) return new Float64Array(0);
  const days = Math.max(1, Math.ceil(model.horizon / DAY));
  const factors = new Float64Array(days);
  const u = streams.stream('busyness');
  const shape = 1 / (model.busyness.cv * model.busyness.cv);
  for (let d = 0; d < days; d++) factors[d] = sampleStandardGamma(shape, u) / shape;
  return factors;
}

/** Index of the first cumulative probability above u (the last index when rounding leaves a gap). */
function pick(cdf: Float64Array, u: number): number {
  const last = cdf.length - 1;
  for (let i = 0; i < last; i++) if (u < (cdf[i] as number)) return i;
  return last;
}
