import { CHANNELS, VOICE } from '../../src/model/channel';
import type { Channel } from '../../src/model/channel';
import { ContactState } from '../../src/model/contact-table';
import type { ContactStateValue, ServiceOutcomeValue } from '../../src/model/contact-table';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterView } from '../../src/model/view';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import type { UniformSource } from '../../src/random/uniform-source';
import type { RoutingContext } from '../../src/routing/policy';
import { indexOf } from './fake-model';

export { fakeModel } from './fake-model';
export type { FakeGroup, FakeModelSpec, FakeSegment, FakeType } from './fake-model';

/**
 * A tiny hand-written contact center for routing tests: a
 * {@link ContactCenterView} (over a model from `fakeModel`) over a fixed set of agents and waiting contacts. It re-implements the
 * engine's rules independently of `src/routing` (eligibility from concurrency and proficiency,
 * capacity with voice exclusivity, free pools ordered by idle time then id, FIFO queues), and
 * counts the calls that walk lists so tests can check that policies do not scan.
 */

/**
 * An agent: group name; idle since (default 0); contacts in hand per channel; on duty (default
 * true); for an agent of a group with `individuals`, its own handle-time and resolution factors
 * (default: the group's, as for identical agents).
 */
export interface FakeAgent {
  readonly name?: string;
  readonly group: string;
  readonly idleSince?: number;
  readonly load?: Partial<Readonly<Record<Channel, number>>>;
  readonly onDuty?: boolean;
  readonly handleTimeFactor?: number;
  readonly resolutionFactor?: number;
}

/**
 * A waiting contact: type and segment names (default the first segment), queued-at time, serial
 * (default its index), and its history: attempt (default 1: a first contact), whether it is a
 * transfer (default false), and the agent who served the customer's last contact (an agent name
 * or id; default none). Each contact is about its own issue (issue id = contact id).
 */
export interface FakeContact {
  readonly name?: string;
  readonly type: string;
  readonly segment?: string;
  readonly queuedAt: number;
  readonly serial?: number;
  readonly attempt?: number;
  readonly transfer?: boolean;
  readonly lastAgent?: string | number;
  /**
   * A callback (default none): kind 1 virtual hold, 2 scheduled; the call-back attempts so far
   * (default 0) and the promise (the latest call-back time that keeps it, default 0).
   */
  readonly callback?: { readonly kind: 1 | 2; readonly attempts?: number; readonly promise?: number };
  /** A contact being routed on arrival (default false): in no queue and not counted as waiting yet. */
  readonly arriving?: boolean;
}

/** The state the view shows. */
export interface FakeState {
  readonly now: number;
  readonly agents: readonly FakeAgent[];
  readonly contacts?: readonly FakeContact[];
  /** Extra ineligibility (e.g. an overflow delay): true makes the agent ineligible for the contact. */
  readonly blocked?: (agent: number, contact: number) => boolean;
  /**
   * Agents eligible for a contact who still cannot take it now (as an agent whose own overflow
   * step is not open in the engine): true makes `canServe` false while `isEligible` stays true.
   */
  readonly unavailable?: (agent: number, contact: number) => boolean;
  /**
   * Groups that may not serve any contact now although their agents are eligible (as an overflow
   * group whose step is not open in the engine): `groupMayServe` and their agents' `canServe` are
   * false, `isEligible` stays true.
   */
  readonly closedGroups?: readonly string[];
}

/** A read-only contact center over fixed agents and waiting contacts; agent and contact ids are list indices. */
export class FakeView implements ContactCenterView {
  readonly now: number;
  readonly queueCount: number;
  readonly agentCount: number;
  /** How often list-walking and per-item methods were called. */
  readonly calls = { freeAgentNext: 0, queueNext: 0, canServe: 0 };

  private readonly agentNames: (string | undefined)[];
  private readonly contactNames: (string | undefined)[];
  private readonly group: number[];
  private readonly idle: number[];
  private readonly load: number[][];
  private readonly duty: boolean[];
  private readonly type: number[];
  private readonly segment: number[];
  private readonly queuedAt: number[];
  private readonly serial: number[];
  private readonly attempt: number[];
  private readonly transfer: boolean[];
  private readonly lastAgent: number[];
  private readonly queues: number[][];
  private readonly eligible: number[][];
  private readonly served: number[][];
  private readonly blocked: (agent: number, contact: number) => boolean;
  private readonly unavailable: (agent: number, contact: number) => boolean;
  private readonly closed: boolean[];
  private readonly callback: number[];
  private readonly callbackAttempts: number[];
  private readonly promise: number[];
  private readonly arriving: boolean[];
  private readonly agentSpeed: (number | undefined)[];
  private readonly agentResolution: (number | undefined)[];

  constructor(
    readonly model: ModelDefinition,
    state: FakeState,
  ) {
    const groupNames = model.agentGroups.map((g) => g.name);
    const typeNames = model.contactTypes.map((t) => t.name);
    const segmentNames = model.segments.map((s) => s.name);
    const contacts = state.contacts ?? [];
    this.now = state.now;
    this.agentCount = state.agents.length;
    this.agentNames = state.agents.map((a) => a.name);
    this.group = state.agents.map((a) => indexOf(groupNames, a.group, 'group'));
    this.idle = state.agents.map((a) => a.idleSince ?? 0);
    this.load = state.agents.map((a) => CHANNELS.map((c) => a.load?.[c] ?? 0));
    this.duty = state.agents.map((a) => a.onDuty ?? true);
    this.agentSpeed = state.agents.map((a) => a.handleTimeFactor);
    this.agentResolution = state.agents.map((a) => a.resolutionFactor);
    this.contactNames = contacts.map((c) => c.name);
    this.type = contacts.map((c) => indexOf(typeNames, c.type, 'type'));
    this.segment = contacts.map((c) => (c.segment === undefined ? 0 : indexOf(segmentNames, c.segment, 'segment')));
    this.queuedAt = contacts.map((c) => c.queuedAt);
    this.serial = contacts.map((c, i) => c.serial ?? i);
    this.attempt = contacts.map((c) => c.attempt ?? 1);
    this.transfer = contacts.map((c) => c.transfer ?? false);
    this.callback = contacts.map((c) => c.callback?.kind ?? 0);
    this.callbackAttempts = contacts.map((c) => c.callback?.attempts ?? 0);
    this.promise = contacts.map((c) => c.callback?.promise ?? 0);
    this.arriving = contacts.map((c) => c.arriving ?? false);
    const agentNames = this.agentNames.map(String);
    this.lastAgent = contacts.map((c) =>
      c.lastAgent === undefined ? -1 : typeof c.lastAgent === 'number' ? c.lastAgent : indexOf(agentNames, c.lastAgent, 'agent'),
    );
    this.queueCount = typeNames.length * segmentNames.length;
    this.queues = Array.from({ length: this.queueCount }, () => []);
    contacts.forEach((_, c) => {
      if (!this.arriving[c]) this.queues[this.queueOf(this.type[c]!, this.segment[c]!)]!.push(c);
    });
    // Due callbacks (scheduled, or any callback retried) stand at the front of their queue, as in the engine.
    const due = (c: number): number => (this.callback[c] === 2 || (this.callback[c]! > 0 && this.callbackAttempts[c]! > 0) ? 0 : 1);
    for (const q of this.queues) q.sort((a, b) => due(a) - due(b) || this.queuedAt[a]! - this.queuedAt[b]! || this.serial[a]! - this.serial[b]!);
    this.eligible = typeNames.map((_, t) => groupNames.map((_, g) => g).filter((g) => this.groupQualifies(g, t)));
    this.served = groupNames.map((_, g) =>
      Array.from({ length: this.queueCount }, (_, q) => q).filter((q) => this.groupQualifies(g, this.queueType(q))),
    );
    this.blocked = state.blocked ?? (() => false);
    this.unavailable = state.unavailable ?? (() => false);
    this.closed = groupNames.map((g) => state.closedGroups?.includes(g) ?? false);
  }

  /** Throws unless `id` is an id below `count`: a selector must never ask about an id off its lists. */
  private check(id: number, count: number, what: string): number {
    if (!(Number.isInteger(id) && id >= 0 && id < count)) throw new RangeError(`fake view: no ${what} ${id}`);
    return id;
  }

  /** Agent id by name. */
  agent(name: string): number {
    return indexOf(this.agentNames.map(String), name, 'agent');
  }

  /** Contact id by name. */
  contact(name: string): number {
    return indexOf(this.contactNames.map(String), name, 'contact');
  }

  /** Name of an agent id (or its id as text), -1 as 'none'; handy in expectations. */
  agentName(agent: number): string {
    return agent < 0 ? 'none' : (this.agentNames[agent] ?? String(agent));
  }

  /** Name of a contact id (or its id as text), -1 as 'none'. */
  contactName(contact: number): string {
    return contact < 0 ? 'none' : (this.contactNames[contact] ?? String(contact));
  }

  private groupQualifies(g: number, t: number): boolean {
    const group = this.model.agentGroups[g]!;
    const type = this.model.contactTypes[t]!;
    if ((group.concurrency[type.channel] ?? 0) <= 0) return false;
    return type.requirements.every((r) => (group.proficiency[r.skill] ?? 0) >= r.minProficiency);
  }

  private canTake(agent: number, channel: number): boolean {
    if (!this.duty[agent]) return false;
    const load = this.load[agent]!;
    const cap = this.model.agentGroups[this.group[agent]!]!.concurrency[channel] ?? 0;
    if (load[channel]! >= cap) return false;
    const total = load.reduce((a, b) => a + b, 0);
    return channel === VOICE ? total === 0 : load[VOICE] === 0;
  }

  private readonly pools = new Map<number, number[]>();

  /** The free pool of (group, channel): computed once, as the state never changes. */
  private pool(group: number, channel: number): number[] {
    const key = group * CHANNELS.length + channel;
    let pool = this.pools.get(key);
    if (pool === undefined) this.pools.set(key, (pool = this.computePool(group, channel)));
    return pool;
  }

  private computePool(group: number, channel: number): number[] {
    const out: number[] = [];
    for (let a = 0; a < this.agentCount; a++) if (this.group[a] === group && this.canTake(a, channel)) out.push(a);
    return out.sort((a, b) => this.idle[a]! - this.idle[b]! || a - b);
  }

  contactType(contact: number): number { return this.type[contact]!; }
  contactSegment(contact: number): number { return this.segment[contact]!; }
  contactChannel(contact: number): number { return this.model.contactTypes[this.type[contact]!]!.channel; }
  contactCustomer(contact: number): number { return contact; }
  contactArrival(contact: number): number { return this.queuedAt[contact]!; }
  contactQueuedAt(contact: number): number { return this.queuedAt[contact]!; }
  contactPriorWait(_contact: number): number { return 0; }
  contactServiceStart(_contact: number): number { return Number.NaN; }
  contactWorkLeft(_contact: number): number { return 0; }
  contactSuspendedTime(_contact: number): number { return 0; }
  contactTimeAway(_contact: number): number { return 0; }
  contactAbandonedReply(_contact: number): boolean { return false; }
  contactInterruptions(_contact: number): number { return 0; }
  agentSuspended(_agent: number): number { return 0; }
  contactState(contact: number): ContactStateValue { return this.arriving[contact] ? ContactState.free : ContactState.waiting; }
  contactAgent(_contact: number): number { return -1; }
  contactSerial(contact: number): number { return this.serial[contact]!; }
  contactIssue(contact: number): number { return contact; }
  contactAttempt(contact: number): number { return this.attempt[contact]!; }
  contactIsTransfer(contact: number): boolean { return this.transfer[contact]!; }
  contactHasContext(_contact: number): boolean { return false; }
  contactOutcome(_contact: number): ServiceOutcomeValue { return 0; }
  issueCustomer(issue: number): number { return issue; }
  issueSegment(issue: number): number { return this.contactSegment(issue); }
  issueFirstType(issue: number): number { return this.contactType(issue); }
  issueOpenedAt(issue: number): number { return this.contactArrival(issue); }
  issueContacts(issue: number): number { return this.attempt[issue]!; }
  issueTransfers(_issue: number): number { return 0; }
  issueRepeatedInformation(_issue: number): number { return 0; }
  issueCustomerTime(_issue: number): number { return 0; }
  issueLastAgent(issue: number): number { return this.lastAgent[issue]!; }
  issueLastContactEnd(_issue: number): number { return 0; }
  issueSerial(issue: number): number { return issue; }
  contactCallback(contact: number): number { return this.callback[this.check(contact, this.type.length, 'contact')]!; }
  contactCallbackAcceptedAt(_contact: number): number { return 0; }
  contactCallbackPromise(contact: number): number { return this.promise[this.check(contact, this.type.length, 'contact')]!; }
  contactCallbackAttempts(contact: number): number { return this.callbackAttempts[this.check(contact, this.type.length, 'contact')]!; }
  overflowStep(type: number, group: number): number { return this.eligibleGroups(type).includes(group) ? 0 : -1; }
  contactOverflowStep(_contact: number): number { return 0; }

  queueOf(type: number, segment: number): number { return type * this.model.segments.length + segment; }
  queueType(queue: number): number { return Math.floor(queue / this.model.segments.length); }
  queueSegment(queue: number): number { return queue % this.model.segments.length; }
  queueHead(queue: number): number { return this.queues[this.check(queue, this.queueCount, 'queue')]![0] ?? -1; }
  queueNext(contact: number): number {
    this.calls.queueNext++;
    const q = this.queues[this.queueOf(this.type[contact]!, this.segment[contact]!)]!;
    return q[q.indexOf(contact) + 1] ?? -1;
  }
  queueLength(queue: number): number { return this.queues[queue]?.length ?? 0; }
  waitingOfType(type: number): number {
    this.check(type, this.model.contactTypes.length, 'contact type');
    return this.type.filter((t, c) => t === type && !this.arriving[c]).length;
  }

  agentGroup(agent: number): number { return this.group[agent]!; }
  agentSite(agent: number): number { return this.model.agentGroups[this.group[agent]!]!.site; }
  agentProficiency(agent: number, skill: number): number {
    this.check(skill, this.model.skills.length, 'skill');
    return this.model.agentGroups[this.group[agent]!]!.proficiency[skill] ?? 0;
  }
  agentHandleTimeFactor(agent: number, type: number): number {
    const own = this.agentSpeed[this.check(agent, this.agentCount, 'agent')];
    if (own !== undefined) return own;
    const g = this.model.agentGroups[this.group[agent]!]!;
    const primary = this.model.contactTypes[type]!.requirements[0];
    return primary === undefined ? 1 : (g.handleTimeFactor[g.proficiency[primary.skill] ?? 0] ?? 1);
  }
  agentResolutionFactor(agent: number, type: number): number {
    const own = this.agentResolution[this.check(agent, this.agentCount, 'agent')];
    if (own !== undefined) return own;
    const t = this.model.contactTypes[type]!;
    const primary = t.requirements[0];
    if (primary === undefined || t.resolution === null) return 1;
    return t.resolution.byProficiency[this.model.agentGroups[this.group[agent]!]!.proficiency[primary.skill] ?? 0] ?? 1;
  }
  agentExperience(): number {
    return 0;
  }
  contactHeldBy(): number {
    return -1;
  }
  agentLoad(agent: number, channel?: number): number {
    const load = this.load[agent]!;
    return channel === undefined ? load.reduce((a, b) => a + b, 0) : load[channel]!;
  }
  agentIdleSince(agent: number): number { return this.idle[this.check(agent, this.agentCount, 'agent')]!; }
  agentAvailable(agent: number): boolean { return this.duty[this.check(agent, this.agentCount, 'agent')]!; }

  isEligible(agent: number, contact: number): boolean {
    return this.groupQualifies(this.group[this.check(agent, this.agentCount, 'agent')]!, this.type[contact]!) && !this.blocked(agent, contact);
  }
  canServe(agent: number, contact: number): boolean {
    this.calls.canServe++;
    return this.isEligible(agent, contact) && this.canTake(agent, this.contactChannel(contact)) && !this.unavailable(agent, contact) && !this.closed[this.group[agent]!]!;
  }
  groupMayServe(group: number, contact: number): boolean {
    const g = this.check(group, this.model.agentGroups.length, 'group');
    return this.groupQualifies(g, this.type[contact]!) && !this.closed[g]!;
  }

  eligibleGroups(type: number): readonly number[] { return this.eligible[type]!; }
  servedQueues(group: number): readonly number[] { return this.served[group]!; }
  freeAgentHead(group: number, channel: number): number {
    return this.pool(this.check(group, this.model.agentGroups.length, 'group'), channel)[0] ?? -1;
  }
  freeAgentHeadIdleSince(group: number, channel: number): number {
    const head = this.freeAgentHead(group, channel);
    return head < 0 ? Infinity : this.idle[head]!;
  }
  freeAgentNext(agent: number, channel: number): number {
    this.calls.freeAgentNext++;
    const pool = this.pool(this.group[agent]!, channel);
    return pool[pool.indexOf(agent) + 1] ?? -1;
  }
  freeAgentCount(group: number, channel: number): number { return this.pool(group, channel).length; }
  freeAgentsOnChannel(channel: number): number {
    let n = 0;
    for (let g = 0; g < this.model.agentGroups.length; g++) n += this.freeAgentCount(g, channel);
    return n;
  }
  groupOnDuty(group: number): number {
    this.check(group, this.model.agentGroups.length, 'group');
    return this.group.filter((g, a) => g === group && this.duty[a]).length;
  }
  groupBusy(group: number): number {
    this.check(group, this.model.agentGroups.length, 'group');
    return this.group.filter((g, a) => g === group && this.duty[a] && this.agentLoad(a) > 0).length;
  }
}

/** A routing context over `model` with the given options and a fixed random stream (0.5 forever unless given). */
export function fakeContext(
  model: ModelDefinition,
  options: Readonly<Record<string, unknown>> = {},
  random: UniformSource = new FixedUniformSource([0.5]),
): RoutingContext {
  return { model, options, random };
}
