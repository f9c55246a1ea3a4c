import type { AgentTable } from './agent-table';
import { VOICE } from './channel';
import { ContactInt, ContactReal, type ContactTable } from './contact-table';
import type { ModelDefinition } from './definition';
import { InterruptibleHeap } from './interruptible-heap';
import type { WaitingQueues } from './waiting-queues';

/**
 * Who interrupts whom (scenario `interruptions`, see docs/channels.md): the two matching questions
 * of preemptive resume, each answered without drawing anything.
 *
 * - {@link InterruptionCandidates.agentFor}: a call found no free agent; which agent may it
 *   interrupt? The *interruptible* agent (see {@link InterruptionCandidates.interruptible}) of the
 *   call's eligible groups with a rule whose load changed longest ago, ties to the lower agent id,
 *   its overflow step open for the call. Each group keeps its interruptible agents in a heap by
 *   that order ({@link InterruptibleHeap}; the caller reports every agent that may have become
 *   interruptible or restarted its busy spell through {@link InterruptionCandidates.changed}), so
 *   this costs O(groups) plus the stale entries dropped, not a scan of the agents (bench/interruptions.ts).
 * - {@link InterruptionCandidates.callFor}: an agent has just become interruptible (it put down a
 *   contact, took work while free, logged on, or its call ended with work suspended); which waiting
 *   call takes it? Among the queues its group serves, in each voice queue the first call that is
 *   not a callback attempt; of those the agent may serve (eligible, overflow step open), the first
 *   in the default contact order: higher contact-type priority, then earlier queue entry, then
 *   smaller serial. As in the routing selectors, a queue whose first such call the agent may not
 *   serve gives none (the others waited less).
 *
 * @module
 */

/** What the candidate search asks of the service flow. */
export interface CandidateHooks {
  /** True when `agent` could take waiting contact `c` if it were free (eligibility and overflow step). */
  mayServe(agent: number, c: number): boolean;
}

/** What the interruptions ask of the service flow (see {@link Interruptions}). */
export interface InterruptionHooks extends CandidateHooks {
  /** The routing policy's choice of a waiting contact for `agent` (who holds nothing now), or -1. */
  selectContact(agent: number): number;
  /** Starts the service of waiting contact `c` by `agent` (checked by the caller). */
  startFromQueue(c: number, agent: number): void;
  /**
   * Held messaging session `c`, suspended in a reply gap, is back with its agent, and its
   * customer's reply (or, when `timedOut`, its timeout) came meanwhile: the session takes it now.
   */
  sessionResumed(c: number, timedOut: boolean): void;
}

/** The candidate searches of {@link Interruptions}: agents to interrupt, calls to interrupt for. */
export class InterruptionCandidates {
  /** Per group, its interruptible agents (null without a rule). */
  private readonly heaps: readonly (InterruptibleHeap | null)[];
  /** The groups with a rule that take calls. */
  private readonly ruledGroups: Int32Array;
  /** True when a heap entry still holds: the agent is interruptible and its busy spell began at that time. */
  private readonly valid: (agent: number, time: number) => boolean;
  /** 1 when group g has a rule and takes calls. */
  private readonly ruled: Uint8Array;
  /** Per group, the voice queues it serves (empty without a rule). */
  private readonly voiceQueues: readonly Int32Array[];
  /** Priority of each contact type. */
  private readonly priority: Float64Array;

  constructor(
    model: ModelDefinition,
    private readonly agents: AgentTable,
    private readonly contacts: ContactTable,
    private readonly queues: WaitingQueues,
    /** Queues each group is qualified to serve. */
    servedQueues: (group: number) => readonly number[],
    /** Contact type of a queue. */
    queueType: (queue: number) => number,
    /** Per agent, its tracked contacts in hand (all of a channel a call may suspend); read, never changed. */
    private readonly inHand: readonly (readonly number[])[],
    private readonly hooks: CandidateHooks,
  ) {
    const groups = model.agentGroups;
    this.ruled = new Uint8Array(groups.length);
    this.voiceQueues = groups.map((g) => {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a group without a rule tracks no contacts (empty inHand), so ruled or not it is never interruptible; a rule on a group without voice is a scenario error (interruptions-checks.ts)
      if (g.interruptions === undefined || (g.concurrency[VOICE] ?? 0) === 0) return new Int32Array(0);
      this.ruled[g.id] = 1;
      return Int32Array.from(servedQueues(g.id).filter((q) => model.contactTypes[queueType(q)]!.channel === VOICE));
    });
    // Stryker disable next-line ArithmeticOperator: the limit only sets how often stale entries are dropped (memory); any limit gives the same agents
    // Stryker disable next-line ConditionalExpression: a heap of a group without a rule is never filled (changed() files interruptible agents, all of ruled groups) nor read (agentFor visits ruledGroups)
    this.heaps = groups.map((g) => (this.ruled[g.id] === 1 ? new InterruptibleHeap(4 * agents.members[g.id]!.length + 64) : null));
    this.ruledGroups = Int32Array.from(groups.filter((g) => this.ruled[g.id] === 1), (g) => g.id);
    this.valid = (agent, time) => agents.idleSince[agent] === time && this.interruptible(agent);
    this.priority = Float64Array.from(model.contactTypes, (t) => t.priority);
  }

  /**
   * `agent` may have become interruptible, or its busy spell restarted (`idleSince` changed) while
   * it is: files it under its current key. Must be called after every such change.
   */
  changed(agent: number): void {
    // Stryker disable next-line ConditionalExpression: an entry of an agent not interruptible is dropped unread (peek and compact keep valid entries only; valid() asks interruptible), and callers pass agents of ruled groups only
    if (!this.interruptible(agent)) return;
    this.heaps[this.agents.group[agent] as number]!.push(this.agents.idleSince[agent] as number, agent, this.valid);
  }

  /**
   * True when a call may interrupt `agent` now: its group has a rule and takes calls; it is on duty
   * and not leaving; it holds at least one contact and every one is tracked (of a channel a call
   * may suspend, in service or in a held reply gap: never in wrap-up, never a call).
   */
  interruptible(agent: number): boolean {
    const agents = this.agents;
    const n = this.inHand[agent]!.length;
    return (
      n > 0 &&
      n === agents.totalLoad[agent] &&
      this.ruled[agents.group[agent] as number] === 1 &&
      // Stryker disable next-line ConditionalExpression: an agent holding contacts (n > 0) is on duty: one leaving stays on duty until its last contact ends
      agents.onDuty[agent] === 1 &&
      agents.leaving[agent] === 0
    );
  }

  /** The agent to interrupt for call `c` (see the module description), or -1. */
  agentFor(c: number): number {
    let best = -1;
    let since = Infinity;
    const groups = this.ruledGroups;
    for (let k = 0; k < groups.length; k++) {
      const heap = this.heaps[groups[k]!]!;
      const a = heap.peek(this.valid);
      // Stryker disable next-line ConditionalExpression: without it, agent -1 is never chosen: mayServe(-1, c) is false (no group, not eligible)
      if (a < 0) continue;
      const t = heap.topTime();
      // Eligibility and overflow steps are per group: the group's first agent stands for all. A tie
      // keeps the earlier group's agent, the lower id: groups are visited in id order and agent ids
      // grow with the group id.
      if (t < since && this.hooks.mayServe(a, c)) {
        best = a;
        since = t;
      }
    }
    return best;
  }

  /**
   * The waiting call that takes `agent` (see the module description), or -1. The caller has
   * checked that the agent is, or is about to be, interruptible.
   */
  callFor(agent: number): number {
    const { contacts, queues } = this;
    const list = this.voiceQueues[this.agents.group[agent] as number]!;
    let best = -1;
    // Stryker disable next-line EqualityOperator: one step past reads queue undefined: its head is undefined, which no comparison below lets through (before() is false, mayServe() is false)
    for (let i = 0; i < list.length; i++) {
      let c = queues.head(list[i]!);
      while (c >= 0 && contacts.ints[c * ContactInt.stride + ContactInt.callback] !== 0) c = queues.next(c);
      // Stryker disable next-line ConditionalExpression: without the c < 0 test, contact -1 is skipped anyway: it reads no type, so before() and mayServe() are false
      if (c < 0 || (best >= 0 && !this.before(c, best)) || !this.hooks.mayServe(agent, c)) continue;
      best = c;
    }
    return best;
  }

  /** The default contact order: higher type priority, then earlier queue entry, then smaller serial. */
  private before(a: number, b: number): boolean {
    const { contacts, priority } = this;
    const pa = priority[contacts.ints[a * ContactInt.stride + ContactInt.type] as number] as number;
    const pb = priority[contacts.ints[b * ContactInt.stride + ContactInt.type] as number] as number;
    // Stryker disable next-line EqualityOperator: pa ≥ pb is pa > pb when pa !== pb
    if (pa !== pb) return pa > pb;
    const qa = contacts.reals[a * ContactReal.stride + ContactReal.queuedAt] as number;
    const qb = contacts.reals[b * ContactReal.stride + ContactReal.queuedAt] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a voice call that is not a callback enters its queue the instant it is created (createContact), so queue-entry order is serial order and the serial test below decides the same; qa ≤ qb is qa < qb when qa !== qb
    if (qa !== qb) return qa < qb;
    // Stryker disable next-line EqualityOperator: serials are unique and a !== b
    return (contacts.reals[a * ContactReal.stride + ContactReal.serial] as number) < (contacts.reals[b * ContactReal.stride + ContactReal.serial] as number);
  }
}

