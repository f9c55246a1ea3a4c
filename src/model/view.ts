import type { ModelDefinition } from './definition';
import type { ContactStateValue, ServiceOutcomeValue } from './contact-table';

/**
 * A read-only view of the contact center, given to routing policies and observers. Contacts,
 * agents, queues, groups and types are dense integer ids; nothing here changes state.
 */
export interface ContactCenterView {
  /** The current simulated time (seconds). */
  readonly now: number;
  /** The resolved model being simulated. */
  readonly model: ModelDefinition;

  /** Contact type id of a contact present in the system. */
  contactType(contact: number): number;
  /** Customer segment id of a contact. */
  contactSegment(contact: number): number;
  /** Channel id of a contact. */
  contactChannel(contact: number): number;
  /** Customer id of a contact. */
  contactCustomer(contact: number): number;
  /** Arrival time of a contact. */
  contactArrival(contact: number): number;
  /**
   * Time the contact entered its waiting queue: its arrival time, or the time it was re-queued (a
   * virtual-hold callback when accepted, a due callback when it fell due). Waits are measured from it.
   */
  contactQueuedAt(contact: number): number;
  /**
   * Wait of the contact's earlier attempts when it is a same-contact retrial (a type's
   * `retrial.sameContact`), which the service-level target adds to its wait; 0 for every other contact.
   */
  contactPriorWait(contact: number): number;
  /** Time service of the contact began (valid once in service). */
  contactServiceStart(contact: number): number;
  /**
   * Work left (seconds at full speed) of a contact in service whose handle time stretches with its
   * agent's concurrency (scenario `slowdown`, see docs/channels.md); about 0 when its service ends,
   * and 0 for every other contact.
   */
  contactWorkLeft(contact: number): number;
  /**
   * Time a contact's service has spent suspended while its agent took calls (scenario
   * `interruptions`, see docs/channels.md), valid during and at the end of its service; 0 for a
   * contact never suspended. Its handle time (work done) is its time in service minus this.
   */
  contactSuspendedTime(contact: number): number;
  /**
   * Seconds since a contact's service began that it spent with no agent: suspended by a call
   * ({@link ContactCenterView.contactSuspendedTime}) plus, for a messaging session with `released`
   * slots, its reply gaps and the waits for its replies to be taken (0 when neither applies). Its
   * handle time (agent work) is its time in service minus this.
   */
  contactTimeAway(contact: number): number;
  /**
   * True when a messaging session ended because its customer gave up waiting for a reply to be
   * taken (scenario `session.replyPatience`, see docs/channels.md); false for every other contact.
   */
  contactAbandonedReply(contact: number): boolean;
  /** Times a contact's service was suspended by a call so far (0 without `interruptions`). */
  contactInterruptions(contact: number): number;
  /** Contacts the agent holds suspended while it takes a call (scenario `interruptions`; else 0). They do not count in its load. */
  agentSuspended(agent: number): number;
  /** State of a contact. */
  contactState(contact: number): ContactStateValue;
  /** Agent serving the contact, or -1. */
  contactAgent(contact: number): number;
  /** Sequence number of the contact in arrival order over the run. */
  contactSerial(contact: number): number;
  /**
   * The agent who keeps the customer of a warm-transferred contact until it is answered (see
   * `transfer.warm`), or -1 (not a warm transfer, or already answered).
   */
  contactHeldBy(contact: number): number;

  /** Issue id (a recycled slot) the contact is about. */
  contactIssue(contact: number): number;
  /** 1 for the first contact about its issue, 2 for the next, and so on (transfers included). */
  contactAttempt(contact: number): number;
  /** True when the contact was transferred from another agent. */
  contactIsTransfer(contact: number): boolean;
  /** True when the serving agent has the customer's history (set at service start). */
  contactHasContext(contact: number): boolean;
  /** How the contact's service ended for its issue (set when service ends). */
  contactOutcome(contact: number): ServiceOutcomeValue;

  /** 0: not a callback; 1: a virtual-hold callback; 2: a scheduled callback. */
  contactCallback(contact: number): number;
  /** Time the contact's callback was accepted. */
  contactCallbackAcceptedAt(contact: number): number;
  /** Latest call-back time that keeps the contact's callback promise. */
  contactCallbackPromise(contact: number): number;
  /** Callback attempts made for the contact so far (the current one included during onCallbackAttempt). */
  contactCallbackAttempts(contact: number): number;

  /** Customer id of an open issue. */
  issueCustomer(issue: number): number;
  /** Segment id of an issue's customer. */
  issueSegment(issue: number): number;
  /** Contact type of the issue's first contact. */
  issueFirstType(issue: number): number;
  /** Arrival time of the issue's first contact. */
  issueOpenedAt(issue: number): number;
  /** Contacts about the issue so far (transfers included). */
  issueContacts(issue: number): number;
  /** Transfers so far. */
  issueTransfers(issue: number): number;
  /** Times the customer had to repeat the information so far. */
  issueRepeatedInformation(issue: number): number;
  /** Waiting and handling time of the customer over all contacts so far. */
  issueCustomerTime(issue: number): number;
  /** Agent who served the customer's last contact about the issue, or -1. */
  issueLastAgent(issue: number): number;
  /** End time of the issue's last contact. */
  issueLastContactEnd(issue: number): number;
  /** Sequence number of the issue over the run. */
  issueSerial(issue: number): number;

  /** Number of waiting queues (one per contact type and segment). */
  readonly queueCount: number;
  /** Queue id of a (contact type, segment) pair. */
  queueOf(type: number, segment: number): number;
  /** Contact type id of a queue. */
  queueType(queue: number): number;
  /** Segment id of a queue. */
  queueSegment(queue: number): number;
  /**
   * First contact waiting in a queue, or -1: its first due callback if it has one (see
   * `isDueCallback` and `compareDueCallbacks` in routing/selectors), else its oldest contact.
   */
  queueHead(queue: number): number;
  /** The contact behind `contact` in its queue (due callbacks as the head, then the rest FIFO), or -1. */
  queueNext(contact: number): number;
  /** Number of contacts waiting in a queue. */
  queueLength(queue: number): number;
  /** Contacts waiting in all queues of a contact type. */
  waitingOfType(type: number): number;

  /** Number of agents (on duty or not). */
  readonly agentCount: number;
  /** Group id of an agent. */
  agentGroup(agent: number): number;
  /** Site id of an agent. */
  agentSite(agent: number): number;
  /**
   * Proficiency (0 when lacking, else 1–5) of an agent in a skill: the agent's own when its group
   * has individual agents (`individuals`), else the group's.
   */
  agentProficiency(agent: number, skill: number): number;
  /**
   * Multiplier of the handle time if the agent served a contact of `type` now: the group's factor
   * at the agent's proficiency in the type's primary skill, times, for individual agents, the
   * agent's own factor and its learning-curve factor (journey factors for repeats not included).
   */
  agentHandleTimeFactor(agent: number, type: number): number;
  /**
   * Factor on the probability that the agent's service of a contact of `type` resolves the issue:
   * the type's `byProficiency` factor at the agent's proficiency (1 without a resolution rule),
   * times, for individual agents, the agent's own resolution factor (context not included).
   */
  agentResolutionFactor(agent: number, type: number): number;
  /**
   * Contacts of the type's primary skill the agent handled so far, its experience before the run
   * included (individual agents only; 0 for the agents of other groups).
   */
  agentExperience(agent: number, type: number): number;
  /** Contacts in hand of an agent, on one channel or (channel omitted) in all. */
  agentLoad(agent: number, channel?: number): number;
  /** Time the agent's load or duty last changed. */
  agentIdleSince(agent: number): number;
  /** True while the agent is logged on (and not about to log off). */
  agentAvailable(agent: number): boolean;

  /** True when the agent has the skills and channel the contact needs (ignoring current load). */
  isEligible(agent: number, contact: number): boolean;
  /** True when the agent is eligible and has free capacity for the contact now. */
  canServe(agent: number, contact: number): boolean;
  /**
   * True when agents of `group` may serve the contact now as far as the group decides: the group
   * is eligible for the contact's type and, for an overflow group, its step is open (the wait has
   * reached it and its protection holds). An agent of such a group can serve the contact when it
   * also has free capacity and nothing of its own rules it out (`canServe`); when this is false,
   * no agent of the group can. Lets a selector give up on a group without walking its free pool.
   */
  groupMayServe(group: number, contact: number): boolean;

  /**
   * The overflow step through which `group` may serve `type`: 0 for a primary group, k > 0 for the
   * k-th overflow step, -1 when never. Without overflow steps every qualified group is 0.
   */
  overflowStep(type: number, group: number): number;
  /** The overflow step through which a contact in service was taken (0: primary). */
  contactOverflowStep(contact: number): number;
  /** Groups that may serve a contact type (primary and overflow), in group id order. */
  eligibleGroups(type: number): readonly number[];
  /** Queues a group is qualified to serve, in queue id order. */
  servedQueues(group: number): readonly number[];
  /** The agent of `group` idle longest among those able to take a contact of `channel`, or -1. */
  freeAgentHead(group: number, channel: number): number;
  /**
   * `agentIdleSince` of `freeAgentHead(group, channel)`, read from a small per-pool table rather
   * than the agent's own row (cheaper when a selector compares the heads of many groups);
   * meaningless when that pool is empty.
   */
  freeAgentHeadIdleSince(group: number, channel: number): number;
  /** The next agent after `agent` in the same free pool, or -1. */
  freeAgentNext(agent: number, channel: number): number;
  /** Number of agents of `group` able to take a contact of `channel` now. */
  freeAgentCount(group: number, channel: number): number;
  /** Number of agents of all groups able to take a contact of `channel` now (`freeAgentCount` summed over the groups, kept as a running count). */
  freeAgentsOnChannel(channel: number): number;
  /** Agents of a group logged on. */
  groupOnDuty(group: number): number;
  /** Agents of a group logged on and holding at least one contact. */
  groupBusy(group: number): number;
}
