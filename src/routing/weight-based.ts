import type { ModelDefinition } from '../model/definition';
import type { ContactCenterView } from '../model/view';
import { readNumberByPair } from './option-maps';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { compareDueCallbacks, freeAgentInGroup, idleLonger, isDueCallback, precedes } from './selectors';

/** Shortest delay before a waiting contact is offered again (seconds); see `reconsiderAfter`. */
export const MIN_RECONSIDER_DELAY = 1e-3;

/** Registered name of {@link weightBasedPolicy}. */
export const WEIGHT_BASED = 'weight-based';

/**
 * Options of the `weight-based` policy (`routing.options`). Each is one number for every (contact
 * type, agent group) pair, or `{ <type>: number | { <group>: number } }` (pairs not given take the
 * default).
 */
export interface WeightBasedOptions {
  /** Constant q of the pair's index. @default 0 */
  readonly constant?: number | Readonly<Record<string, number | Readonly<Record<string, number>>>>;
  /** Weight a of the longest wait of the contact type (per second). @default 1 */
  readonly waitWeight?: number | Readonly<Record<string, number | Readonly<Record<string, number>>>>;
  /** Weight b of the longest idle time of the agent group (per second). @default 1 */
  readonly idleWeight?: number | Readonly<Record<string, number | Readonly<Record<string, number>>>>;
}

const OPTION_KEYS = ['constant', 'waitWeight', 'idleWeight'] as const;

function readOptions(options: unknown, model: ModelDefinition | undefined) {
  const reader = new OptionReader(WEIGHT_BASED, options, OPTION_KEYS);
  const types = model?.contactTypes.map((t) => t.name);
  const groups = model?.agentGroups.map((g) => g.name);
  return {
    reader,
    constant: readNumberByPair(reader, 'constant', types, groups, 0),
    waitWeight: readNumberByPair(reader, 'waitWeight', types, groups, 1),
    idleWeight: readNumberByPair(reader, 'idleWeight', types, groups, 1),
  };
}

/** Checks the options of {@link weightBasedPolicy} (every problem, without creating the policy). */
export const checkWeightBasedOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `weight-based` (WR): Chan, Koole & L'Ecuyer (2014), "Dynamic call center routing policies using
 * call waiting and agent idle times", *Manufacturing & Service Operations Management* 16(4). Each
 * (contact type k, agent group j) pair has the index
 *
 * `q_kj + a_kj · w + b_kj · v`
 *
 * where w is the wait of the contact considered (the head of its queue: the longest wait of its
 * type and segment) and v the idle time of the agent considered (in its group's free pool, the
 * longest idle first). A pair is matched only when its index is ≥ 0, so negative constants keep a
 * group off a type until the contact has waited, or the agent idled, long enough. The weights are
 * meant to be tuned by simulation for each center (the paper's point).
 *
 * - **selectAgent**: a contact (w = its wait, 0 on arrival) goes to the group whose longest-idle
 *   agent who can serve it gives the largest index ≥ 0 (ties: the longest idle), or waits.
 * - **selectContact**: a free agent (v = 0: it just freed up) takes, among the heads of its served
 *   queues, the contact with the largest index ≥ 0, due callbacks first as in every built-in policy
 *   (ties: the default order), or stays idle.
 * - **reconsiderAfter**: a contact that waits because every index is negative is offered again
 *   when the first pair's index would reach 0 through its growing wait (a > 0), so that an idle
 *   agent does not have to free up again first; never sooner than {@link MIN_RECONSIDER_DELAY}
 *   (a crossing computed a rounding error early would otherwise wake it at the same instant).
 *
 * @throws RangeError on unknown options, unknown names or non-finite weights
 */
export const weightBasedPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model } = context;
  const { reader, constant, waitWeight, idleWeight } = readOptions(context.options, model);
  reader.throwIfAny();
  const groups = model.agentGroups.length;
  const index = (pair: number, wait: number, idle: number): number =>
    (constant[pair] as number) + (waitWeight[pair] as number) * wait + (idleWeight[pair] as number) * idle;

  const contactIndex = (view: ContactCenterView, agent: number, c: number): number =>
    index(view.contactType(c) * groups + view.agentGroup(agent), view.now - view.contactQueuedAt(c), 0);

  return {
    selectAgent(contact, view) {
      const type = view.contactType(contact);
      const wait = view.now - view.contactQueuedAt(contact);
      let best = -1;
      let bestIndex = -Infinity;
      for (const g of view.eligibleGroups(type)) {
        const agent = freeAgentInGroup(view, contact, g);
        if (agent < 0) continue;
        const value = index(type * groups + g, wait, view.now - view.agentIdleSince(agent));
        if (!(value >= 0)) continue;
        // The first servable agent always beats bestIndex = -Infinity (its index is ≥ 0).
        if (value > bestIndex || (value === bestIndex && idleLonger(view, contact, agent, best))) {
          best = agent;
          bestIndex = value;
        }
      }
      return best;
    },
    selectContact(agent, view) {
      let best = -1;
      // Stryker disable next-line UnaryOperator: bestIndex is first read once best is set (the first contact is taken through due = -1)
      let bestIndex = -Infinity;
      for (const q of view.servedQueues(view.agentGroup(agent))) {
        const c = view.queueHead(q);
        if (c < 0 || !view.canServe(agent, c)) continue;
        const value = contactIndex(view, agent, c);
        // A due callback is taken whatever its index: a promise outranks the weights.
        if (!(value >= 0) && !isDueCallback(view, c)) continue;
        const due = best < 0 ? -1 : compareDueCallbacks(view, c, best);
        if (due < 0 || (due === 0 && (value > bestIndex || (value === bestIndex && precedes(view, c, best))))) {
          best = c;
          bestIndex = value;
        }
      }
      return best;
    },
    reconsiderAfter(contact, view) {
      const type = view.contactType(contact);
      const wait = view.now - view.contactQueuedAt(contact);
      let soonest = Infinity;
      for (const g of view.eligibleGroups(type)) {
        const pair = type * groups + g;
        const a = waitWeight[pair] as number;
        // Stryker disable next-line EqualityOperator: with a = 0 the crossing -q / 0 - wait is ±Infinity or NaN, never a due in (0, Infinity)
        if (!(a > 0)) continue;
        const due = -(constant[pair] as number) / a - wait;
        if (due > 0) soonest = Math.min(soonest, due);
      }
      // Never less than a millisecond: a crossing computed a rounding error early would otherwise
      // wake the contact again at the same instant, for ever (now + 1e-12 == now late in a day).
      return Math.max(soonest, MIN_RECONSIDER_DELAY);
    },
  };
};
