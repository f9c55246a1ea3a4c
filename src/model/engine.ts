import { EventPriority } from '../core/priority';
import { Simulator, type EventKind } from '../core/simulator';
import type { Distribution } from '../random/distributions/distribution';
import { sampleStandardGamma } from '../random/distributions/gamma';
import type { RandomStreams, UniformSource } from '../random/streams';
import type { RoutingPolicy } from '../routing/policy';
import { ArrivalProcess, DAY } from './arrival-process';
import { CenterState } from './center-state';
import { CHANNEL_COUNT } from './channel';
import { ContactState } from './contact-table';
import type { ModelDefinition } from './definition';
import type { ContactCenterObserver } from './observer';
import { ObserverHub } from './observer-hub';
import { staffingSteps, type StaffingSteps } from './staffing-plan';

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
 * (`control`), then arrivals (`arrival`), then abandonments (`timer`), then warm-up end and other
 * observations (`observe`); FIFO among equals.
 *
 * Random streams (named, so that a policy change never shifts the arrivals a replication sees):
 * `arrivals:<type>`, `segment:<type>`, `handle-time:<type>` and `patience:<type>` are drawn at
 * arrival, one draw per contact each; `wrap-up:<group>` at the end of each service; `busyness`
 * once per day; `routing` belongs to the policy.
 */
export class ContactCenterEngine {
  readonly sim = new Simulator(1024);
  readonly state: CenterState;
  private readonly policy: RoutingPolicy;
  private readonly policyName: string;
  private readonly hub: ObserverHub;
  private readonly arrivalsOf: ArrivalProcess[];
  private readonly arrivalStream: UniformSource[];
  private readonly segmentStream: UniformSource[];
  private readonly handleStream: UniformSource[];
  private readonly patienceStream: UniformSource[];
  private readonly wrapStream: UniformSource[];
  private readonly segmentCdf: Float64Array[];
  private readonly staffing: StaffingSteps[];
  private readonly staffingIndex: Int32Array;
  private readonly kArrival: EventKind;
  private readonly kServiceEnd: EventKind;
  private readonly kWrapEnd: EventKind;
  private readonly kAbandon: EventKind;
  private readonly kStaffing: EventKind;
  private readonly kWarmupEnd: EventKind;
  private serial = 0;
  private customers = 0;
  private readonly o: {
    arrival: ContactCenterObserver[];
    blocked: ContactCenterObserver[];
    queued: ContactCenterObserver[];
    dequeued: ContactCenterObserver[];
    serviceStart: ContactCenterObserver[];
    serviceEnd: ContactCenterObserver[];
    abandon: ContactCenterObserver[];
    unfinished: ContactCenterObserver[];
    agentChange: ContactCenterObserver[];
  };

  constructor(
    readonly model: ModelDefinition,
    options: EngineOptions,
  ) {
    const { streams } = options;
    this.policy = options.policy;
    this.policyName = options.policyName ?? model.routing.policy;
    this.staffing = model.agentGroups.map((g) => staffingSteps(g.staffing, model.horizon));
    this.staffingIndex = new Int32Array(model.agentGroups.length);
    this.state = new CenterState(
      model,
      this.staffing.map((s) => s.peak),
    );
    const types = model.contactTypes;
    const days = Math.max(1, Math.ceil(model.horizon / DAY));
    const dayFactors = new Float64Array(model.busyness === null ? 0 : days);
    if (model.busyness !== null) {
      const u = streams.stream('busyness');
      const cv = model.busyness.cv;
      for (let d = 0; d < days; d++) dayFactors[d] = cv === 0 ? 1 : gammaMeanOne(cv, u);
    }
    this.arrivalsOf = types.map((t) => new ArrivalProcess(t.arrivals, model.horizon, dayFactors));
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
    this.hub = new ObserverHub(options.observers ?? []);
    const h = this.hub;
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
    };
    const sim = this.sim;
    this.kArrival = sim.defineEvent('arrival', (type) => this.arrive(type));
    this.kServiceEnd = sim.defineEvent('service-end', (c) => this.endService(c));
    this.kWrapEnd = sim.defineEvent('wrap-up-end', (c) => this.finish(c));
    this.kAbandon = sim.defineEvent('abandon', (c) => this.abandon(c));
    this.kStaffing = sim.defineEvent('staffing', (g) => this.applyStaffing(g));
    this.kWarmupEnd = sim.defineEvent('warm-up-end', () => {
      for (const ob of this.hub.listeners('onWarmupEnd')) ob.onWarmupEnd!();
    });
  }

  /** Runs the whole horizon (and the drain, if the model asks for one). */
  run(): void {
    const { model, sim, state } = this;
    this.hub.attach(state);
    for (let g = 0; g < model.agentGroups.length; g++) sim.scheduleAt(0, this.kStaffing, g, EventPriority.release);
    if (model.warmup > 0) sim.scheduleAt(model.warmup, this.kWarmupEnd, 0, EventPriority.observe);
    for (let t = 0; t < model.contactTypes.length; t++) {
      const first = this.arrivalsOf[t]!.next(0, this.arrivalStream[t]!);
      if (first < Infinity) sim.scheduleAt(first, this.kArrival, t, EventPriority.arrival);
    }
    sim.run({ until: model.horizon });
    if (model.endOfDay === 'drain') sim.run();
    state.now = sim.now;
    this.closeUnfinished();
    for (const ob of this.hub.listeners('onEnd')) ob.onEnd!();
  }

  private arrive(type: number): void {
    const { sim, state } = this;
    state.now = sim.now;
    const next = this.arrivalsOf[type]!.next(sim.now, this.arrivalStream[type]!);
    if (next < Infinity) sim.scheduleAt(next, this.kArrival, type, EventPriority.arrival);
    const def = this.model.contactTypes[type]!;
    const contacts = state.contacts;
    const c = contacts.allocate();
    contacts.type[c] = type;
    contacts.segment[c] = pick(this.segmentCdf[type]!, this.segmentStream[type]!.next());
    contacts.customer[c] = this.customers++;
    contacts.serial[c] = this.serial++;
    contacts.arrival[c] = sim.now;
    contacts.queuedAt[c] = sim.now;
    contacts.baseHandleTime[c] = def.handleTime.sample(this.handleStream[type]!);
    contacts.patience[c] = def.patience === null ? Infinity : def.patience.sample(this.patienceStream[type]!);
    contacts.state[c] = ContactState.waiting;
    for (const ob of this.o.arrival) ob.onArrival!(c);
    const agent = this.policy.selectAgent(c, state);
    if (agent >= 0) {
      this.checkAgentChoice(agent, c);
      this.startService(c, agent, false);
      return;
    }
    const channel = def.channel;
    if ((state.waitingPerChannel[channel] as number) >= (this.model.waitingRoom[channel] as number)) {
      contacts.state[c] = ContactState.blocked;
      for (const ob of this.o.blocked) ob.onBlocked!(c);
      contacts.release(c);
      return;
    }
    this.enqueue(c);
  }

  private enqueue(c: number): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const type = contacts.type[c] as number;
    const q = state.queueOf(type, contacts.segment[c] as number);
    contacts.queuedAt[c] = sim.now;
    contacts.state[c] = ContactState.waiting;
    state.queues.push(q, c);
    state.waitingPerType[type]!++;
    state.waitingPerChannel[state.typeChannel[type] as number]!++;
    const patience = contacts.patience[c] as number;
    if (patience < Infinity) contacts.timer[c] = sim.schedule(patience, this.kAbandon, c, EventPriority.timer);
    for (const ob of this.o.queued) ob.onQueued!(c, q);
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
    for (const ob of this.o.dequeued) ob.onDequeued!(c, q);
  }

  private startService(c: number, agent: number, fromQueue: boolean): void {
    const { state, sim } = this;
    const contacts = state.contacts;
    const agents = state.agents;
    if (fromQueue) this.dequeue(c);
    const type = contacts.type[c] as number;
    const channel = state.typeChannel[type] as number;
    const group = agents.group[agent] as number;
    contacts.state[c] = ContactState.inService;
    contacts.serviceStart[c] = sim.now;
    contacts.agent[c] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.refresh(agent, sim.now);
    for (const ob of this.o.serviceStart) ob.onServiceStart!(c, agent);
    for (const ob of this.o.agentChange) ob.onAgentChange!(agent);
    const duration =
      (contacts.baseHandleTime[c] as number) * (state.speed[type * this.model.agentGroups.length + group] as number);
    contacts.timer[c] = sim.schedule(duration, this.kServiceEnd, c, EventPriority.release);
  }

  private endService(c: number): void {
    const { state, sim } = this;
    state.now = sim.now;
    const contacts = state.contacts;
    const agent = contacts.agent[c] as number;
    contacts.timer[c] = -1;
    contacts.state[c] = ContactState.served;
    for (const ob of this.o.serviceEnd) ob.onServiceEnd!(c, agent);
    const group = state.agents.group[agent] as number;
    const wrap: Distribution | null = this.model.agentGroups[group]!.wrapUp;
    if (wrap !== null) {
      contacts.state[c] = ContactState.wrapUp;
      contacts.timer[c] = sim.schedule(wrap.sample(this.wrapStream[group]!), this.kWrapEnd, c, EventPriority.release);
      return;
    }
    this.finish(c);
  }

  /** The agent is done with contact `c` (after wrap-up): free its capacity and offer it work. */
  private finish(c: number): void {
    const { state, sim } = this;
    state.now = sim.now;
    const contacts = state.contacts;
    const agents = state.agents;
    const agent = contacts.agent[c] as number;
    const channel = state.typeChannel[contacts.type[c] as number] as number;
    contacts.release(c);
    agents.load[agent * CHANNEL_COUNT + channel]!--;
    if (--agents.totalLoad[agent]! === 0) {
      agents.groupBusy[agents.group[agent] as number]!--;
      if (agents.leaving[agent] === 1) {
        this.logOff(agent);
        return;
      }
    }
    agents.refresh(agent, sim.now);
    for (const ob of this.o.agentChange) ob.onAgentChange!(agent);
    this.offerWork(agent);
  }

  private abandon(c: number): void {
    const { state, sim } = this;
    state.now = sim.now;
    const contacts = state.contacts;
    contacts.timer[c] = -1;
    this.dequeue(c);
    contacts.state[c] = ContactState.abandoned;
    for (const ob of this.o.abandon) ob.onAbandon!(c);
    contacts.release(c);
  }

  /** Asks the policy for work for an agent with free capacity, as long as it chooses some. */
  private offerWork(agent: number): void {
    const state = this.state;
    const agents = state.agents;
    while (agents.onDuty[agent] === 1 && agents.leaving[agent] === 0 && this.hasFreeCapacity(agent)) {
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

  private hasFreeCapacity(agent: number): boolean {
    const agents = this.state.agents;
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) if (agents.canTake(agent, ch)) return true;
    return false;
  }

  private checkAgentChoice(agent: number, c: number): void {
    if (!(agent < this.state.agents.count) || !this.state.canServe(agent, c)) {
      throw new Error(
        `routing policy '${this.policyName}' chose agent ${agent} for contact ${c}, but that agent cannot serve it now`,
      );
    }
  }

  /** Moves a group to its next staffing level and schedules the change after. */
  private applyStaffing(group: number): void {
    const { sim, state } = this;
    state.now = sim.now;
    const steps = this.staffing[group]!;
    const i = this.staffingIndex[group]!;
    const target = steps.agents[i] as number;
    this.staffingIndex[group] = i + 1;
    if (i + 1 < steps.times.length) {
      const nextTime = steps.times[i + 1] as number;
      const rising = (steps.agents[i + 1] as number) > target;
      sim.scheduleAt(nextTime, this.kStaffing, group, rising ? EventPriority.release : EventPriority.control);
    }
    const agents = state.agents;
    const members = agents.members[group]!;
    let active = 0;
    for (const a of members) if (agents.onDuty[a] === 1 && agents.leaving[a] === 0) active++;
    const joined: number[] = [];
    // Staff up: first keep agents that were about to log off, then log on the lowest ids.
    for (let k = 0; k < members.length && active < target; k++) {
      const a = members[k]!;
      if (agents.onDuty[a] === 1 && agents.leaving[a] === 1) {
        agents.leaving[a] = 0;
        active++;
        joined.push(a);
      }
    }
    for (let k = 0; k < members.length && active < target; k++) {
      const a = members[k]!;
      if (agents.onDuty[a] === 0) {
        agents.onDuty[a] = 1;
        agents.groupOnDuty[group]!++;
        active++;
        joined.push(a);
      }
    }
    // Staff down: idle agents log off at once (highest ids first); busy ones after their contacts.
    for (let k = members.length - 1; k >= 0 && active > target; k--) {
      const a = members[k]!;
      if (agents.onDuty[a] === 1 && agents.leaving[a] === 0 && agents.totalLoad[a] === 0) {
        this.logOff(a);
        active--;
      }
    }
    for (let k = members.length - 1; k >= 0 && active > target; k--) {
      const a = members[k]!;
      if (agents.onDuty[a] === 1 && agents.leaving[a] === 0) {
        agents.leaving[a] = 1;
        agents.refresh(a, sim.now);
        for (const ob of this.o.agentChange) ob.onAgentChange!(a);
        active--;
      }
    }
    for (const a of joined) {
      agents.refresh(a, sim.now);
      for (const ob of this.o.agentChange) ob.onAgentChange!(a);
    }
    for (const a of joined) this.offerWork(a);
  }

  private logOff(agent: number): void {
    const agents = this.state.agents;
    agents.onDuty[agent] = 0;
    agents.leaving[agent] = 0;
    agents.groupOnDuty[agents.group[agent] as number]!--;
    agents.refresh(agent, this.sim.now);
    for (const ob of this.o.agentChange) ob.onAgentChange!(agent);
  }

  /** At the end of the run, every contact still in the system ends as unfinished. */
  private closeUnfinished(): void {
    const contacts = this.state.contacts;
    for (let c = 0; c < contacts.capacity; c++) {
      const s = contacts.state[c];
      if (s === ContactState.waiting || s === ContactState.inService) {
        if (s === ContactState.waiting) this.dequeue(c);
        contacts.state[c] = ContactState.unfinished;
        for (const ob of this.o.unfinished) ob.onUnfinished!(c);
      }
    }
  }
}

/** Index of the first cumulative probability above u (the last index when rounding leaves a gap). */
function pick(cdf: Float64Array, u: number): number {
  const last = cdf.length - 1;
  for (let i = 0; i < last; i++) if (u < (cdf[i] as number)) return i;
  return last;
}

/** A Gamma variate with mean 1 and coefficient of variation cv. */
function gammaMeanOne(cv: number, u: UniformSource): number {
  const shape = 1 / (cv * cv);
  return sampleStandardGamma(shape, u) / shape;
}
