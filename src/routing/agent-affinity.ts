import type { ContactCenterView } from '../model/view';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { firstDueCallback, isDueCallback, longestIdleAgent, precedes } from './selectors';

/** Registered name of {@link agentAffinityPolicy}. */
export const AGENT_AFFINITY = 'agent-affinity';

/** Options of the `agent-affinity` policy (`routing.options`). */
export interface AgentAffinityOptions {
  /**
   * Seconds a repeat contact waits for the agent who served the customer last before anyone
   * eligible may take it. A non-negative finite number (0: the last agent only if free at once).
   * @default 60
   */
  readonly waitLimit?: number;
}

/**
 * How many waiting contacts `selectContact` looks at per queue, the head included, when it looks
 * for a contact held for the agent or walks past contacts held for others.
 */
export const AFFINITY_WALK_LIMIT = 8;

const OPTION_KEYS = ['waitLimit'] as const;

/** Reads the options, recording every problem in the reader. */
function readOptions(options: unknown): { reader: OptionReader; waitLimit: number } {
  const reader = new OptionReader(AGENT_AFFINITY, options, OPTION_KEYS);
  return { reader, waitLimit: reader.positiveNumber('waitLimit', 60, true) };
}

/** Checks the options of {@link agentAffinityPolicy} (every problem, without creating the policy). */
export const checkAgentAffinityOptions: PolicyOptionChecker = ({ options }) => readOptions(options).reader.issues;

/**
 * `agent-affinity`: a repeat contact goes back to the agent who served the customer last, who
 * already knows the issue (no repeated information, context for the handling), if that agent
 * becomes free within `waitLimit` seconds; first contacts go to the longest-idle agent.
 *
 * A contact's **affinity agent** is `issueLastAgent(contactIssue(c))` when the contact is a repeat
 * (`contactAttempt > 1`, not a transfer: a transfer goes elsewhere on purpose), that agent exists,
 * is available (`agentAvailable`: logged on and not about to log off) and is eligible for the
 * contact; otherwise it has none. A contact is **held** for its affinity agent while
 * `now < contactQueuedAt + waitLimit`, unless it is a due callback (a scheduled callback whose
 * promised time has come, or a due retry; see `isDueCallback`): a promised call back is never
 * kept waiting for one agent.
 *
 * - **selectAgent**: the affinity agent if it can serve the contact now; else -1 while the contact
 *   is held (it waits for that agent); else the longest-idle free eligible agent (smallest
 *   `agentIdleSince`, ties: smaller agent id), as `longest-idle-agent`.
 * - **selectContact(agent)**: the first due callback the agent can serve, if any
 *   (`firstDueCallback`: within their promise before past it, then earliest promise; due
 *   callbacks come before everything, contacts held for this agent included); else a contact held for this agent if there is one (the first in the
 *   default order: higher contact-type priority, then earlier `contactQueuedAt`, then smaller
 *   `contactSerial`); else the first in the default order among the contacts it can serve that are
 *   not held for another agent. The walk is bounded: per queue it looks at the first
 *   {@link AFFINITY_WALK_LIMIT} contacts (head included), so a contact further back is neither
 *   preferred nor reached behind held ones; such a contact still goes to the next agent who frees
 *   up after the held contacts ahead of it have been taken or released.
 * - **reconsiderAfter**: for a held contact, the time left until its wait limit, so the engine
 *   offers it to anyone then even if nobody frees up; otherwise Infinity. A contact whose last
 *   agent logs off is no longer held: the next free agent may take it, and at the latest it is
 *   offered again at its wait limit.
 *
 * With repeats this policy is not work-conserving on purpose: a held contact may wait while
 * another agent is idle. Each decision is O(groups + queues × {@link AFFINITY_WALK_LIMIT}) and
 * allocates nothing.
 *
 * @throws RangeError on unknown options or a bad `waitLimit`, every problem at once
 */
export const agentAffinityPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { reader, waitLimit } = readOptions(context.options);
  reader.throwIfAny();

  /** The agent who served the customer last, when the contact should go back to them; else -1. */
  const affinityAgent = (view: ContactCenterView, contact: number): number => {
    if (view.contactAttempt(contact) <= 1 || view.contactIsTransfer(contact)) return -1;
    const last = view.issueLastAgent(view.contactIssue(contact));
    if (last < 0 || !view.agentAvailable(last) || !view.isEligible(last, contact)) return -1;
    return last;
  };
  // `now < queuedAt + waitLimit` (not `now - queuedAt < waitLimit`): the engine wakes the contact
  // at `now + (deadline - now)`, which reaches the deadline within two wake-ups in floating point.
  const deadline = (view: ContactCenterView, contact: number): number => view.contactQueuedAt(contact) + waitLimit;
  /** The agent the contact is held for now, or -1. */
  const heldFor = (view: ContactCenterView, contact: number): number => {
    const agent = affinityAgent(view, contact);
    // (Without an affinity agent, agent is -1 and is returned as is.)
    return view.now < deadline(view, contact) && !isDueCallback(view, contact) ? agent : -1;
  };

  return {
    selectAgent(contact, view) {
      const agent = affinityAgent(view, contact);
      if (agent >= 0) {
        if (view.canServe(agent, contact)) return agent;
        if (view.now < deadline(view, contact) && !isDueCallback(view, contact)) return -1;
      }
      return longestIdleAgent(view, contact, view.eligibleGroups(view.contactType(contact)));
    },

    selectContact(agent, view) {
      const queues = view.servedQueues(view.agentGroup(agent));
      const due = firstDueCallback(view, agent, queues);
      if (due >= 0) return due;
      // No queue the agent can serve starts with a due callback, so the walks below meet none.
      let mine = -1; // best contact held for this agent
      let free = -1; // best contact held for nobody
      for (let i = 0; i < queues.length; i++) {
        let contact = view.queueHead(queues[i] as number);
        let freeHere = -1;
        // Within a queue contacts are in the default order and later ones have waited less, so
        // once one cannot be served (an overflow step not yet open) none behind it can.
        for (let seen = 1; contact >= 0 && view.canServe(agent, contact); seen++) {
          const holder = heldFor(view, contact);
          if (holder === agent) {
            if (mine < 0 || precedes(view, contact, mine)) mine = contact;
            break;
          }
          if (holder < 0 && freeHere < 0) freeHere = contact;
          if (seen === AFFINITY_WALK_LIMIT) break;
          contact = view.queueNext(contact);
        }
        if (freeHere >= 0 && (free < 0 || precedes(view, freeHere, free))) free = freeHere;
      }
      return mine >= 0 ? mine : free;
    },

    reconsiderAfter(contact, view) {
      if (affinityAgent(view, contact) < 0 || isDueCallback(view, contact)) return Infinity;
      const end = deadline(view, contact);
      return view.now < end ? end - view.now : Infinity;
    },
  };
};
