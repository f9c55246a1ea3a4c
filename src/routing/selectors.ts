import { callbackIsDue } from '../model/callbacks';
import type { ContactCenterView } from '../model/view';

/**
 * Small reusable selectors the built-in policies are made of (in the spirit of ContactCenters'
 * `AgentGroupSelectors`); exported so custom policies can reuse them.
 *
 * They never scan all agents or all contacts:
 * - agents are found through the per-(group, channel) free pools: O(groups) pool heads;
 * - contacts are found through the queue heads: O(queues). Within a queue contacts share type,
 *   segment and channel and stand in the order the selectors rank them: due callbacks first (see
 *   below), then the others first in, first out. So if the head cannot be served
 *   no contact of that queue can, and the head is the best of its queue for any order that puts
 *   due callbacks first ({@link compareDueCallbacks}) and is otherwise monotone in waiting time.
 *
 * **Due callbacks come first.** A due callback ({@link isDueCallback}: a scheduled callback whose
 * promised time has come, or a callback retry that is due) is the most urgent work an agent can
 * take: the customer was promised a call by a time, only `window` later. Every contact selector
 * here ranks the due callbacks the agent can serve before every other waiting contact, whatever
 * the contact-type priority, the segment or a policy's own order; among themselves, those still
 * within their promise first, each group earliest promise first ({@link compareDueCallbacks}).
 * Type priority does not override this on purpose: priority orders customers who chose to wait, while a due callback is owed at a set
 * time, and due callbacks only ever come back at the rate callbacks were accepted earlier, so
 * they cannot starve a higher-priority type for long. Without due callbacks every order below is
 * exactly what it was before.
 *
 * Eligibility is per group (skills, channels and overflow rules are defined per group), so when
 * the head of a group's free pool is not eligible for a contact the group is skipped without
 * walking its pool. None of these functions allocates.
 */

/**
 * An order on agents for one contact: negative when agent `a` should get `contact` before `b`,
 * positive when after, 0 when equal.
 */
export type AgentOrder = (view: ContactCenterView, contact: number, a: number, b: number) => number;

/**
 * An order on contacts for one agent: negative when contact `a` should be served by `agent`
 * before `b`, positive when after, 0 when equal.
 */
export type ContactOrder = (view: ContactCenterView, agent: number, a: number, b: number) => number;

/**
 * True when waiting contact `contact` is a **due callback**: a scheduled callback whose promised
 * time has come (`contactCallback` 2), or a callback of either mode waiting again after an
 * unanswered attempt once its retry is due (`contactCallbackAttempts` > 0). A virtual-hold
 * callback not tried yet is not due: it keeps its place in line like any waiting contact.
 * Meaningful for waiting contacts only.
 */
export function isDueCallback(view: ContactCenterView, contact: number): boolean {
  return callbackIsDue(view.contactCallback(contact), view.contactCallbackAttempts(contact));
}

/**
 * Due callbacks first: negative when only `a` is a due callback ({@link isDueCallback}), positive
 * when only `b` is, 0 when neither is. Between two due callbacks: first those a call now still
 * keeps (`now ≤ contactCallbackPromise`, the latest call-back time that keeps the promise), then
 * those past their promise; within each, the earlier promise first, then the smaller
 * `contactSerial`.
 *
 * Why this order: earliest promise first (earliest deadline first) keeps every promise that can
 * be kept when the agents can keep up, and with one promise delay per contact type it is also the
 * order in which the callbacks fell due (first in, first out; never newest first). But a promise
 * already broken cannot be mended by calling first, and under overload serving the overdue first
 * would make every later callback miss its time too; so the overdue wait behind the callbacks
 * still within their promise, in promise order (still ahead of every contact that is not due).
 * A retry after an unanswered attempt keeps its first promise, so it is usually overdue.
 *
 * @returns negative when `a` comes first, positive when `b` does, 0 when neither is due or `a === b`
 */
export function compareDueCallbacks(view: ContactCenterView, a: number, b: number): number {
  // Fast path: neither is a callback (no scenario without callbacks pays more than this).
  // Stryker disable next-line ConditionalExpression: without the fast path neither contact is due, and the next lines return 0 as well
  if ((view.contactCallback(a) | view.contactCallback(b)) === 0) return 0;
  const da = isDueCallback(view, a);
  if (da !== isDueCallback(view, b)) return da ? -1 : 1;
  // Both due: the same contact gives equal promises and serials, so 0 below.
  if (!da) return 0;
  const pa = view.contactCallbackPromise(a);
  const pb = view.contactCallbackPromise(b);
  const now = view.now;
  if (pa >= now !== pb >= now) return pa >= now ? -1 : 1;
  if (pa !== pb) return pa - pb;
  return view.contactSerial(a) - view.contactSerial(b);
}

/**
 * The default contact order: due callbacks first, by promise ({@link compareDueCallbacks}); then
 * FIFO within priority: higher contact-type priority first, then earlier `contactQueuedAt`, then
 * smaller `contactSerial`. Total on distinct contacts.
 *
 * @returns negative when `a` comes first, positive when `b` does, 0 only when `a === b`
 */
export function compareDefaultOrder(view: ContactCenterView, a: number, b: number): number {
  const due = compareDueCallbacks(view, a, b);
  if (due !== 0) return due;
  const types = view.model.contactTypes;
  const pa = types[view.contactType(a)]!.priority;
  const pb = types[view.contactType(b)]!.priority;
  if (pa !== pb) return pb - pa;
  const qa = view.contactQueuedAt(a);
  const qb = view.contactQueuedAt(b);
  if (qa !== qb) return qa - qb;
  return view.contactSerial(a) - view.contactSerial(b);
}

/**
 * True when contact `a` comes before contact `b` in the default order ({@link compareDefaultOrder});
 * for two due callbacks, the order of {@link compareDueCallbacks}. A strict order: two different
 * contacts never tie (the order ends on their serials).
 */
export function precedes(view: ContactCenterView, a: number, b: number): boolean {
  // Stryker disable next-line EqualityOperator: the order is 0 only for a contact against itself (it ends on the serials), which no caller asks
  return compareDefaultOrder(view, a, b) < 0;
}

/** {@link compareDefaultOrder} as a {@link ContactOrder} (the agent plays no part). */
export const defaultContactOrder: ContactOrder = (view, _agent, a, b) => compareDefaultOrder(view, a, b);

/**
 * Longest idle first: smaller `agentIdleSince`, then smaller agent id.
 * As an {@link AgentOrder}, the contact plays no part.
 */
export const compareLongestIdle: AgentOrder = (view, _contact, a, b) => {
  const ia = view.agentIdleSince(a);
  const ib = view.agentIdleSince(b);
  if (ia !== ib) return ia - ib;
  return a - b;
};

/**
 * True when agent `a` comes before agent `b` in the order of {@link compareLongestIdle}. A strict
 * order: two different agents never tie (it ends on their ids).
 */
export function idleLonger(view: ContactCenterView, contact: number, a: number, b: number): boolean {
  // Stryker disable next-line EqualityOperator: the order is 0 only for an agent against itself (it ends on the ids), which no caller asks
  return compareLongestIdle(view, contact, a, b) < 0;
}

/**
 * The longest-idle agent of `group` who can serve `contact` now, or -1. Asks first whether the
 * group as a whole may serve the contact (`groupMayServe`: eligibility and, for an overflow group,
 * its step open), which reads only per-type and per-group tables: a group that may not (an overflow
 * step not open yet, or closed by its protection) costs O(1) and no read of its agents. Otherwise
 * starts at the head of the group's free pool for the contact's channel and gives up as soon as it
 * meets an agent who is not eligible for the contact (eligibility is per group).
 */
export function freeAgentInGroup(view: ContactCenterView, contact: number, group: number): number {
  const channel = view.contactChannel(contact);
  const head = view.freeAgentHead(group, channel);
  // Stryker disable next-line ConditionalExpression: a shortcut: from an empty pool (head -1) firstServableInPool returns -1 too
  if (head < 0) return -1;
  if (!view.groupMayServe(group, contact)) return -1;
  return firstServableInPool(view, contact, head, channel);
}

/** The first agent from `agent` on in its free pool of `channel` who can serve `contact`, or -1. */
function firstServableInPool(view: ContactCenterView, contact: number, agent: number, channel: number): number {
  for (; agent >= 0; agent = view.freeAgentNext(agent, channel)) {
    if (view.canServe(agent, contact)) return agent;
    if (!view.isEligible(agent, contact)) return -1;
  }
  return -1;
}

/**
 * The free agent of `groups` idle longest (smallest `agentIdleSince`, ties: smaller agent id)
 * among those who can serve `contact`, or -1. Within one group the free pool's order decides.
 * Relies on each free pool being ordered by `agentIdleSince` (as the engine's are): a group whose
 * pool head became idle after the best agent found so far is not looked into (its idle time read
 * from `freeAgentHeadIdleSince`, not the agent's row), and neither is a group that may not serve
 * the contact as a whole (`groupMayServe`, read before any of its agents).
 */
export function longestIdleAgent(view: ContactCenterView, contact: number, groups: readonly number[]): number {
  let best = -1;
  let bestIdle = Infinity;
  const channel = view.contactChannel(contact);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as number;
    // A free pool is in idle order (agents join at its tail when their load changes), so no agent
    // of a group whose head became idle after the best so far can beat it: skip the group unseen.
    const head = view.freeAgentHead(group, channel);
    // Stryker disable next-line ConditionalExpression: an empty pool's head idle time is Infinity and firstServableInPool(-1) is -1, so the group is passed over either way
    if (head < 0) continue;
    const headIdle = view.freeAgentHeadIdleSince(group, channel);
    // (Before any agent is found bestIdle is Infinity, which no idle time exceeds.)
    if (headIdle > bestIdle || !view.groupMayServe(group, contact)) continue;
    const agent = firstServableInPool(view, contact, head, channel);
    if (agent < 0) continue;
    // Stryker disable next-line ConditionalExpression: a faster read: the head's idle time is its agentIdleSince
    const idle = agent === head ? headIdle : view.agentIdleSince(agent);
    // The first agent found has an idle time below Infinity, so it is taken.
    // Stryker disable next-line EqualityOperator: agents of different groups are different agents, so agent <= best and agent < best agree
    if (idle < bestIdle || (idle === bestIdle && agent < best)) {
      best = agent;
      bestIdle = idle;
    }
  }
  return best;
}

/**
 * The longest-idle free agent of the first group in `groups` (tried in the given order) that
 * has one who can serve `contact`, or -1.
 */
export function firstFreeAgentInOrder(view: ContactCenterView, contact: number, groups: readonly number[]): number {
  for (let i = 0; i < groups.length; i++) {
    const agent = freeAgentInGroup(view, contact, groups[i] as number);
    if (agent >= 0) return agent;
  }
  return -1;
}

/**
 * The best free agent for `contact` by `order`, comparing the longest-idle servable agent of each
 * group in `groups`; -1 if none. Ties (order 0) keep the earlier group. In a group with individual
 * agents (`individuals`: agents differ in proficiency and factors) every servable free agent of the
 * group is compared, in free-pool order (ties keep the longer idle); otherwise only the group's
 * longest-idle one, which is correct for any order under which all agents of a group are equal
 * except for idle time.
 */
export function bestFreeAgent(
  view: ContactCenterView,
  contact: number,
  groups: readonly number[],
  order: AgentOrder,
): number {
  let best = -1;
  const defs = view.model.agentGroups;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as number;
    if (defs[g]!.individuals !== undefined) {
      best = bestFreeIndividual(view, contact, g, order, best);
      continue;
    }
    const agent = freeAgentInGroup(view, contact, g);
    if (agent >= 0 && (best < 0 || order(view, contact, agent, best) < 0)) best = agent;
  }
  return best;
}

/** {@link bestFreeAgent} within one group of individual agents: walks its whole free pool. */
function bestFreeIndividual(view: ContactCenterView, contact: number, group: number, order: AgentOrder, best: number): number {
  // A group that may not serve the contact as a whole (a closed overflow step) has no servable agent.
  if (!view.groupMayServe(group, contact)) return best;
  const channel = view.contactChannel(contact);
  for (let agent = view.freeAgentHead(group, channel); agent >= 0; agent = view.freeAgentNext(agent, channel)) {
    if (!view.canServe(agent, contact)) {
      if (!view.isEligible(agent, contact)) return best;
      continue;
    }
    if (best < 0 || order(view, contact, agent, best) < 0) best = agent;
  }
  return best;
}

/**
 * The best contact for `agent` among the heads of `queues` that the agent can serve now, or -1:
 * due callbacks first, in the order of {@link compareDueCallbacks}, then by `order`.
 * Ties (order 0) keep the earlier queue.
 */
export function bestContactForAgent(
  view: ContactCenterView,
  agent: number,
  queues: readonly number[],
  order: ContactOrder,
): number {
  let best = -1;
  for (let i = 0; i < queues.length; i++) {
    const contact = view.queueHead(queues[i] as number);
    if (contact < 0 || !view.canServe(agent, contact)) continue;
    if (best < 0) {
      best = contact;
      continue;
    }
    const due = compareDueCallbacks(view, contact, best);
    if (due < 0 || (due === 0 && order(view, agent, contact, best) < 0)) best = contact;
  }
  return best;
}

/**
 * The first due callback ({@link isDueCallback}) in the order of {@link compareDueCallbacks} (within
 * its promise before past it, then earliest promise) among the heads of `queues` that `agent` can
 * serve now, or -1. A queue's due callbacks stand at its front in that order, so its head is the
 * only one to look at.
 */
export function firstDueCallback(view: ContactCenterView, agent: number, queues: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < queues.length; i++) {
    const contact = view.queueHead(queues[i] as number);
    if (contact < 0 || !isDueCallback(view, contact) || !view.canServe(agent, contact)) continue;
    if (best < 0 || precedes(view, contact, best)) best = contact;
  }
  return best;
}

/**
 * The first contact in the default order ({@link compareDefaultOrder}: due callbacks by promise,
 * then by type priority and wait) among the heads of `queues` that `agent` can serve now, or -1.
 */
export function firstContactInDefaultOrder(view: ContactCenterView, agent: number, queues: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < queues.length; i++) {
    const contact = view.queueHead(queues[i] as number);
    if (contact < 0 || !view.canServe(agent, contact)) continue;
    if (best < 0 || precedes(view, contact, best)) best = contact;
  }
  return best;
}

/**
 * The first contact in the default order (due callbacks by promise first) among the heads of the
 * queues of contact type `type` (one per customer segment) that `agent` can serve now, or -1.
 */
export function oldestContactOfType(view: ContactCenterView, agent: number, type: number): number {
  let best = -1;
  const segments = view.model.segments.length;
  for (let s = 0; s < segments; s++) {
    const contact = view.queueHead(view.queueOf(type, s));
    if (contact < 0 || !view.canServe(agent, contact)) continue;
    if (best < 0 || precedes(view, contact, best)) best = contact;
  }
  return best;
}

/** Busy agents over agents on duty, 0 when nobody is on duty. */
export function busyFraction(busy: number, onDuty: number): number {
  return onDuty > 0 ? busy / onDuty : 0;
}
