import type { RoutingPolicy } from '../../src/model/routing-policy';
import type { ContactCenterView } from '../../src/model/view';

/** What a test looks at when the policy is asked: a contact to route, or a free agent. */
export interface PolicyLook {
  readonly route?: (v: ContactCenterView, contact: number) => void;
  readonly free?: (v: ContactCenterView, agent: number) => void;
}

/**
 * A routing policy for hand-worked centers: a contact goes to the first agent (lowest id) that can
 * serve it; a free agent takes the head of the first of its group's served queues it can serve.
 * `look` is called at every decision, before the choice.
 */
export function firstCapablePolicy(look: PolicyLook = {}): RoutingPolicy {
  return {
    selectAgent(c, v) {
      look.route?.(v, c);
      for (let a = 0; a < v.agentCount; a++) if (v.canServe(a, c)) return a;
      return -1;
    },
    selectContact(agent, v) {
      look.free?.(v, agent);
      for (const q of v.servedQueues(v.agentGroup(agent))) {
        const head = v.queueHead(q);
        if (head >= 0 && v.canServe(agent, head)) return head;
      }
      return -1;
    },
  };
}
