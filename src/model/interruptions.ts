import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { AgentTable } from './agent-table';
import type { CenterState } from './center-state';
import { CHANNEL_COUNT, VOICE } from './channel';
import { ContactInt, ContactReal, ContactState, type ContactTable } from './contact-table';
import type { AgentGroupDefinition } from './definition';
import { InterruptionCandidates, type InterruptionHooks } from './interruption-candidates';
import { Pending, SuspensionSlots } from './suspension-slots';

/** True when some group of the model lets a voice call interrupt other work (scenario `interruptions`). */
export function usesInterruptions(groups: readonly AgentGroupDefinition[]): boolean {
  return groups.some((g) => g.interruptions !== undefined);
}

/**
 * Interruptible work with preemptive resume (scenario `agentGroups[].interruptions`, see
 * docs/channels.md). In a group with `interruptions: { voice: [email] }`, a voice call may take an
 * agent whose contacts in hand are all e-mails *in service* (none in wrap-up): those e-mails are
 * suspended (their end of service cancelled, the work left kept exactly), the agent takes the call.
 * That happens when the call finds no free agent (at arrival, when an overflow step opens, at a
 * policy wake-up) and when an agent *becomes* interruptible while calls wait: it put down a
 * contact, took work while free, or logged on (the call is chosen by
 * {@link InterruptionCandidates.callFor}). When the call's capacity is freed (after its wrap-up),
 * the agent first takes a waiting call the routing policy gives it, else a waiting call it could
 * interrupt for (calls before the suspended e-mails); otherwise it resumes its suspended contacts
 * in the order they were suspended, each needing its work left plus the group's `resumeOverhead`.
 * No work is lost, and the suspended contacts stay with the agent who held them.
 *
 * A messaging session (`session`) is suspended like an e-mail while a turn is in service; with a
 * `held` slot it is also suspended in a reply gap: the gap runs on (the customer writes whatever
 * the agent does), and a reply (or the timeout) that comes while the agent is on the call waits for
 * the resume (no overhead: no work was in progress). With `released` the session has no slot with
 * the agent during its gaps, so nothing to suspend.
 *
 * Nothing is drawn, so a model without `interruptions` never builds this and runs exactly as before.
 */
export class Interruptions {
  /** 1 when a call may suspend contacts of channel ch in group g (index g * CHANNEL_COUNT + ch). */
  private readonly suspendable: Uint8Array;
  /** Work added to a suspended contact when it resumes, per group (seconds). */
  private readonly overhead: Float64Array;
  /** Per agent, its contacts a call may suspend (in service, or held sessions in a reply gap). */
  private readonly inHand: number[][];
  /** Per agent, its suspended contacts, in suspension order. */
  private readonly held: number[][];
  private readonly agents: AgentTable;
  private readonly contacts: ContactTable;
  private readonly typeChannel: Int32Array;
  private candidates: InterruptionCandidates | null = null;
  /** Per contact slot: end of service, work left, suspensions, held-session gaps. */
  private readonly slots = new SuspensionSlots();
  /** True while an agent resumes its contacts (no interruption is looked for then). */
  private resuming = false;
  // Stryker disable next-line UnaryOperator: bind() sets the event before any service starts; the initial value is never read
  private kind: EventKind = -1;
  private hooks: InterruptionHooks | null = null;

  constructor(
    private readonly state: CenterState,
    private readonly sim: Simulator,
  ) {
    const groups = state.model.agentGroups;
    this.agents = state.agents;
    this.contacts = state.contacts;
    this.typeChannel = state.typeChannel;
    this.suspendable = new Uint8Array(groups.length * CHANNEL_COUNT);
    this.overhead = new Float64Array(groups.length);
    for (const g of groups) {
      const rule = g.interruptions;
      if (rule === undefined) continue;
      for (const ch of rule.suspends) if (ch !== VOICE) this.suspendable[g.id * CHANNEL_COUNT + ch] = 1;
      this.overhead[g.id] = rule.resumeOverhead;
    }
    this.inHand = Array.from({ length: this.agents.count }, () => []);
    this.held = Array.from({ length: this.agents.count }, () => []);
  }

  /** Sets the event that ends a service and the service flow's hooks; called once by the service flow. */
  bind(serviceEnd: EventKind, hooks: InterruptionHooks): void {
    this.kind = serviceEnd;
    this.hooks = hooks;
    const state = this.state;
    this.candidates = new InterruptionCandidates(
      state.model,
      this.agents,
      this.contacts,
      state.queues,
      (g) => state.servedQueues(g),
      (q) => state.queueType(q),
      this.inHand,
      hooks,
    );
  }

  /** Time contact `c` spent suspended during its service so far (0 when never suspended). */
  suspendedTime(c: number): number {
    return c < this.slots.suspendedTotal.length ? (this.slots.suspendedTotal[c] as number) : 0;
  }

  /** Times contact `c` was suspended during its service so far. */
  interruptionsOf(c: number): number {
    return c < this.slots.count.length ? (this.slots.count[c] as number) : 0;
  }

  /** Contacts `agent` holds suspended. */
  suspendedCount(agent: number): number {
    return this.held[agent]!.length;
  }

  /**
   * Contact `c` started service with `agent` now, to end after `duration`: resets its tallies and,
   * when a call may suspend it, tracks it (the agent then stays a candidate for a call). An agent
   * that was free becomes interruptible here: a waiting call may take it at once.
   */
  started(c: number, agent: number, channel: number, duration: number): void {
    this.slots.ensure(c, this.contacts.capacity);
    this.slots.suspendedTotal[c] = 0;
    this.slots.count[c] = 0;
    if (this.suspendable[(this.agents.group[agent] as number) * CHANNEL_COUNT + channel] !== 1) return;
    this.slots.dueAt[c] = this.sim.now + duration;
    this.slots.gap[c] = 0;
    this.inHand[agent]!.push(c);
    if (this.agents.totalLoad[agent] === 1) this.takeWaitingCall(agent);
    else this.candidates!.changed(agent);
  }

  /**
   * A later turn of messaging session `c` started with `agent` now, to end after `work` (a reply
   * taken, or the held session's timeout with no work): tracked again as in service.
   */
  turnStarted(c: number, agent: number, work: number): void {
    if (!this.tracks(c, agent)) return;
    this.slots.dueAt[c] = this.sim.now + work;
    this.slots.gap[c] = 0;
    const list = this.inHand[agent]!;
    if (list.indexOf(c) >= 0) return;
    list.push(c);
    if (this.agents.totalLoad[agent] === 1) this.takeWaitingCall(agent);
    else this.candidates!.changed(agent);
  }

  /**
   * A turn of messaging session `c` with `agent` ended and the customer is to reply: with a held
   * slot the session stays in hand (suspendable in its gap); released, it leaves the agent.
   */
  turnEnded(c: number, agent: number, held: boolean): void {
    // Stryker disable next-line ConditionalExpression: an untracked session is never in inHand: ended() finds nothing, and its gap flag is read only for contacts in inHand or held (started() resets it for the slot's next tracked contact)
    if (!this.tracks(c, agent)) return;
    if (held) this.slots.gap[c] = 1;
    else this.ended(c, agent);
  }

  /** Contact `c`'s service by `agent` ended now: it can no longer be suspended. */
  ended(c: number, agent: number): void {
    const list = this.inHand[agent]!;
    const i = list.indexOf(c);
    if (i < 0) return;
    list[i] = list[list.length - 1]!;
    list.pop();
    this.slots.gap[c] = 0;
  }

  /**
   * A reply (or, when `timedOut`, the timeout) came for held session `c`: when the session is
   * suspended, it waits for the resume and this returns true; else false (take it now).
   */
  deferredWhileSuspended(c: number, timedOut: boolean): boolean {
    if (this.contacts.ints[c * ContactInt.stride + ContactInt.state] !== ContactState.suspended) return false;
    this.slots.pending[c] = timedOut ? Pending.timeout : Pending.reply;
    return true;
  }

  /** A call (not a callback) found no free agent: the agent to interrupt for call `c`, or -1. */
  agentFor(c: number): number {
    return this.candidates!.agentFor(c);
  }

  /**
   * An agent may have become interruptible (it put down a contact or took work): when it is and a
   * waiting call may interrupt it ({@link InterruptionCandidates.callFor}), that call starts with it
   * (suspending its contacts). Returns true when it did.
   */
  takeWaitingCall(agent: number): boolean {
    const candidates = this.candidates!;
    if (!candidates.interruptible(agent)) return false;
    // Stryker disable next-line UnaryOperator: a guard no path reaches today (see resumeAll: no hook of a resumed session calls this)
    const c = this.resuming ? -1 : candidates.callFor(agent);
    if (c < 0) {
      candidates.changed(agent);
      return false;
    }
    this.hooks!.startFromQueue(c, agent);
    return true;
  }

  /**
   * Suspends every contact `agent` holds (all tracked: see {@link InterruptionCandidates.interruptible}):
   * the ends of those in service are cancelled, their work left kept (a held session in its gap
   * keeps its reply timer); their capacity is freed (the agent is then not busy until the call starts).
   */
  suspendAll(agent: number): void {
    const { agents, contacts, sim } = this;
    const now = sim.now;
    const list = this.inHand[agent]!;
    const held = this.held[agent]!;
    const group = agents.group[agent] as number;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (this.slots.gap[c] === 0) {
        sim.cancel(contacts.reals[c * ContactReal.stride + ContactReal.timer] as number);
        // Stryker disable next-line UnaryOperator: nothing reads a suspended contact's timer (no cancel) before resumeAll sets it again
        contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
        this.slots.workLeft[c] = (this.slots.dueAt[c] as number) - now;
      }
      contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.suspended;
      this.slots.suspendedAt[c] = now;
      this.slots.count[c]!++;
      agents.load[agent * CHANNEL_COUNT + this.channelOf(c)]!--;
      if (--agents.totalLoad[agent]! === 0) agents.groupBusy[group]!--;
      held.push(c);
    }
    list.length = 0;
  }

  /**
   * The agent's call capacity was freed (its voice load is now 0) while it holds suspended
   * contacts; `agents.load` no longer counts the call but `totalLoad` still does. Takes a waiting
   * call the policy gives it, else one it could interrupt for, else resumes the suspended contacts.
   * Returns true when the agent took a call (the suspended contacts stay suspended).
   */
  callEnded(agent: number): boolean {
    const { agents, sim, hooks } = this;
    const group = agents.group[agent] as number;
    // The agent is momentarily free: the call is put down.
    if (--agents.totalLoad[agent]! === 0) agents.groupBusy[group]!--;
    if (agents.onDuty[agent] === 1 && agents.leaving[agent] === 0) {
      agents.refresh(agent, sim.now);
      let c = hooks!.selectContact(agent);
      if (!(c >= 0 && this.channelOf(c) === VOICE && this.contacts.ints[c * ContactInt.stride + ContactInt.state] === ContactState.waiting && hooks!.mayServe(agent, c))) {
        // The resumed contacts would make the agent interruptible: a call that would take it then takes it now.
        c = this.candidates!.callFor(agent);
      }
      if (c >= 0) {
        hooks!.startFromQueue(c, agent);
        return true;
      }
    }
    this.resumeAll(agent);
    // Counted again so that the caller's release of the call's capacity balances.
    agents.totalLoad[agent]!++;
    return false;
  }

  /**
   * Resumes the agent's suspended contacts in suspension order: work left plus the group's resume
   * overhead each; a held session suspended in its gap goes back to its gap, or takes the reply or
   * timeout that came meanwhile.
   */
  private resumeAll(agent: number): void {
    const { agents, contacts, sim } = this;
    const now = sim.now;
    const held = this.held[agent]!;
    const list = this.inHand[agent]!;
    const group = agents.group[agent] as number;
    const overhead = this.overhead[group] as number;
    let waiting = 0;
    for (let i = 0; i < held.length; i++) {
      const c = held[i]!;
      this.slots.suspendedTotal[c]! += now - (this.slots.suspendedAt[c] as number);
      contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.inService;
      if (this.slots.gap[c] === 0) {
        const work = (this.slots.workLeft[c] as number) + overhead;
        this.slots.dueAt[c] = now + work;
        contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(work, this.kind, c, EventPriority.release);
      } else if (this.slots.pending[c] !== Pending.nothing) held[waiting++] = c;
      agents.load[agent * CHANNEL_COUNT + this.channelOf(c)]!++;
      if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
      list.push(c);
    }
    held.length = waiting;
    agents.refresh(agent, now);
    this.candidates!.changed(agent);
    // Held sessions whose reply or timeout came while suspended take it now, in suspension order.
    // Stryker disable next-line ConditionalExpression: a shortcut; with no reply waiting the loop below takes none
    if (waiting === 0) return;
    const replies = held.splice(0, waiting);
    // The flag is a guard: sessionResumed reaches turnStarted, which returns before takeWaitingCall for
    // a contact already in hand (every resumed one is), so no path reads it as true today.
    // Stryker disable next-line BooleanLiteral: see above
    this.resuming = true;
    for (const c of replies) {
      const timedOut = this.slots.pending[c] === Pending.timeout;
      this.slots.pending[c] = Pending.nothing;
      this.hooks!.sessionResumed(c, timedOut);
    }
    // Stryker disable next-line BooleanLiteral: see above
    this.resuming = false;
  }

  /** True when `c`, in service with `agent`, is of a channel a call may suspend in the agent's group. */
  private tracks(c: number, agent: number): boolean {
    return this.suspendable[(this.agents.group[agent] as number) * CHANNEL_COUNT + this.channelOf(c)] === 1;
  }

  private channelOf(c: number): number {
    return this.typeChannel[this.contacts.ints[c * ContactInt.stride + ContactInt.type] as number] as number;
  }
}
