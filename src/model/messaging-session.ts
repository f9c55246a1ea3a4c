import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import type { RandomStreams, UniformSource } from '../random/streams';
import { CHANNEL_COUNT, CHANNELS } from './channel';
import type { ConcurrencySlowdown } from './concurrency-slowdown';
import { ContactInt, ContactReal, ContactState, ServiceOutcome } from './contact-table';
import { IssueInt, IssueReal } from './issue-table';
import type { ContactTypeDefinition, ModelDefinition } from './definition';
import type { EngineCore } from './engine-core';
import type { IssueFlow } from './issue-flow';
import { SessionPlans } from './messaging-session-plan';
import { SessionReplies } from './messaging-session-replies';
import { SessionTable } from './messaging-session-table';
import type { SilentAbandonment } from './silent-abandonment';

/** True when some contact type of the model has messaging sessions (scenario `session`). */
export function usesSessions(model: ModelDefinition): boolean {
  return model.contactTypes.some((t) => t.session !== undefined);
}

export { sessionTurns } from './messaging-session-plan';

/** The channel of messaging sessions (only messaging types have them). */
const MESSAGING = CHANNELS.indexOf('messaging');

/**
 * Messaging sessions with customer reply gaps (see docs/channels.md). A contact of a type with a
 * `session` is one conversation: its first agent turn is an ordinary service (the contact's own
 * handle-time draw, journey factors, silent abandonment); when a turn's work is done and turns
 * remain, the customer replies after a drawn gap. With `held` the agent keeps the slot during the
 * gap and takes the next turn at the reply; with `released` the slot is freed at once (the contact
 * waits for the reply in state `awaitingReply`, with no agent), and the reply goes back to the
 * previous agent if it can take it at once (`sticky`), else to the routing policy, else to the
 * queue. After the last turn the service ends as any other (outcome, wrap-up, the journey). A
 * customer whose gap exceeds `timeout` stops replying: the session ends unresolved at the timeout.
 *
 * With `released` slots, a later turn taken by another agent than the previous turn's takes the
 * extra work of `contextLoss`; a reply whose previous agent cannot take it at once may wait for that
 * agent (`sticky: { waitFor }`, {@link SessionReplies}); a reply not taken within the customer's
 * `replyPatience` ends the session unresolved; `wrapUpPerTurn` gives each turn the group's wrap-up.
 *
 * Random streams: the session's plan is drawn when the contact arrives, whatever happens later, so
 * the sessions of two policies (or of `held` and `released`) see the same draws (see
 * {@link SessionPlans}); a per-turn wrap-up draws from `session-wrap-up:<group>`, only when some
 * type asks for it. No other stream moves, and a model without sessions never builds this.
 *
 * Observers hear `onSessionGap` when a turn ends and the customer has to reply, and
 * `onSessionTurn` when an agent takes a later turn; `onServiceStart` (the first turn, the first
 * response) and `onServiceEnd` (the end of the session) once per contact, as for any contact.
 */
export class MessagingSessions {
  private readonly types: readonly ContactTypeDefinition[];
  private readonly draws: SessionPlans;
  /** Per agent group, `session-wrap-up:<group>` when some type wraps up per turn and the group has a wrap-up (else null). */
  private readonly wrapStreams: readonly (UniformSource | null)[];
  private readonly replies: SessionReplies;
  private readonly kReply: EventKind;
  private readonly kTimeout: EventKind;
  private readonly kTurnWrapEnd: EventKind;
  // Stryker disable next-line UnaryOperator: bind() sets the event before any turn ends; the initial value is never read
  private kServiceEnd: EventKind = -1;
  private slowdown: ConcurrencySlowdown | null = null;
  private readonly table = new SessionTable();

  /**
   * @param issueFlow - where a session that timed out with no agent continues (the type's `repeat`)
   * @param silent - silent abandonment, when the model has it: a silent leaver's session is the discovery alone
   */
  constructor(
    private readonly core: EngineCore,
    streams: RandomStreams,
    private readonly issueFlow: IssueFlow,
    private readonly silent: SilentAbandonment | null,
  ) {
    const types = core.model.contactTypes;
    this.types = types;
    this.draws = new SessionPlans(types, streams);
    // Stryker disable next-line ConditionalExpression: asking RandomStreams for a stream draws nothing, and the streams are read only for a type that wraps up per turn (beginGap)
    const perTurn = types.some((t) => t.session?.wrapUpPerTurn === true);
    this.wrapStreams = core.model.agentGroups.map((g) => (perTurn && g.wrapUp !== null ? streams.stream(`session-wrap-up:${g.name}`) : null));
    // Stryker disable next-line StringLiteral: an event's name only labels it in diagnostics
    this.kReply = core.sim.defineEvent('session-reply', (c) => this.reply(c));
    // Stryker disable next-line StringLiteral: an event's name only labels it in diagnostics
    this.kTimeout = core.sim.defineEvent('session-timeout', (c) => this.timeout(c));
    this.replies = new SessionReplies(core, {
      previousAgent: (c) => this.table.lastAgent[c] as number,
      patience: (c) => this.draws.patience(this.table.plans[c] as Float64Array, core.state.contacts.ints[c * ContactInt.stride + ContactInt.type] as number, (this.table.done[c] as number) - 1),
      resumeTurn: (c, agent, step) => this.resumeTurn(c, agent, step),
      abandon: (c) => this.endUnanswered(c, true),
    });
    // Stryker disable next-line StringLiteral: an event's name only labels it in diagnostics
    this.kTurnWrapEnd = core.sim.defineEvent('session-wrap-up-end', (agent) => this.core.releaseCapacity(agent, MESSAGING));
  }

  /** Sets the service flow's end-of-service event and its slowdown (null: none); called once by the service flow. */
  bind(serviceEnd: EventKind, slowdown: ConcurrencySlowdown | null): void {
    this.kServiceEnd = serviceEnd;
    this.slowdown = slowdown;
  }

  /**
   * Draws the session of new contact `c` of `type` (nothing for a type without sessions). Every
   * contact comes here on arrival, before anything asks about it: its slot is made and what is read
   * of any contact (time away, an abandoned reply, a customer who stopped replying) is reset, so a
   * contact that takes the slot of a finished session inherits nothing of it.
   */
  draw(c: number, type: number): void {
    this.table.ensure(c, this.core.state.contacts.capacity);
    const def = this.draws.definition(type);
    this.table.awayTime[c] = 0;
    this.table.abandoned[c] = 0;
    this.table.stopped[c] = 0;
    if (def === undefined) {
      this.table.turns[c] = 0;
      return;
    }
    const k = this.draws.drawTurns(type);
    this.table.turns[c] = k;
    this.table.done[c] = 0;
    // Stryker disable next-line UnaryOperator: read only after a turn ended (beginGap sets it first)
    this.table.lastAgent[c] = -1;
    // Stryker disable next-line ConditionalExpression: the plan of a one-turn session is empty and draws nothing (drawPlan loops k − 1 times), and nothing reads it (turnEnded returns at k ≤ 1)
    this.table.plans[c] = k === 1 ? null : this.draws.drawPlan(type, k, this.core.state.contacts.reals[c * ContactReal.stride + ContactReal.arrival] as number);
  }

  /**
   * The work of contact `c`'s current turn is done (its end-of-service event fired). Returns true
   * when the session goes on (the customer is to reply: the service flow stops there); false when
   * the session ends now (its last turn, a silent leaver, a customer who stopped replying, or not a
   * session): the service flow then ends the service as usual.
   */
  turnEnded(c: number): boolean {
    const k = this.table.turns[c] as number;
    // Stryker disable next-line EqualityOperator: at k = 1 the rest also returns false (i = 1 ≥ k), only counting a turn that nothing reads (resumes and cutUnfinished ask for k > 1) and setting queuedAt to itself
    if (k <= 1) return false;
    const contacts = this.core.state.contacts;
    const i = ++this.table.done[c]!;
    if (i === 1) this.table.firstQueuedAt[c] = contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number;
    const silent = this.silent;
    // Stryker disable next-line ConditionalExpression: serviceStart and firstQueuedAt do not change after the first turn, so a later turn asks silent.gone (pure) the same question, answered false then
    const gone = i === 1 && silent !== null && silent.gone(c, (contacts.reals[c * ContactReal.stride + ContactReal.serviceStart] as number) - (this.table.firstQueuedAt[c] as number));
    if (i >= k || this.table.stopped[c] === 1 || gone) {
      contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = this.table.firstQueuedAt[c] as number;
      return false;
    }
    this.beginGap(c, i);
    return true;
  }

  /**
   * Seconds session `c` has spent with no agent since its first turn began: its reply gaps with
   * `released` slots and the waits for those replies to be taken (0 for any other contact). Handle
   * time is time in service minus this.
   */
  timeAway(c: number): number {
    // Only a session of several turns is ever away (draw set 0 for every contact).
    return this.table.awayTime[c] ?? 0;
  }

  /**
   * Session `c` is cut unfinished at the end of the run: its queue time goes back to when it first
   * entered its queue (as at a session's normal end), so that its wait is measured from there.
   */
  cutUnfinished(c: number): void {
    // Stryker disable next-line EqualityOperator: a one-turn session never counts a done turn (turnEnded returns before counting), so done > 0 is false for it either way
    if ((this.table.turns[c] as number) > 1 && (this.table.done[c] as number) > 0) this.core.state.contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = this.table.firstQueuedAt[c] as number;
  }

  /** True when contact `c` is a session whose customer stopped replying (it ends unresolved). */
  timedOut(c: number): boolean {
    return this.table.stopped[c] === 1;
  }

  /** True when contact `c` is a session whose customer gave up waiting for a reply to be taken (it ended unresolved). */
  abandonedReply(c: number): boolean {
    return this.table.abandoned[c] === 1;
  }

  /**
   * Waiting contact `c` ran out of patience in its queue (the engine's `abandon`, already out of
   * the queue): when it is a session's reply, the session ends unresolved and this returns true.
   */
  abandonReply(c: number): boolean {
    if (!this.resumes(c)) return false;
    this.endUnanswered(c, true);
    return true;
  }

  /**
   * `agent` has free capacity (the service flow's `offerWork`): it takes the replies waiting for it
   * (timed stickiness), oldest first, as long as it can. Returns true when it took one.
   */
  offerReplies(agent: number): boolean {
    return this.replies.offer(agent);
  }

  /**
   * `agent` went on or off duty, or started leaving (a staffing change, a break, a shift end): when
   * it is off duty or leaving, the replies waiting for it (timed stickiness) are routed now.
   */
  dutyChanged(agent: number): void {
    this.replies.agentGone(agent);
  }

  /** True when contact `c` is a session past its first turn: an agent taking it takes its next turn. */
  resumes(c: number): boolean {
    // Stryker disable next-line EqualityOperator: a one-turn session never counts a done turn (turnEnded returns before counting), so done > 0 is false for it either way
    return (this.table.turns[c] as number) > 1 && (this.table.done[c] as number) > 0;
  }

  /**
   * `agent` takes the next turn of session `c` (a reply routed to it, out of the queue or at once),
   * through overflow step `step`: the agent's load grows and the turn's work starts.
   */
  resumeTurn(c: number, agent: number, step: number): void {
    const { state, sim } = this.core;
    const { contacts, agents } = state;
    const channel = state.typeChannel[contacts.ints[c * ContactInt.stride + ContactInt.type] as number] as number;
    const group = agents.group[agent] as number;
    contacts.ints[c * ContactInt.stride + ContactInt.step] = step;
    if (step > 0) state.overflow.overflowLoad[group]!++;
    this.table.awayTime[c]! += sim.now - (this.table.awaySince[c] as number);
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.inService;
    contacts.ints[c * ContactInt.stride + ContactInt.agent] = agent;
    agents.load[agent * CHANNEL_COUNT + channel]!++;
    if (agents.totalLoad[agent]!++ === 0) agents.groupBusy[group]!++;
    agents.refresh(agent, sim.now);
    this.startTurn(c, agent);
    this.core.notify.agentChange(agent);
  }

  /** Turn `i` of session `c` ended and the customer is to reply: the gap (or the timeout) starts. */
  private beginGap(c: number, i: number): void {
    const { state, sim, notify } = this.core;
    const contacts = state.contacts;
    const def = this.types[contacts.ints[c * ContactInt.stride + ContactInt.type] as number]!.session!;
    const agent = contacts.ints[c * ContactInt.stride + ContactInt.agent] as number;
    const channel = state.typeChannel[contacts.ints[c * ContactInt.stride + ContactInt.type] as number] as number;
    const group = state.agents.group[agent] as number;
    const slowdown = this.slowdown;
    if (slowdown !== null && slowdown.applies(group, channel)) slowdown.end(c, agent, channel);
    state.interruptions?.turnEnded(c, agent, def.slotDuringGap === 'held'); // interruptions (hook)
    const gap = this.draws.gap(this.table.plans[c] as Float64Array, contacts.ints[c * ContactInt.stride + ContactInt.type] as number, i - 1);
    const stops = gap > def.timeout;
    if (stops) this.table.stopped[c] = 1;
    const event = stops ? this.kTimeout : this.kReply;
    const wait = stops ? def.timeout : gap;
    this.table.lastAgent[c] = agent;
    if (def.slotDuringGap === 'held') {
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(wait, event, c, stops ? EventPriority.timer : EventPriority.arrival);
      notify.sessionGap(c, agent);
      return;
    }
    // Released: the agent puts the conversation down until the customer replies.
    if ((contacts.ints[c * ContactInt.stride + ContactInt.step] as number) > 0) state.overflow.overflowLoad[group]!--;
    contacts.ints[c * ContactInt.stride + ContactInt.step] = 0;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.awaitingReply;
    this.table.awaySince[c] = sim.now;
    contacts.ints[c * ContactInt.stride + ContactInt.agent] = -1;
    contacts.reals[c * ContactReal.stride + ContactReal.patience] = Infinity;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(wait, event, c, stops ? EventPriority.timer : EventPriority.arrival);
    notify.sessionGap(c, agent);
    // Wrap-up per turn: the slot stays taken until the agent's after-work ends.
    const wrap = def.wrapUpPerTurn === true ? (this.wrapStreams[group] ?? null) : null;
    if (wrap !== null) {
      sim.schedule(this.core.model.agentGroups[group]!.wrapUp!.sample(wrap), this.kTurnWrapEnd, agent, EventPriority.release);
      return;
    }
    this.core.releaseCapacity(agent, channel);
  }

  /** The customer of session `c` replied: the same agent (held), or routing (released). */
  private reply(c: number): void {
    const core = this.core;
    const { state, sim } = core;
    const contacts = state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const def = this.types[type]!.session!;
    contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = sim.now;
    if (def.slotDuringGap === 'held') {
      // interruptions (hook): a reply while the agent is on a call waits for the resume (resumeHeld).
      if (state.interruptions?.deferredWhileSuspended(c, false) !== true) this.startTurn(c, contacts.ints[c * ContactInt.stride + ContactInt.agent] as number);
      return;
    }
    this.replies.replied(c, def);
  }

  /** The customer of session `c` did not reply within the timeout: the session ends unresolved. */
  private timeout(c: number): void {
    const core = this.core;
    const contacts = core.state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    const agent = contacts.ints[c * ContactInt.stride + ContactInt.agent] as number;
    // Held: the agent still has the conversation; its service ends now, through the service flow.
    if (agent >= 0) {
      if (core.state.interruptions?.deferredWhileSuspended(c, true) !== true) this.runTurn(c, agent, 0); // interruptions (hook)
      return;
    }
    // Released: nobody holds it; the conversation closes unresolved, no agent time.
    this.endUnanswered(c, false);
  }

  /**
   * Released session `c`, with no agent, closes unresolved now: its customer stopped replying, or
   * gave up waiting for its reply to be taken (`abandoned`). The type's `repeat` decides what next.
   */
  private endUnanswered(c: number, abandoned: boolean): void {
    const core = this.core;
    const { state, sim } = core;
    const contacts = state.contacts;
    if (abandoned) this.table.abandoned[c] = 1;
    this.table.awayTime[c]! += sim.now - (this.table.awaySince[c] as number);
    const issues = state.issues;
    const issue = contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const last = this.table.lastAgent[c] as number;
    contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = this.table.firstQueuedAt[c] as number;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.served;
    contacts.ints[c * ContactInt.stride + ContactInt.outcome] = ServiceOutcome.unresolved;
    contacts.ints[c * ContactInt.stride + ContactInt.agent] = last;
    issues.ints[issue * IssueInt.stride + IssueInt.informed] = 1;
    issues.ints[issue * IssueInt.stride + IssueInt.lastAgent] = last;
    issues.ints[issue * IssueInt.stride + IssueInt.lastChannel] = state.typeChannel[type] as number;
    issues.reals[issue * IssueReal.stride + IssueReal.lastContactEnd] = sim.now;
    issues.reals[issue * IssueReal.stride + IssueReal.customerTime]! += sim.now - (contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number);
    core.notify.serviceEnd(c, last);
    this.issueFlow.continueAfter(issue, type, this.types[type]!.repeat);
    contacts.release(c);
  }

  /**
   * Held session `c` was suspended by a call (interruptions) when its customer replied (or, when
   * `timedOut`, stopped replying); its agent is back: it takes the turn (or ends the session) now.
   */
  resumeHeld(c: number, timedOut: boolean): void {
    const agent = this.core.state.contacts.ints[c * ContactInt.stride + ContactInt.agent] as number;
    if (timedOut) this.runTurn(c, agent, 0);
    else this.startTurn(c, agent);
  }

  /** `agent` (which holds session `c`) takes its next turn now. */
  private startTurn(c: number, agent: number): void {
    const { state } = this.core;
    const contacts = state.contacts;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const group = state.agents.group[agent] as number;
    const profiles = state.profiles;
    const speed =
      profiles !== null &&
      // Stryker disable next-line ConditionalExpression: AgentProfiles gives the agents of a group without individuals the group's own factor, the one state.speedOf gives
      profiles.individual[group] === 1
        ? profiles.speedOf(agent, group, type)
        : state.speedOf(type, group);
    const plan = this.table.plans[c] as Float64Array;
    const j = (this.table.done[c] as number) - 1;
    // Context loss: another agent than the previous turn's reads the thread first.
    const extra = agent === this.table.lastAgent[c] ? 0 : this.draws.contextLoss(plan, type, j);
    const work = (this.draws.work(plan, type, j) + extra) * speed;
    this.core.notify.sessionTurn(c, agent);
    this.runTurn(c, agent, work);
  }

  /** Schedules the end of `agent`'s work on session `c` after `work` seconds at full speed (slowed with concurrency when the group is). */
  private runTurn(c: number, agent: number, work: number): void {
    const { state, sim } = this.core;
    const channel = state.typeChannel[state.contacts.ints[c * ContactInt.stride + ContactInt.type] as number] as number;
    const slowdown = this.slowdown;
    if (slowdown !== null && slowdown.applies(state.agents.group[agent] as number, channel)) slowdown.start(c, agent, channel, work);
    else state.contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(work, this.kServiceEnd, c, EventPriority.release);
    state.interruptions?.turnStarted(c, agent, work); // interruptions (hook)
  }
}
