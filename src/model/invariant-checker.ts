import { CHANNEL_COUNT, CHANNELS, VOICE } from './channel';
import type { MessagingSessionDefinition } from './messaging-session-definition';
import { ContactState, ServiceOutcome } from './contact-table';
import type { ContactCenterObserver, QueueExitKind } from './observer';
import type { ContactCenterView } from './view';

const MESSAGING = CHANNELS.indexOf('messaging');

/**
 * An observer that checks the engine's invariants on every event and throws at the first
 * violation: each contact ends in exactly one terminal state; no agent holds more contacts than
 * its concurrency allows (and a voice call stays exclusive); no contact is served by an agent
 * lacking the skill or channel; no negative wait; the clock never goes backwards; each group's
 * busy count (what `least-occupied` and the overflow protections read) equals its agents holding
 * work, and the free agents counted per channel (what `queue-and-idleness-ratio` reads) equal the
 * groups' free pools summed, and the idle time kept beside each pool's head is the head's own; a queue exit leaves the contact in its matching terminal state (a balk
 * before any wait, a clearing not before the horizon unless the type clears when nobody may serve
 * it and nobody may), a same-contact retrial's wait of earlier attempts is finite and ≥ 0 (and 0
 * for any other contact), and a contact turned into a callback is still waiting; an
 * individual agent's factors stay positive and finite; an agent keeping a customer on a warm
 * transfer stays busy until the transferred contact is answered or lost; a service whose handle
 * time stretches with concurrency (`slowdown`) ends when its work is done, neither before nor
 * after (its work left is 0 up to rounding); a self-service session ends after it began, and
 * contains only an issue no contact was made about; a messaging session's reply gap and later turns
 * belong to a messaging type with sessions, alternate (a turn follows a gap), reach another agent
 * than the previous turn's only after a timed stickiness's wait ran out, end on an abandoned reply
 * only with `replyPatience`, keep the slot with the
 * agent during a `held` gap and give it back during a `released` one, and a `held` session's turns
 * stay with one agent; with interruptions (preemptive resume), an
 * agent holds suspended contacts only while it is on a call, a contact is suspended only in a
 * channel its agent's group lets a call suspend (some group's, for a released messaging session,
 * whose turns may change groups), and a served contact's time suspended is
 * non-negative and never more than its time in service (its handle time, work done, is then
 * non-negative). Costs a few operations per event plus a pass over the changed agent's group; the test
 * suite runs it on every simulated scenario.
 */
export class InvariantChecker implements ContactCenterObserver {
  private view!: ContactCenterView;
  private lastTime = 0;
  private arrived = 0;
  private ended = 0;
  /** Serials of contacts that reached a terminal state, to catch a second end. */
  private readonly endedSerials = new Set<number>();
  private readonly maxTracked: number;
  /** The agents of each group, to recount its busy agents. */
  private members: number[][] = [];
  /** Messaging sessions in a reply gap: contact serial → the agent of the turn before the gap. */
  private readonly inGap = new Map<number, number>();
  /** Per agent: whether it is off duty or leaving now, and when it last came back (timed stickiness ends when the agent goes). */
  private gone: Uint8Array = new Uint8Array(0);
  private back: Float64Array = new Float64Array(0);

  /** @param maxTracked how many ended contacts to remember for the double-end check */
  constructor(maxTracked = 1_000_000) {
    this.maxTracked = maxTracked;
  }

  /** Keeps the view to read the state from. */
  attach(view: ContactCenterView): void {
    this.view = view;
    this.members = view.model.agentGroups.map(() => []);
    for (let a = 0; a < view.agentCount; a++) this.members[view.agentGroup(a)]!.push(a);
    this.gone = new Uint8Array(view.agentCount).fill(1);
    this.back = new Float64Array(view.agentCount).fill(-Infinity);
  }

  private tick(): void {
    const now = this.view.now;
    if (now < this.lastTime) this.fail(`clock went backwards from ${this.lastTime} to ${now}`);
    this.lastTime = now;
  }

  private end(c: number, how: string): void {
    this.tick();
    const serial = this.view.contactSerial(c);
    if (this.endedSerials.has(serial)) this.fail(`contact #${serial} ended twice (second time ${how})`);
    if (this.endedSerials.size < this.maxTracked) this.endedSerials.add(serial);
    this.inGap.delete(serial);
    this.ended++;
    if (this.ended > this.arrived) this.fail(`more contacts ended (${this.ended}) than arrived (${this.arrived})`);
  }

  /** Checks the clock and counts the arrival. */
  onArrival(): void {
    this.tick();
    this.arrived++;
  }
  /** Checks that the contact reaches a terminal state only once. */
  onBlocked(c: number): void {
    this.checkHeld(c);
    this.end(c, 'blocked');
  }
  /** Checks for a negative wait and that the contact reaches a terminal state only once. */
  onAbandon(c: number): void {
    const v = this.view;
    this.checkHeld(c);
    if (v.now - v.contactQueuedAt(c) < 0) this.fail(`negative wait for contact #${v.contactSerial(c)}`);
    this.end(c, 'abandoned');
  }
  /**
   * Checks the contact's state against the exit, that a balked contact never waited, that no
   * queue is cleared before closing (the horizon), and that the contact reaches a terminal state only once.
   */
  onQueueExit(c: number, exit: QueueExitKind): void {
    const v = this.view;
    const expected = { balked: ContactState.balked, voicemail: ContactState.voicemail, rerouted: ContactState.rerouted, cleared: ContactState.cleared }[exit];
    if (v.contactState(c) !== expected) this.fail(`contact #${v.contactSerial(c)} exited as ${exit} in state ${v.contactState(c)}`);
    if (v.now - v.contactQueuedAt(c) < 0) this.fail(`negative wait for contact #${v.contactSerial(c)}`);
    if (exit === 'balked' && v.now !== v.contactArrival(c)) this.fail(`contact #${v.contactSerial(c)} balked after its arrival`);
    if (exit === 'cleared' && v.now < v.model.horizon && !this.unstaffed(v.contactType(c))) this.fail(`contact #${v.contactSerial(c)} cleared before closing`);
    this.end(c, exit);
  }
  /**
   * True when contacts of `type` may be cleared now before the horizon: the type clears when
   * unstaffed (`closing: clear-when-unstaffed`) and no agent who may serve it is on duty and staying.
   */
  private unstaffed(type: number): boolean {
    const v = this.view;
    if (v.model.contactTypes[type]!.queueExits?.clearWhenUnstaffed !== true) return false;
    for (const g of v.eligibleGroups(type)) for (const a of this.members[g]!) if (v.agentAvailable(a)) return false;
    return true;
  }
  /** Checks that a contact turned into a callback is still waiting. */
  onConvertedToCallback(c: number): void {
    this.tick();
    if (this.view.contactState(c) !== ContactState.waiting) this.fail(`contact #${this.view.contactSerial(c)} turned into a callback in state ${this.view.contactState(c)}`);
  }
  /** Checks that the contact reaches a terminal state only once. */
  onUnfinished(c: number): void {
    this.end(c, 'unfinished');
  }
  /**
   * Checks that the contact reaches a terminal state only once, that its work is done, and that a
   * silent abandon is of a chat or messaging type that has silent abandonment.
   */
  onServiceEnd(c: number): void {
    const v = this.view;
    if (v.contactOutcome(c) === ServiceOutcome.silentAbandoned) {
      const type = v.model.contactTypes[v.contactType(c)]!;
      if (type.silentAbandonment === undefined || (type.channel !== 1 && type.channel !== 3)) this.fail(`contact #${v.contactSerial(c)} of type ${type.name} ended as a silent abandon`);
    }
    if (v.contactAbandonedReply(c) && this.sessionOf(c).replyPatience === undefined) this.fail(`messaging session #${v.contactSerial(c)} ended on an abandoned reply without replyPatience`);
    this.checkSuspended(c);
    const left = v.contactWorkLeft(c);
    if (!(Math.abs(left) <= 1e-9 * Math.max(1, v.now))) this.fail(`contact #${v.contactSerial(c)} ended with ${left} s of work left (concurrency slowdown)`);
    this.end(c, 'served');
  }

  /**
   * Checks the wait, the contact's state, the agent's skills, proficiencies and channel, the overflow step and
   * the agent's load.
   */
  onServiceStart(c: number, agent: number): void {
    this.tick();
    const v = this.view;
    if (v.now - v.contactQueuedAt(c) < 0) this.fail(`negative wait for contact #${v.contactSerial(c)}`);
    const prior = v.contactPriorWait(c);
    if (!(prior >= 0 && prior < Infinity) || (prior > 0 && v.model.contactTypes[v.contactType(c)]!.retrial?.sameContact !== true)) {
      this.fail(`contact #${v.contactSerial(c)} has a wait of earlier attempts of ${prior} (only same-contact retrials have one)`);
    }
    if (v.contactState(c) !== ContactState.inService) this.fail(`contact #${v.contactSerial(c)} started service in state ${v.contactState(c)}`);
    if (!v.isEligible(agent, c)) this.fail(`agent ${agent} lacks the skill or channel for contact #${v.contactSerial(c)}`);
    const type = v.model.contactTypes[v.contactType(c)]!;
    for (const r of type.requirements) {
      if (v.agentProficiency(agent, r.skill) < r.minProficiency) {
        this.fail(`agent ${agent} has proficiency ${v.agentProficiency(agent, r.skill)} < ${r.minProficiency} for contact #${v.contactSerial(c)}`);
      }
    }
    if (v.contactOverflowStep(c) < 0) this.fail(`contact #${v.contactSerial(c)} was served through no overflow step`);
    if (v.model.agentGroups[v.agentGroup(agent)]!.individuals !== undefined) this.checkIndividual(agent, v.contactType(c));
    this.checkHeld(c);
    this.checkAgent(agent);
  }

  /** A served contact's suspensions: only in a suspendable channel, for a time within its time in service. */
  private checkSuspended(c: number): void {
    const v = this.view;
    const n = v.contactInterruptions(c);
    const suspended = v.contactSuspendedTime(c);
    if (n === 0 && suspended === 0) return;
    const serial = v.contactSerial(c);
    // A released messaging session may have been suspended with an agent of another group than its last one.
    const channel = v.contactChannel(c);
    const released = v.model.contactTypes[v.contactType(c)]!.session?.slotDuringGap === 'released';
    const groups = released ? v.model.agentGroups : [v.model.agentGroups[v.agentGroup(v.contactAgent(c))]!];
    if (!groups.some((g) => g.interruptions?.suspends.includes(channel) === true)) this.fail(`contact #${serial} was suspended but its agent's group lets no call suspend its channel`);
    if (!(n > 0 && suspended >= 0)) this.fail(`contact #${serial} was suspended ${n} times for ${suspended} s`);
    if (suspended > v.now - v.contactServiceStart(c) + 1e-9 * Math.max(1, v.now)) this.fail(`contact #${serial} was suspended ${suspended} s of its ${v.now - v.contactServiceStart(c)} s in service`);
  }

  /** The agent keeping the customer of a warm-transferred contact is still busy with it when the contact is answered or lost. */
  private checkHeld(c: number): void {
    const holder = this.view.contactHeldBy(c);
    if (holder >= 0 && this.view.agentLoad(holder) === 0) this.fail(`agent ${holder} let go of warm-transferred contact #${this.view.contactSerial(c)} before it was answered`);
  }

  /** An individual agent's factors are positive and finite, and its experience counts the services it started. */
  private checkIndividual(agent: number, type: number): void {
    const v = this.view;
    const speed = v.agentHandleTimeFactor(agent, type);
    const resolution = v.agentResolutionFactor(agent, type);
    if (!(speed > 0 && speed < Infinity)) this.fail(`agent ${agent} has handle-time factor ${speed}`);
    if (!(resolution >= 0 && resolution < Infinity)) this.fail(`agent ${agent} has resolution factor ${resolution}`);
    const experience = v.agentExperience(agent, type);
    if (!(experience >= 0)) this.fail(`agent ${agent} has experience ${experience}`);
  }

  /**
   * Checks a self-service session: the clock, a known outcome, no negative time in the stage, and
   * no contact about a contained issue (the stage resolved it alone).
   */
  onSelfServiceEnd(issue: number, _type: number, outcome: number): void {
    this.tick();
    const v = this.view;
    if (outcome !== 0 && outcome !== 1 && outcome !== 2) this.fail(`self-service session of issue #${v.issueSerial(issue)} ended with outcome ${outcome}`);
    if (v.now < v.issueOpenedAt(issue)) this.fail(`self-service session of issue #${v.issueSerial(issue)} ended before it began`);
    if (outcome === 0 && v.issueContacts(issue) !== 0) this.fail(`issue #${v.issueSerial(issue)} was contained by self-service after ${v.issueContacts(issue)} contacts`);
  }

  /**
   * Checks a messaging session's reply gap: a messaging type with sessions, not already in a gap;
   * with `held` the contact stays in service with its agent (the slot taken), with `released` it
   * waits for the reply with no agent.
   */
  onSessionGap(c: number, agent: number): void {
    this.tick();
    const v = this.view;
    const serial = v.contactSerial(c);
    const session = this.sessionOf(c);
    if (this.inGap.has(serial)) this.fail(`messaging session #${serial} began a reply gap twice without a turn between`);
    this.inGap.set(serial, agent);
    if (session.slotDuringGap === 'held') {
      if (v.contactState(c) !== ContactState.inService || v.contactAgent(c) !== agent) this.fail(`held messaging session #${serial} left agent ${agent} during a reply gap`);
      if (v.agentLoad(agent, v.contactChannel(c)) < 1) this.fail(`agent ${agent} holds no slot for held messaging session #${serial}`);
    } else if (v.contactState(c) !== ContactState.awaitingReply || v.contactAgent(c) !== -1) {
      this.fail(`released messaging session #${serial} is in state ${v.contactState(c)} with agent ${v.contactAgent(c)} during a reply gap`);
    }
    this.checkAgent(agent);
  }

  /**
   * Checks a messaging session's later turn: it follows a reply gap, the contact is in service with
   * an eligible agent (the same one with `held`), and the reply did not come after the turn began.
   */
  onSessionTurn(c: number, agent: number): void {
    this.tick();
    const v = this.view;
    const serial = v.contactSerial(c);
    const session = this.sessionOf(c);
    const before = this.inGap.get(serial);
    if (before === undefined) this.fail(`messaging session #${serial} took a turn without a reply gap before it`);
    this.inGap.delete(serial);
    if (session.slotDuringGap === 'held' && before !== agent) this.fail(`held messaging session #${serial} moved from agent ${before} to ${agent}`);
    if (v.contactState(c) !== ContactState.inService || v.contactAgent(c) !== agent) this.fail(`messaging session #${serial} took a turn in state ${v.contactState(c)} with agent ${v.contactAgent(c)}`);
    if (!v.isEligible(agent, c)) this.fail(`agent ${agent} lacks the skill or channel for messaging session #${serial}`);
    if (v.now - v.contactQueuedAt(c) < 0) this.fail(`negative response time for messaging session #${serial}`);
    // Timed stickiness: a reply reaches another agent only once its wait for the previous one ran
    // out, or once that agent was off duty or leaving at some time since the reply.
    const wait = session.slotDuringGap === 'released' && session.sticky ? (session.stickyWait ?? 0) : 0;
    const left = before !== undefined && (this.gone[before] === 1 || (this.back[before] as number) >= v.contactQueuedAt(c));
    if (before !== agent && !left && v.now - v.contactQueuedAt(c) < wait * (1 - 1e-12) - 1e-9 * Math.max(1, v.now)) {
      this.fail(`messaging session #${serial}'s reply went to agent ${agent} ${v.now - v.contactQueuedAt(c)} s after it came, before its ${wait} s wait for agent ${before} ran out`);
    }
    this.checkAgent(agent);
  }

  /** The session definition of contact `c`'s type, which must be a messaging type with sessions. */
  private sessionOf(c: number): MessagingSessionDefinition {
    const type = this.view.model.contactTypes[this.view.contactType(c)]!;
    if (type.session === undefined || type.channel !== MESSAGING) this.fail(`contact #${this.view.contactSerial(c)} of type ${type.name} has a reply gap but no messaging session`);
    return type.session;
  }

  /** Checks the clock and the agent's load against its concurrency. */
  onAgentChange(agent: number): void {
    this.tick();
    const available = this.view.agentAvailable(agent);
    if (available && this.gone[agent] === 1) this.back[agent] = this.view.now;
    this.gone[agent] = available ? 0 : 1;
    this.checkAgent(agent);
  }

  /** Checks that every contact that arrived reached a terminal state. */
  onEnd(): void {
    if (this.ended !== this.arrived) this.fail(`${this.arrived} contacts arrived but ${this.ended} reached a terminal state`);
    if (this.inGap.size > 0) this.fail(`${this.inGap.size} messaging sessions were left in a reply gap`);
  }

  private checkAgent(agent: number): void {
    const v = this.view;
    const group = v.model.agentGroups[v.agentGroup(agent)]!;
    let total = 0;
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
      const load = v.agentLoad(agent, ch);
      if (load < 0 || load > (group.concurrency[ch] ?? 0)) this.fail(`agent ${agent} holds ${load} contacts of channel ${ch}, limit ${group.concurrency[ch] ?? 0}`);
      total += load;
    }
    if (total !== v.agentLoad(agent)) this.fail(`agent ${agent} load total ${v.agentLoad(agent)} ≠ sum ${total}`);
    if (v.agentLoad(agent, VOICE) > 0 && total > v.agentLoad(agent, VOICE)) this.fail(`agent ${agent} is on a call and holds other contacts`);
    if (v.agentSuspended(agent) > 0 && v.agentLoad(agent, VOICE) === 0) this.fail(`agent ${agent} holds ${v.agentSuspended(agent)} suspended contacts but is not on a call`);
    this.checkGroupBusy(v.agentGroup(agent));
    this.checkFreePools();
    this.checkPoolHeads(v.agentGroup(agent));
  }

  /** The idle time kept beside each free pool's head (what `longestIdleAgent` compares) is the head's own. */
  private checkPoolHeads(group: number): void {
    const v = this.view;
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
      const head = v.freeAgentHead(group, ch);
      if (head >= 0 && v.freeAgentHeadIdleSince(group, ch) !== v.agentIdleSince(head)) {
        this.fail(`group ${v.model.agentGroups[group]!.name}: free pool of channel ${ch} keeps ${v.freeAgentHeadIdleSince(group, ch)} as its head's idle time, but agent ${head} is idle since ${v.agentIdleSince(head)}`);
      }
    }
  }

  /** The running count of free agents per channel equals the groups' free pools summed. */
  private checkFreePools(): void {
    const v = this.view;
    const groups = this.members.length;
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
      let free = 0;
      for (let g = 0; g < groups; g++) free += v.freeAgentCount(g, ch);
      if (v.freeAgentsOnChannel(ch) !== free) this.fail(`${v.freeAgentsOnChannel(ch)} agents counted free on channel ${ch}, but the groups' free pools hold ${free}`);
    }
  }

  private checkGroupBusy(group: number): void {
    const v = this.view;
    let busy = 0;
    for (const a of this.members[group]!) if (v.agentLoad(a) > 0) busy++;
    if (v.groupBusy(group) !== busy) this.fail(`group ${v.model.agentGroups[group]!.name} counts ${v.groupBusy(group)} busy agents, but ${busy} hold work`);
  }

  private fail(message: string): never {
    throw new Error(`invariant violated at t=${this.view.now}: ${message}`);
  }

  /** Number of contacts that arrived and that ended (equal after a complete run). */
  get counts(): { arrived: number; ended: number } {
    return { arrived: this.arrived, ended: this.ended };
  }
}
