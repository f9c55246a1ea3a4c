import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { checkOptionKeys } from './options';
import { firstContactInDefaultOrder, longestIdleAgent } from './selectors';

/** Registered name of {@link longestIdleAgentPolicy}. */
export const LONGEST_IDLE_AGENT = 'longest-idle-agent';

/**
 * `longest-idle-agent`: the classic ACD default, fair to agents and FIFO within priority for
 * contacts. Takes no options.
 *
 * - **selectAgent**: among the groups eligible for the contact's type, the free agent who can serve
 *   the contact and has been idle longest (smallest `agentIdleSince`); ties: smaller agent id
 *   (within one group, the free pool's order: the agent who became free first).
 * - **selectContact**: among the heads of the queues the agent's group serves, those the agent
 *   can serve, the first in the default order: due callbacks first (scheduled callbacks whose
 *   promised time has come, and due retries; within their promise before past it, then earliest promise first, see
 *   `compareDueCallbacks`),
 *   then higher contact-type priority, then earlier `contactQueuedAt`, then smaller `contactSerial`.
 *
 * @throws RangeError if any option is given
 */
export const longestIdleAgentPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  checkOptionKeys(LONGEST_IDLE_AGENT, context.options, []);
  return {
    selectAgent(contact, view) {
      return longestIdleAgent(view, contact, view.eligibleGroups(view.contactType(contact)));
    },
    selectContact(agent, view) {
      return firstContactInDefaultOrder(view, agent, view.servedQueues(view.agentGroup(agent)));
    },
  };
};
