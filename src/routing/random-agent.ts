import { checkOptionKeys } from './options';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import type { ContactCenterView } from '../model/view';
import { firstContactInDefaultOrder, freeAgentInGroup } from './selectors';

/** Registered name of {@link randomAgentPolicy}. */
export const RANDOM_AGENT = 'random-agent';

/**
 * `random-agent`: a baseline that ignores idle time and skill level. Takes no options.
 *
 * - **selectAgent**: draws exactly one uniform `u` from `context.random` per call, whether or not
 *   an agent is free (so common random numbers stay in step across policies), and returns the
 *   `floor(u × n)`-th of the `n` free agents who can serve the contact, counted over the eligible
 *   groups in group id order and, within a group, in free-pool order (longest idle first).
 *   Each free agent is equally likely. Cost: O(groups) plus the walk along the chosen group's
 *   free pool.
 * - **selectContact**: the default order (due callbacks first, see `compareDueCallbacks`; then higher
 *   contact-type priority, then earlier `contactQueuedAt`, then smaller `contactSerial`) among the
 *   heads of the agent's served queues that it can serve; no draw.
 *
 * @throws RangeError if any option is given
 */
export const randomAgentPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  checkOptionKeys(RANDOM_AGENT, context.options, []);
  const random = context.random;
  return {
    selectAgent(contact, view) {
      const u = random.next();
      return uniformFreeAgent(view, contact, view.eligibleGroups(view.contactType(contact)), u);
    },
    selectContact(agent, view) {
      return firstContactInDefaultOrder(view, agent, view.servedQueues(view.agentGroup(agent)));
    },
  };
};

/**
 * The `floor(u × n)`-th of the `n` free agents of `groups` who can serve `contact`, counted over
 * the groups in the order given and, within a group, in free-pool order (longest idle first): each
 * free agent equally likely for a uniform `u` (ContactCenters' `selectUniform`). -1 when none is free.
 */
export function uniformFreeAgent(view: ContactCenterView, contact: number, groups: readonly number[], u: number): number {
  const channel = view.contactChannel(contact);
  let total = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as number;
    const head = view.freeAgentHead(g, channel);
    if (head >= 0 && view.isEligible(head, contact)) total += view.freeAgentCount(g, channel);
  }
  // Stryker disable next-line ConditionalExpression: a shortcut: with no agent counted, the loop below skips every group and returns -1 too
  if (total === 0) return -1;
  // Stryker disable next-line ArithmeticOperator: u < 1 (a uniform in (0, 1)), so floor(u × total) ≤ total − 1 already; the bound only guards a source giving 1
  let k = Math.min(Math.floor(u * total), total - 1);
  // Stryker disable next-line EqualityOperator: not reached: k < total, so the loop returns at some group before i reaches the end
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as number;
    const head = view.freeAgentHead(g, channel);
    if (head < 0 || !view.isEligible(head, contact)) continue;
    const n = view.freeAgentCount(g, channel);
    if (k >= n) {
      k -= n;
      continue;
    }
    let agent = head;
    // Stryker disable next-line ConditionalExpression: k < n, the pool's length, so the walk never runs off its end
    for (; k > 0 && agent >= 0; k--) agent = view.freeAgentNext(agent, channel);
    // (k < n: the walk ends on an agent of the pool.)
    return view.canServe(agent, contact) ? agent : freeAgentInGroup(view, contact, g);
  }
  // Stryker disable next-line UnaryOperator: not reached: k < total, so some group's count exceeds what is left of k
  return -1;
}
