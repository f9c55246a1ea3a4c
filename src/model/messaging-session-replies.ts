import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import { ContactInt, ContactReal, ContactState } from './contact-table';
import type { EngineCore } from './engine-core';
import type { MessagingSessionDefinition } from './messaging-session-definition';

/** What {@link SessionReplies} asks of the messaging sessions about a session `c`. */
export interface ReplySession {
  /** The agent of `c`'s previous turn. */
  previousAgent(c: number): number;
  /** The patience of `c`'s current reply (seconds from the reply; Infinity without `replyPatience`). */
  patience(c: number): number;
  /** `agent` takes `c`'s next turn now, through overflow step `step`. */
  resumeTurn(c: number, agent: number, step: number): void;
  /** `c`'s customer gave up waiting for the reply to be taken: the session ends unresolved. */
  abandon(c: number): void;
}

/**
 * Where the reply of a messaging session with `released` slots goes (see docs/channels.md): back
 * to the agent of the previous turn if it can take it at once (`sticky`); else, with
 * `sticky: { waitFor }`, the reply waits up to `waitFor` for that agent to have a free slot (in a
 * list per agent, in no queue: no routing policy sees it; the agent takes those replies, oldest
 * first, before any other work, while that agent is on duty and not leaving); else, or when that
 * wait ends, or at once when that agent starts leaving or logs off ({@link SessionReplies.agentGone}),
 * it is routed like a new contact (the policy's choice, else the queue). A customer with `replyPatience` gives up when the reply has not
 * been taken that long after it was sent, wherever it waits. Draws nothing: the patience is in the
 * session's plan.
 */
export class SessionReplies {
  private readonly kStickyEnd: EventKind;
  private readonly kAbandon: EventKind;
  /** Per agent, the replies waiting for it, oldest first. */
  private readonly holds = new Map<number, number[]>();
  /** Replies waiting for their agent, in all: only a shortcut (the holds give the same answers when it is 0). */
  private held = 0;

  constructor(
    private readonly core: EngineCore,
    private readonly session: ReplySession,
  ) {
    // Stryker disable next-line StringLiteral: an event's name only labels it in diagnostics
    this.kStickyEnd = core.sim.defineEvent('session-sticky-end', (c) => this.waitEnded(c));
    // Stryker disable next-line StringLiteral: an event's name only labels it in diagnostics
    this.kAbandon = core.sim.defineEvent('session-reply-abandon', (c) => this.gaveUp(c));
  }

  /** The customer of released session `c` replied now (its `queuedAt`): the reply goes to an agent, waits, or queues. */
  replied(c: number, def: MessagingSessionDefinition): void {
    const { state, sim } = this.core;
    const contacts = state.contacts;
    const last = this.session.previousAgent(c);
    if (def.sticky && state.canServe(last, c)) {
      this.session.resumeTurn(c, last, state.overflow.hasSteps(contacts.ints[c * ContactInt.stride + ContactInt.type] as number) ? state.overflow.stepFor(last, c) : 0);
      return;
    }
    const wait = def.stickyWait ?? 0;
    // An agent off duty or leaving will not come back for it: no wait.
    if (def.sticky && wait > 0 && state.agentAvailable(last)) {
      // Timed stickiness: the reply waits for its agent, unless the customer gives up first.
      const patience = this.session.patience(c);
      this.hold(last, c);
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = patience <= wait ? sim.schedule(patience, this.kAbandon, c, EventPriority.timer) : sim.schedule(wait, this.kStickyEnd, c, EventPriority.timer);
      return;
    }
    this.route(c);
  }

  /**
   * `agent` has free capacity (the service flow's `offerWork`): it takes the replies waiting for it,
   * oldest first, as long as it can. Returns true when it took one.
   */
  offer(agent: number): boolean {
    // Stryker disable next-line ConditionalExpression: a shortcut; without it the holds say the same
    if (this.held === 0) return false;
    const list = this.holds.get(agent);
    if (list === undefined) return false;
    const { state, sim } = this.core;
    let took = false;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: on an empty list canServe(agent, undefined) is false (no type, no eligible group), which ends the loop as the length test does
    while (list.length > 0 && state.canServe(agent, list[0] as number)) {
      const c = list.shift() as number;
      // Stryker disable next-line UpdateOperator: `held` only feeds the shortcuts
      this.held--;
      sim.cancel(state.contacts.reals[c * ContactReal.stride + ContactReal.timer] as number);
      state.contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
      this.session.resumeTurn(c, agent, state.overflow.hasSteps(state.contacts.ints[c * ContactInt.stride + ContactInt.type] as number) ? state.overflow.stepFor(agent, c) : 0);
      // Stryker disable next-line BooleanLiteral: resumeTurn already told the observers; false only makes the service flow tell them again at the same instant of the same state (their agent-time tallies add a zero-length spell)
      took = true;
    }
    return took;
  }

  /**
   * `agent`'s duty changed: when it is off duty or leaving, the replies waiting for it stop waiting
   * and are routed at this same instant, once the staffing change is done (an `arrival`-priority
   * event; their response time still runs from the reply). Calling it again before they are routed
   * changes nothing.
   */
  agentGone(agent: number): void {
    // Stryker disable next-line ConditionalExpression: a shortcut; without it the holds say the same
    if (this.held === 0) return;
    const list = this.holds.get(agent);
    const { state, sim } = this.core;
    // Stryker disable next-line ConditionalExpression: on an empty list the loop below does nothing
    if (list === undefined || list.length === 0 || state.agentAvailable(agent)) return;
    const reals = state.contacts.reals;
    for (const c of list) {
      sim.cancel(reals[c * ContactReal.stride + ContactReal.timer] as number);
      reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(0, this.kStickyEnd, c, EventPriority.arrival);
    }
  }

  /**
   * The reply of session `c` (which came at its `queuedAt`) is routed like a new contact: the
   * policy's choice, else the queue, where the customer waits out the rest of its reply patience.
   */
  private route(c: number): void {
    const core = this.core;
    const contacts = core.state.contacts;
    const repliedAt = contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number;
    contacts.ints[c * ContactInt.stride + ContactInt.state] = ContactState.waiting;
    contacts.reals[c * ContactReal.stride + ContactReal.patience] = this.session.patience(c) - (core.sim.now - repliedAt);
    if (core.serveIfChosen(c, false)) return;
    core.enqueue(c, false);
    // Its response time runs from the reply, not from the end of a wait for its previous agent.
    // Stryker disable next-line ConditionalExpression: a reply not left waiting was cleared at entry: its record is written and its slot released, and the next contact of the slot sets queuedAt when created
    if (contacts.ints[c * ContactInt.stride + ContactInt.state] === ContactState.waiting) contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = repliedAt;
  }

  /** The reply of session `c` waited `waitFor` for its previous agent in vain: it is routed. */
  private waitEnded(c: number): void {
    this.core.state.contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    this.release(c);
    this.route(c);
  }

  /** The customer of session `c` gave up while its reply waited for the previous agent. */
  private gaveUp(c: number): void {
    this.core.state.contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    this.release(c);
    this.session.abandon(c);
  }

  private hold(agent: number, c: number): void {
    const list = this.holds.get(agent);
    if (list === undefined) this.holds.set(agent, [c]);
    else list.push(c);
    // Stryker disable next-line UpdateOperator: `held` only feeds the shortcuts
    this.held++;
  }

  /** Reply `c` no longer waits for its previous agent. */
  private release(c: number): void {
    const agent = this.session.previousAgent(c);
    const list = this.holds.get(agent);
    // A consistency check: only a held reply's own timer brings it here, and taking the reply cancels that timer.
    // Stryker disable next-line ConditionalExpression,UnaryOperator: see above (the list exists: hold made it)
    const at = list === undefined ? -1 : list.indexOf(c);
    // Stryker disable next-line ConditionalExpression,StringLiteral: see above
    if (at < 0) throw new Error(`messaging session reply ${c} is not waiting for agent ${agent}`);
    list!.splice(at, 1);
    // Stryker disable next-line UpdateOperator: `held` only feeds the shortcuts
    this.held--;
  }
}
