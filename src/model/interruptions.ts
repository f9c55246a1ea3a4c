import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import { growFloat64, growInt32 } from '../util/typed-array-growth';
import type { AgentTable } from './agent-table';
import { CHANNEL_COUNT, VOICE } from './channel';
import { ContactState, type ContactTable } from './contact-table';
import type { AgentGroupDefinition } from './definition';

/** True when some group of the model lets a voice call interrupt other work (scenario `interruptions`). */
export function usesInterruptions(groups: readonly AgentGroupDefinition[]): boolean {
  return groups.some((g) => g.interruptions !== undefined);
}

/** What the interruptions ask of the service flow. */
export interface InterruptionHooks {
  /** The routing policy's choice of a waiting contact for `agent` (who holds nothing now), or -1. */
  selectContact(agent: number): number;
  /** Starts the service of waiting contact `c` by `agent` (checked by the caller). */
  startFromQueue(c: number, agent: number): void;
  /** True when `agent` could take waiting contact `c` if it were free (eligibility and overflow step). */
  mayServe(agent: number, c: number): boolean;
}

/**
 * Interruptible work with preemptive resume (scenario `agentGroups[].interruptions`, see
 * docs/channels.md). In a group with `interruptions: { voice: [email] }`, a voice call that finds
 * no free agent may be given to an agent whose contacts in hand are all e-mails *in service* (none
 * in wrap-up): those e-mails are suspended (their end of service cancelled, the work left kept
 * exactly), the agent takes the call. When the call's capacity is freed (after its wrap-up), the
 * agent first takes a waiting call the routing policy gives it (the priority discipline: calls
 * before the suspended e-mails); otherwise it resumes its suspended contacts in the order they were
 * suspended, each needing its work left plus the group's `resumeOverhead`. No work is lost, and the
 * suspended contacts stay with the agent who held them (they never go back to a queue).
 *
 * The agent to interrupt is the one of the contact's eligible groups with such a rule whose load
 * changed longest ago (its current busy spell is the oldest), ties to the lower agent id; a
 * contact type's overflow steps are respected. Nothing is drawn, so a model without
 * `interruptions` never builds this and runs exactly as before.
 */
export class Interruptions {
  /** 1 when a call may suspend contacts of channel ch in group g (index g * CHANNEL_COUNT + ch). */
  private readonly suspendable: Uint8Array;
  /** Work added to a suspended contact when it resumes, per group (seconds). */
  private readonly overhead: Float64Array;
  /** Per agent, its contacts in service that a call may suspend. */
  private readonly inHand: number[][];
  /** Per agent, its suspended contacts, in suspension order. */
  private readonly held: number[][];
  /** The groups with a rule, and their agents (candidates to interrupt). */
  private readonly candidates: readonly Int32Array[];
  /** Scheduled end of service of each tracked contact slot (while in service). */
  private dueAt: Float64Array;
  /** Work left (seconds) of each suspended contact slot. */
  private workLeft: Float64Array;
  /** When each contact slot was last suspended. */
  private suspendedAt: Float64Array;
  /** Total time each contact slot spent suspended during its current service. */
  private suspendedTotal: Float64Array;
  /** Number of times each contact slot was suspended during its current service. */
  private count: Int32Array;
  private kind: EventKind = -1;
  private hooks: InterruptionHooks | null = null;

  constructor(
    groups: readonly AgentGroupDefinition[],
    private readonly agents: AgentTable,
    private readonly contacts: ContactTable,
    private readonly sim: Simulator,
    /** Channel id of each contact type. */
    private readonly typeChannel: Int32Array,
  ) {
    this.suspendable = new Uint8Array(groups.length * CHANNEL_COUNT);
    this.overhead = new Float64Array(groups.length);
    const candidates: Int32Array[] = [];
    for (const g of groups) {
      const rule = g.interruptions;
      if (rule === undefined) continue;
      for (const ch of rule.suspends) if (ch !== VOICE) this.suspendable[g.id * CHANNEL_COUNT + ch] = 1;
      this.overhead[g.id] = rule.resumeOverhead;
      candidates.push(agents.members[g.id]!);
    }
    this.candidates = candidates;
    this.inHand = Array.from({ length: agents.count }, () => []);
    this.held = Array.from({ length: agents.count }, () => []);
    this.dueAt = new Float64Array(256);
    this.workLeft = new Float64Array(256);
    this.suspendedAt = new Float64Array(256);
    this.suspendedTotal = new Float64Array(256);
    this.count = new Int32Array(256);
  }

  /** Sets the event that ends a service and the service flow's hooks; called once by the service flow. */
  bind(serviceEnd: EventKind, hooks: InterruptionHooks): void {
    this.kind = serviceEnd;
    this.hooks = hooks;
  }

  /** Time contact `c` spent suspended during its service so far (0 when never suspended). */
  suspendedTime(c: number): number {
    return c < this.suspendedTotal.length ? (this.suspendedTotal[c] as number) : 0;
  }

  /** Times contact `c` was suspended during its service so far. */
  interruptionsOf(c: number): number {
    return c < this.count.length ? (this.count[c] as number) : 0;
  }

  /** Contacts `agent` holds suspended. */
  suspendedCount(agent: number): number {
    return this.held[agent]!.length;
  }

  /**
   * Contact `c` started service with `agent` now, to end after `duration`: resets its tallies and,
   * when a call may suspend it, tracks it (the agent then stays a candidate for a call).
   */
  started(c: number, agent: number, channel: number, duration: number): void {
    if (c >= this.count.length) this.grow(this.contacts.capacity);
    this.suspendedTotal[c] = 0;
    this.count[c] = 0;
    if (this.suspendable[(this.agents.group[agent] as number) * CHANNEL_COUNT + channel] !== 1) return;
    this.dueAt[c] = this.sim.now + duration;
    this.inHand[agent]!.push(c);
  }

  /** Contact `c`'s service by `agent` ended now: it can no longer be suspended. */
  ended(c: number, agent: number): void {
    const list = this.inHand[agent]!;
    const i = list.indexOf(c);
    if (i < 0) return;
    list[i] = list[list.length - 1]!;
    list.pop();
  }

  /**
   * A voice contact `c` (not a callback) found no free agent: picks an agent to interrupt for it,
   * or -1. A candidate is on duty and not leaving, holds only contacts in service that a call may
   * suspend (at least one), and may serve `c`.
   */
  agentFor(c: number): number {
    const { agents, hooks } = this;
    let best = -1;
    let since = Infinity;
    for (let g = 0; g < this.candidates.length; g++) {
      const members = this.candidates[g]!;
      for (let k = 0; k < members.length; k++) {
        const a = members[k]!;
        const n = this.inHand[a]!.length;
        if (n === 0 || n !== agents.totalLoad[a] || agents.onDuty[a] === 0 || agents.leaving[a] === 1) continue;
        if ((agents.capacity[(agents.group[a] as number) * CHANNEL_COUNT + VOICE] as number) === 0) continue;
        const t = agents.idleSince[a] as number;
        if (t < since || (t === since && a < best)) {
          if (!hooks!.mayServe(a, c)) continue;
          best = a;
          since = t;
        }
      }
    }
    return best;
  }

  /**
   * Suspends every contact `agent` holds (all in service, all suspendable: see
   * {@link Interruptions.agentFor}): their ends are cancelled, their work left kept, their capacity
   * freed (the agent is then not busy until the call starts).
   */
  suspendAll(agent: number): void {
    const { agents, contacts, sim } = this;
    const now = sim.now;
    const list = this.inHand[agent]!;
    const held = this.held[agent]!;
    const group = agents.group[agent] as number;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      sim.cancel(contacts.timer[c] as number);
      contacts.timer[c] = -1;
      contacts.state[c] = ContactState.suspended;
      this.workLeft[c] = (this.dueAt[c] as number) - now;
      this.suspendedAt[c] = now;
      this.count[c]!++;
      const channel = this.channelOf(c);
      agents.load[agent * CHANNEL_COUNT + channel]!--;
      if (--agents.totalLoad[agent]! === 0) agents.groupBusy[group]!--;
      held.push(c);
    }
    list.length = 0;
  }

  /**
   * The agent's call capacity was freed (its voice load is now 0) while it holds suspended
   * contacts; `agents.load` no longer counts the call but `totalLoad` still does. Takes a waiting
   * call the policy gives it, else resumes the suspended contacts. Returns true when the agent took
   * a call (the suspended contacts stay suspended).
   */
  callEnded(agent: number): boolean {
    const { agents, sim, hooks } = this;
    const group = agents.group[agent] as number;
    // The agent is momentarily free: the call is put down.
    if (--agents.totalLoad[agent]! === 0) agents.groupBusy[group]!--;
    if (agents.onDuty[agent] === 1 && agents.leaving[agent] === 0) {
      agents.refresh(agent, sim.now);
      const c = hooks!.selectContact(agent);
      if (c >= 0 && this.channelOf(c) === VOICE && this.contacts.state[c] === ContactState.waiting && hooks!.mayServe(agent, c)) {
        hooks!.startFromQueue(c, agent);
        return true;
      }
    }
    this.resumeAll(agent);
    // Counted again so that the caller's release of the call's capacity balances.
    agents.totalLoad[agent]!++;
    return false;
  }

  /** Resumes the agent's suspended contacts in suspension order: work left plus the group's resume overhead each. */
  private resumeAll(agent: number): void {
    const { agents, contacts, sim } = this;
    const now = sim.now;
    const held = this.held[agent]!;
    const list = this.inHand[agent]!;
    const group = agents.group[agent] as number;
    const overhead = this.overhead[group] as number;
    for (let i = 0; i < held.length; i++) {
      const c = held[i]!;
      this.suspendedTotal[c]! += now - (this.suspendedAt[c] as number);
      contacts.state[c] = ContactState.inService;
      const work = (this.workLeft[c] as number) + overhead;
      this.dueAt[c] = now + work;
      contacts.timer[c] = sim.schedule(work, this.kind, c, EventPriority.release);
      agents.load[agent * CHANNEL_COUNT + this.channelOf(c)]!++;
      if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
      list.push(c);
    }
    held.length = 0;
    agents.refresh(agent, now);
  }

  private channelOf(c: number): number {
    return this.typeChannel[this.contacts.type[c] as number] as number;
  }

  private grow(n: number): void {
    this.dueAt = growFloat64(this.dueAt, n);
    this.workLeft = growFloat64(this.workLeft, n);
    this.suspendedAt = growFloat64(this.suspendedAt, n);
    this.suspendedTotal = growFloat64(this.suspendedTotal, n);
    this.count = growInt32(this.count, n);
  }
}
