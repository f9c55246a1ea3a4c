import type { ContactCenterView } from '../model/view';
import { primarySkills } from './eligibility';
import { checkOptionKeys } from './options';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { bestContactForAgent, bestFreeAgent, compareDefaultOrder } from './selectors';
import type { AgentOrder, ContactOrder } from './selectors';

/** Registered name of {@link bestSkillPolicy}. */
export const BEST_SKILL = 'best-skill';

/**
 * `best-skill`: the most proficient agent takes the contact; a freed agent takes the work it is
 * best at. The proficiency that counts is the one in the contact type's *primary* skill (its first
 * requirement, which also sets the handle-time speed): the agent's own in a group with individual
 * agents, whose free agents are then all compared. Takes no options.
 *
 * - **selectAgent**: among the free agents of the eligible groups who can serve the contact, the
 *   one with the highest proficiency in the primary skill (a type without requirements: all
 *   agents equal); ties: longest idle (smallest `agentIdleSince`), then smaller agent id.
 * - **selectContact**: among the heads of the agent's served queues that it can serve, due
 *   callbacks first (scheduled callbacks whose promised time has come, and due retries, in the
 *   order of `compareDueCallbacks`, whatever the proficiency); otherwise the one
 *   whose type's primary skill the agent is most proficient in (a type without requirements
 *   counts as proficiency 0, so skill matches come first); ties: the default order (higher
 *   contact-type priority, then earlier `contactQueuedAt`, then smaller `contactSerial`).
 *
 * @throws RangeError if any option is given
 */
export const bestSkillPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  checkOptionKeys(BEST_SKILL, context.options, []);
  const primary = primarySkills(context.model);

  const proficiency = (view: ContactCenterView, agent: number, type: number): number => {
    const skill = primary[type] as number; // -1: a type without requirements
    return skill < 0 ? 0 : view.agentProficiency(agent, skill);
  };
  const agentOrder: AgentOrder = (view, contact, a, b) => {
    const type = view.contactType(contact);
    const pa = proficiency(view, a, type);
    const pb = proficiency(view, b, type);
    if (pa !== pb) return pb - pa;
    const ia = view.agentIdleSince(a);
    const ib = view.agentIdleSince(b);
    if (ia !== ib) return ia - ib;
    return a - b;
  };
  const contactOrder: ContactOrder = (view, agent, a, b) => {
    const pa = proficiency(view, agent, view.contactType(a));
    const pb = proficiency(view, agent, view.contactType(b));
    if (pa !== pb) return pb - pa;
    return compareDefaultOrder(view, a, b);
  };

  return {
    selectAgent(contact, view) {
      return bestFreeAgent(view, contact, view.eligibleGroups(view.contactType(contact)), agentOrder);
    },
    selectContact(agent, view) {
      return bestContactForAgent(view, agent, view.servedQueues(view.agentGroup(agent)), contactOrder);
    },
  };
};
