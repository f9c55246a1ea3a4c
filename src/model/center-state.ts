import type { AgentProfiles } from './agent-profiles';
import { AgentTable } from './agent-table';
import type { SameContactRetrials } from './same-contact-retrials';
import type { WarmTransfers } from './warm-transfer';
import { CHANNEL_COUNT } from './channel';
import type { ConcurrencySlowdown } from './concurrency-slowdown';
import type { Interruptions } from './interruptions';
import type { MessagingSessions } from './messaging-session';
import { ContactInt, ContactReal, type ContactStateValue, ContactTable, type ServiceOutcomeValue } from './contact-table';
import { IssueInt, IssueReal, IssueTable } from './issue-table';
import { OverflowRules } from './overflow';
import type { ModelDefinition } from './definition';
import type { ContactCenterView } from './view';
import { WaitingQueues } from './waiting-queues';

/**
 * The state of a contact center during a run: contacts, agents, waiting queues and the static
 * eligibility tables derived from the model. It implements the read-only {@link ContactCenterView};
 * only the engine changes it.
 */
export class CenterState implements ContactCenterView {
  /** The contacts in the system, as parallel typed arrays by contact slot. */
  readonly contacts: ContactTable;
  /** The agents: load per channel, duty, and the free pools of each group. */
  readonly agents: AgentTable;
  /** The waiting queues, one per (contact type, segment) pair. */
  readonly queues: WaitingQueues;
  /** The customers' open issues. */
  readonly issues: IssueTable;
  /** Which groups may serve each contact type, step by step as the wait grows (overflow routing). */
  readonly overflow: OverflowRules;
  /** Contacts waiting per contact type. */
  readonly waitingPerType: Int32Array;
  /** Contacts waiting per channel (for the waiting-room limit). */
  readonly waitingPerChannel: Int32Array;
  /**
   * The groups that may serve each type with their handle-time multipliers, type by type (group id
   * order): type t's are `typeGroups[typeGroupStart[t]]` up to `typeGroupStart[t + 1]`, beside
   * `typeGroupSpeed`. Whether group g may serve type t is `overflow.stepOf[t * groups + g] >= 0`.
   */
  private readonly typeGroupStart: Int32Array;
  private readonly typeGroups: Int32Array;
  private readonly typeGroupSpeed: Float64Array;
  /** Channel id of each contact type. */
  readonly typeChannel: Int32Array;
  /** The individual agents, when some group has them (set by the engine before the run); else null. */
  profiles: AgentProfiles | null = null;
  /** Same-contact retrials (set by the engine when the model has them); null otherwise. */
  sameContact: SameContactRetrials | null = null;
  /** The warm transfers of the run (set by the engine before the run); null before. */
  warm: WarmTransfers | null = null;
  /** Handle times stretching with concurrency, set by the service flow when the model uses them. */
  slowdown: ConcurrencySlowdown | null = null;
  /** Calls interrupting other work, set by the service flow when the model uses them. */
  interruptions: Interruptions | null = null;
  /** Messaging sessions with reply gaps, set by the engine when the model has them. */
  sessions: MessagingSessions | null = null;
  private readonly groupsPerType: readonly (readonly number[])[];
  private readonly queuesPerGroup: readonly (readonly number[])[];
  private readonly segments: number;
  private readonly groupCount: number;

  /**
   * @param clock the simulator (or anything with the current time), read by {@link CenterState.now}
   */
  constructor(
    /** The resolved model being simulated. */
    readonly model: ModelDefinition,
    agentsPerGroup: readonly number[],
    private readonly clock: { readonly now: number },
  ) {
    const types = model.contactTypes;
    const groups = model.agentGroups;
    this.segments = model.segments.length;
    this.groupCount = groups.length;
    this.contacts = new ContactTable(256);
    this.agents = new AgentTable(groups, agentsPerGroup);
    this.issues = new IssueTable(256);
    this.queues = new WaitingQueues(types.length * this.segments, this.contacts);
    this.waitingPerType = new Int32Array(types.length);
    this.waitingPerChannel = new Int32Array(CHANNEL_COUNT);
    this.typeChannel = Int32Array.from(types, (t) => t.channel);
    const groupsPerType: number[][] = types.map(() => []);
    const queuesPerGroup: number[][] = groups.map(() => []);
    const qualified = (type: number, group: number): boolean => {
      const t = types[type]!;
      const g = groups[group]!;
      return (g.concurrency[t.channel] ?? 0) > 0 && t.requirements.every((r) => (g.proficiency[r.skill] ?? 0) >= r.minProficiency);
    };
    this.overflow = new OverflowRules(model, qualified, this.contacts, this.agents, this.waitingPerType, this.typeChannel, clock);
    // Types in id order: each group's list of queues comes out in queue id order.
    const speeds: number[] = [];
    // Stryker disable next-line ArithmeticOperator: a table two short (a model has at least one contact type) leaves the last types' bounds undefined: speedOf's scan then runs no step and gives groupSpeed, the value the table caches
    this.typeGroupStart = new Int32Array(types.length + 1);
    for (const t of types) {
      for (const g of groups) {
        if ((this.overflow.stepOf[t.id * groups.length + g.id] as number) < 0) continue;
        groupsPerType[t.id]!.push(g.id);
        speeds.push(this.groupSpeed(t.id, g.id));
        for (let s = 0; s < this.segments; s++) queuesPerGroup[g.id]!.push(t.id * this.segments + s);
      }
      this.typeGroupStart[t.id + 1] = speeds.length;
    }
    this.typeGroups = Int32Array.from(groupsPerType.flat());
    this.typeGroupSpeed = Float64Array.from(speeds);
    this.groupsPerType = groupsPerType;
    this.queuesPerGroup = queuesPerGroup;
  }

  /** Handle-time multiplier of group `group` for type `type`, from the model (any pair, eligible or not). */
  private groupSpeed(type: number, group: number): number {
    const primary = this.model.contactTypes[type]!.requirements[0];
    const g = this.model.agentGroups[group]!;
    return primary === undefined ? 1 : (g.handleTimeFactor[g.proficiency[primary.skill] ?? 0] ?? 1);
  }

  /**
   * Handle-time multiplier when group `group` serves type `type` (a scan of the type's few groups;
   * a pair that is not eligible gets its factor from the model).
   */
  speedOf(type: number, group: number): number {
    const groups = this.typeGroups;
    const end = this.typeGroupStart[type + 1] as number;
    // Stryker disable next-line ConditionalExpression: a scan that finds nothing falls back to groupSpeed, the very value typeGroupSpeed caches for each pair (a speed-only table)
    for (let k = this.typeGroupStart[type] as number; k < end; k++) if (groups[k] === group) return this.typeGroupSpeed[k] as number;
    return this.groupSpeed(type, group);
  }

  /** @inheritDoc */
  get now(): number {
    return this.clock.now;
  }

  /** @inheritDoc */
  contactType(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.type] as number;
  }
  /** @inheritDoc */
  contactWorkLeft(contact: number): number {
    return this.slowdown === null ? 0 : this.slowdown.remainingWork(contact, this.contacts.ints[contact * ContactInt.stride + ContactInt.agent] as number, this.contactChannel(contact));
  }
  /** @inheritDoc */
  contactSuspendedTime(contact: number): number {
    return this.interruptions === null ? 0 : this.interruptions.suspendedTime(contact);
  }
  /** @inheritDoc */
  contactTimeAway(contact: number): number {
    const suspended = this.contactSuspendedTime(contact);
    return this.sessions === null ? suspended : suspended + this.sessions.timeAway(contact);
  }
  /** @inheritDoc */
  contactAbandonedReply(contact: number): boolean {
    return this.sessions !== null && this.sessions.abandonedReply(contact);
  }
  /** @inheritDoc */
  contactInterruptions(contact: number): number {
    return this.interruptions === null ? 0 : this.interruptions.interruptionsOf(contact);
  }
  /** @inheritDoc */
  agentSuspended(agent: number): number {
    return this.interruptions === null ? 0 : this.interruptions.suspendedCount(agent);
  }
  /** @inheritDoc */
  contactSegment(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.segment] as number;
  }
  /** @inheritDoc */
  contactChannel(contact: number): number {
    return this.typeChannel[this.contacts.ints[contact * ContactInt.stride + ContactInt.type] as number] as number;
  }
  /** @inheritDoc */
  contactCustomer(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.customer] as number;
  }
  /** @inheritDoc */
  contactArrival(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.arrival] as number;
  }
  /** @inheritDoc */
  contactQueuedAt(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.queuedAt] as number;
  }
  /** @inheritDoc */
  contactPriorWait(contact: number): number {
    return this.sameContact === null ? 0 : this.sameContact.priorWait(contact);
  }
  /** @inheritDoc */
  contactServiceStart(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.serviceStart] as number;
  }
  /** @inheritDoc */
  contactState(contact: number): ContactStateValue {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.state] as ContactStateValue;
  }
  /** @inheritDoc */
  contactAgent(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.agent] as number;
  }
  /** @inheritDoc */
  contactSerial(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.serial] as number;
  }

  /** @inheritDoc */
  contactHeldBy(contact: number): number {
    const held = this.warm === null ? -1 : this.warm.heldContact(contact);
    return held < 0 ? -1 : (this.contacts.ints[held * ContactInt.stride + ContactInt.agent] as number);
  }

  /** @inheritDoc */
  contactIssue(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.issue] as number;
  }
  /** @inheritDoc */
  contactAttempt(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.attempt] as number;
  }
  /** @inheritDoc */
  contactIsTransfer(contact: number): boolean {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.transferred] === 1;
  }
  /** @inheritDoc */
  contactHasContext(contact: number): boolean {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.context] === 1;
  }
  /** @inheritDoc */
  contactOutcome(contact: number): ServiceOutcomeValue {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.outcome] as ServiceOutcomeValue;
  }

  /** @inheritDoc */
  contactCallback(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.callback] as number;
  }
  /** @inheritDoc */
  contactCallbackAcceptedAt(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.acceptedAt] as number;
  }
  /** @inheritDoc */
  contactCallbackPromise(contact: number): number {
    return this.contacts.reals[contact * ContactReal.stride + ContactReal.promise] as number;
  }
  /** @inheritDoc */
  contactCallbackAttempts(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.attempts] as number;
  }

  /** @inheritDoc */
  issueCustomer(issue: number): number {
    return this.issues.reals[issue * IssueReal.stride + IssueReal.customer] as number;
  }
  /** @inheritDoc */
  issueSegment(issue: number): number {
    return this.issues.ints[issue * IssueInt.stride + IssueInt.segment] as number;
  }
  /** @inheritDoc */
  issueFirstType(issue: number): number {
    return this.issues.ints[issue * IssueInt.stride + IssueInt.firstType] as number;
  }
  /** @inheritDoc */
  issueOpenedAt(issue: number): number {
    return this.issues.reals[issue * IssueReal.stride + IssueReal.openedAt] as number;
  }
  /** @inheritDoc */
  issueContacts(issue: number): number {
    return this.issues.ints[issue * IssueInt.stride + IssueInt.contacts] as number;
  }
  /** @inheritDoc */
  issueTransfers(issue: number): number {
    return this.issues.ints[issue * IssueInt.stride + IssueInt.transfers] as number;
  }
  /** @inheritDoc */
  issueRepeatedInformation(issue: number): number {
    return this.issues.ints[issue * IssueInt.stride + IssueInt.repeatedInformation] as number;
  }
  /** @inheritDoc */
  issueCustomerTime(issue: number): number {
    return this.issues.reals[issue * IssueReal.stride + IssueReal.customerTime] as number;
  }
  /** @inheritDoc */
  issueLastAgent(issue: number): number {
    return this.issues.ints[issue * IssueInt.stride + IssueInt.lastAgent] as number;
  }
  /** @inheritDoc */
  issueLastContactEnd(issue: number): number {
    return this.issues.reals[issue * IssueReal.stride + IssueReal.lastContactEnd] as number;
  }
  /** @inheritDoc */
  issueSerial(issue: number): number {
    return this.issues.reals[issue * IssueReal.stride + IssueReal.serial] as number;
  }

  /** @inheritDoc */
  get queueCount(): number {
    return this.queues.count;
  }
  /** @inheritDoc */
  queueOf(type: number, segment: number): number {
    return type * this.segments + segment;
  }
  /** @inheritDoc */
  queueType(queue: number): number {
    return Math.floor(queue / this.segments);
  }
  /** @inheritDoc */
  queueSegment(queue: number): number {
    return queue % this.segments;
  }
  /** @inheritDoc */
  queueHead(queue: number): number {
    return this.queues.head(queue);
  }
  /** @inheritDoc */
  queueNext(contact: number): number {
    return this.queues.next(contact);
  }
  /** @inheritDoc */
  queueLength(queue: number): number {
    return this.queues.length(queue);
  }
  /** @inheritDoc */
  waitingOfType(type: number): number {
    return this.waitingPerType[type] as number;
  }

  /** @inheritDoc */
  get agentCount(): number {
    return this.agents.count;
  }
  /** @inheritDoc */
  agentGroup(agent: number): number {
    return this.agents.group[agent] as number;
  }
  /** @inheritDoc */
  agentSite(agent: number): number {
    return (this.model.agentGroups[this.agents.group[agent] as number] as { site: number }).site;
  }
  /** @inheritDoc */
  agentProficiency(agent: number, skill: number): number {
    // The profiles hold every agent: those of groups without individuals at their group's values.
    if (this.profiles !== null) return this.profiles.proficiencyOf(agent, skill);
    return this.model.agentGroups[this.agents.group[agent] as number]!.proficiency[skill] ?? 0;
  }
  /** @inheritDoc */
  agentHandleTimeFactor(agent: number, type: number): number {
    const group = this.agents.group[agent] as number;
    if (this.profiles !== null) return this.profiles.speedOf(agent, group, type);
    return this.speedOf(type, group);
  }
  /** @inheritDoc */
  agentResolutionFactor(agent: number, type: number): number {
    if (this.profiles !== null) return this.profiles.resolutionMultiplier(agent, type);
    const group = this.agents.group[agent] as number;
    const t = this.model.contactTypes[type]!;
    const primary = t.requirements[0];
    if (primary === undefined || t.resolution === null) return 1;
    return t.resolution.byProficiency[this.model.agentGroups[group]!.proficiency[primary.skill] ?? 0] ?? 1;
  }
  /** @inheritDoc */
  agentExperience(agent: number, type: number): number {
    return this.profiles === null ? 0 : this.profiles.handledOf(agent, type);
  }
  /** @inheritDoc */
  agentLoad(agent: number, channel?: number): number {
    return channel === undefined
      ? (this.agents.totalLoad[agent] as number)
      : (this.agents.load[agent * CHANNEL_COUNT + channel] as number);
  }
  /** @inheritDoc */
  agentIdleSince(agent: number): number {
    return this.agents.idleSince[agent] as number;
  }
  /** @inheritDoc */
  agentAvailable(agent: number): boolean {
    return this.agents.onDuty[agent] === 1 && this.agents.leaving[agent] === 0;
  }

  /** @inheritDoc */
  isEligible(agent: number, contact: number): boolean {
    return (
      (this.overflow.stepOf[(this.contacts.ints[contact * ContactInt.stride + ContactInt.type] as number) * this.groupCount + (this.agents.group[agent] as number)] as number) >= 0
    );
  }
  /** @inheritDoc */
  canServe(agent: number, contact: number): boolean {
    const type = this.contacts.ints[contact * ContactInt.stride + ContactInt.type] as number;
    const group = this.agents.group[agent] as number;
    // The group's step for the type: -1 not eligible, 0 a primary group (always open), k > 0 an overflow step.
    const step = this.overflow.stepOf[type * this.groupCount + group] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: groupStepFor gives the step itself when it is -1 or 0 and else k > 0 or -1, so `step >= 0` and `step === 0` only spare work and `>= 0` there is `> 0`
    return step >= 0 && this.agents.canTake(agent, this.typeChannel[type] as number) && (step === 0 || this.overflow.groupStepFor(group, contact) >= 0);
  }

  /** @inheritDoc */
  groupMayServe(group: number, contact: number): boolean {
    const type = this.contacts.ints[contact * ContactInt.stride + ContactInt.type] as number;
    const step = this.overflow.stepOf[type * this.groupCount + group] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as in canServe, groupStepFor gives -1 or 0 unchanged and else k > 0 or -1
    return step >= 0 && (step === 0 || this.overflow.groupStepFor(group, contact) >= 0);
  }

  /** @inheritDoc */
  overflowStep(type: number, group: number): number {
    return this.overflow.stepOf[type * this.groupCount + group] as number;
  }
  /** @inheritDoc */
  contactOverflowStep(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.step] as number;
  }
  /** @inheritDoc */
  eligibleGroups(type: number): readonly number[] {
    return this.groupsPerType[type] ?? [];
  }
  /** @inheritDoc */
  servedQueues(group: number): readonly number[] {
    return this.queuesPerGroup[group] ?? [];
  }
  /** @inheritDoc */
  freeAgentHead(group: number, channel: number): number {
    return this.agents.poolFirst(group, channel);
  }
  /** @inheritDoc */
  freeAgentHeadIdleSince(group: number, channel: number): number {
    return this.agents.poolFirstIdleSince(group, channel);
  }
  /** @inheritDoc */
  freeAgentNext(agent: number, channel: number): number {
    return this.agents.poolAfter(agent, channel);
  }
  /** @inheritDoc */
  freeAgentCount(group: number, channel: number): number {
    return this.agents.poolCount(group, channel);
  }
  /** @inheritDoc */
  freeAgentsOnChannel(channel: number): number {
    return this.agents.channelPoolCount(channel);
  }
  /** @inheritDoc */
  groupOnDuty(group: number): number {
    return this.agents.groupOnDuty[group] as number;
  }
  /** @inheritDoc */
  groupBusy(group: number): number {
    return this.agents.groupBusy[group] as number;
  }
}
