import type { ContactCenterView } from '../model/view';

/**
 * Small reusable selectors the built-in policies are made of (in the spirit of ContactCenters'
 * `AgentGroupSelectors`); exported so custom policies can reuse them.
 *
 * They never scan all agents or all contacts:
 * - agents are found through the per-(group, channel) free pools: O(groups) pool heads;
 * - contacts are found through the queue heads: O(queues). Within a queue contacts are FIFO and
 *   share type, segment and channel, so if the head cannot be served no contact of that queue
 *   can, and the head is the best of its queue for any order that is monotone in waiting time.
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
 * The default contact order (FIFO within priority): higher contact-type priority first, then
 * earlier `contactQueuedAt`, then smaller `contactSerial`. Total on distinct contacts.
 *
 * @returns negative when `a` comes first, positive when `b` does, 0 only when `a === b`
 */
export function compareDefaultOrder(view: ContactCenterView, a: number, b: number): number {
  const types = view.model.contactTypes;
  const pa = types[view.contactType(a)]?.priority ?? 0;
  const pb = types[view.contactType(b)]?.priority ?? 0;
  if (pa !== pb) return pb - pa;
  const qa = view.contactQueuedAt(a);
  const qb = view.contactQueuedAt(b);
  if (qa !== qb) return qa - qb;
  return view.contactSerial(a) - view.contactSerial(b);
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
 * The longest-idle agent of `group` who can serve `contact` now, or -1. Starts at the head of
 * the group's free pool for the contact's channel; gives up on the group as soon as it meets an
 * agent who is not eligible for the contact (eligibility is per group).
 */
export function freeAgentInGroup(view: ContactCenterView, contact: number, group: number): number {
  const channel = view.contactChannel(contact);
  let agent = view.freeAgentHead(group, channel);
  while (agent >= 0) {
    if (view.canServe(agent, contact)) return agent;
    if (!view.isEligible(agent, contact)) return -1;
    agent = view.freeAgentNext(agent, channel);
  }
  return -1;
}

/**
 * The free agent of `groups` idle longest (smallest `agentIdleSince`, ties: smaller agent id)
 * among those who can serve `contact`, or -1. Within one group the free pool's order decides.
 */
export function longestIdleAgent(view: ContactCenterView, contact: number, groups: readonly number[]): number {
  let best = -1;
  let bestIdle = Infinity;
  for (let i = 0; i < groups.length; i++) {
    const agent = freeAgentInGroup(view, contact, groups[i] as number);
    if (agent < 0) continue;
    const idle = view.agentIdleSince(agent);
    if (best < 0 || idle < bestIdle || (idle === bestIdle && agent < best)) {
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
 * group in `groups`; -1 if none. Ties (order 0) keep the earlier group. Correct for any order
 * under which all agents of a group are equal except for idle time (e.g. proficiency is per group).
 */
export function bestFreeAgent(
  view: ContactCenterView,
  contact: number,
  groups: readonly number[],
  order: AgentOrder,
): number {
  let best = -1;
  for (let i = 0; i < groups.length; i++) {
    const agent = freeAgentInGroup(view, contact, groups[i] as number);
    if (agent >= 0 && (best < 0 || order(view, contact, agent, best) < 0)) best = agent;
  }
  return best;
}

/**
 * The best contact for `agent` by `order` among the heads of `queues` that the agent can serve
 * now, or -1. Ties (order 0) keep the earlier queue.
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
    if (best < 0 || order(view, agent, contact, best) < 0) best = contact;
  }
  return best;
}

/**
 * The first contact in the default order ({@link compareDefaultOrder}) among the heads of
 * `queues` that `agent` can serve now, or -1.
 */
export function firstContactInDefaultOrder(view: ContactCenterView, agent: number, queues: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < queues.length; i++) {
    const contact = view.queueHead(queues[i] as number);
    if (contact < 0 || !view.canServe(agent, contact)) continue;
    if (best < 0 || compareDefaultOrder(view, contact, best) < 0) best = contact;
  }
  return best;
}

/**
 * The first contact in the default order among the heads of the queues of contact type `type`
 * (one per customer segment) that `agent` can serve now, or -1.
 */
export function oldestContactOfType(view: ContactCenterView, agent: number, type: number): number {
  let best = -1;
  const segments = view.model.segments.length;
  for (let s = 0; s < segments; s++) {
    const contact = view.queueHead(view.queueOf(type, s));
    if (contact < 0 || !view.canServe(agent, contact)) continue;
    if (best < 0 || compareDefaultOrder(view, contact, best) < 0) best = contact;
  }
  return best;
}

/** Busy agents over agents on duty, 0 when nobody is on duty. */
export function busyFraction(busy: number, onDuty: number): number {
  return onDuty > 0 ? busy / onDuty : 0;
}
