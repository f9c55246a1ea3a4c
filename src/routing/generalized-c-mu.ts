import type { ModelDefinition } from '../model/definition';
import { readNumberByName } from './option-maps';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import { agentMu, pairRates } from './pair-rates';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { bestContactForAgent, bestFreeAgent, compareDefaultOrder, compareLongestIdle } from './selectors';
import type { AgentOrder, ContactOrder } from './selectors';

/** Registered name of {@link generalizedCMuPolicy}. */
export const GENERALIZED_C_MU = 'generalized-c-mu';

/** Options of the `generalized-c-mu` policy (`routing.options`). */
export interface GeneralizedCMuOptions {
  /**
   * Delay-cost weight c of each contact type (by name), > 0; types not listed take 1.
   * @default 1 for every type
   */
  readonly costs?: Readonly<Record<string, number>>;
  /**
   * Exponent b of the delay cost C(w) = c · w^(b+1) / (b+1), ≥ 0: the marginal cost is c · w^b.
   * 0 gives the static cμ rule; 1 (quadratic cost) weighs the wait linearly.
   * @default 1
   */
  readonly exponent?: number;
}

const OPTION_KEYS = ['costs', 'exponent'] as const;

function readOptions(options: unknown, model: ModelDefinition | undefined) {
  const reader = new OptionReader(GENERALIZED_C_MU, options, OPTION_KEYS);
  const costs = readNumberByName(reader, 'costs', 'contact type', model?.contactTypes.map((t) => t.name), 1, { min: 0, minIncluded: false });
  const exponent = reader.positiveNumber('exponent', 1, true);
  return { reader, costs, exponent };
}

/** Checks the options of {@link generalizedCMuPolicy} (every problem, without creating the policy). */
export const checkGeneralizedCMuOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `generalized-c-mu`: the generalized cμ rule with convex delay costs (Van Mieghem 1995, *Annals of
 * Applied Probability* 5(3); Mandelbaum & Stolyar 2004, *Operations Research* 52(6)). Each contact
 * type i has a delay cost C_i(w) = c_i · w^(b+1) / (b+1); μ_ij is the service rate of group j on
 * type i (1 / its mean handle time, from the type's handle time and the group's handle-time factor);
 * for an agent of a group with individual agents, the agent's own rate (`agentMu`: its proficiency,
 * handle-time factor and learning), and every free agent of such a group is compared.
 *
 * - **selectContact**: a free agent of group j takes, among the heads of its served queues, the
 *   contact maximizing C_i'(w) · μ_ij = c_i · w^b · μ_ij, where w is the contact's wait so far (due
 *   callbacks first, as in every built-in policy; ties: the default order). With b = 0 this is the
 *   static cμ rule.
 * - **selectAgent**: the papers assume that idle servers are rare in the regime they study and
 *   leave the arriving customer's choice open; here an arriving contact goes to the free agent of
 *   the eligible group with the largest μ_ij (the fastest), ties to the longest idle.
 *
 * @throws RangeError on unknown options, an unknown type in `costs`, a cost ≤ 0 or a negative exponent
 */
export const generalizedCMuPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model } = context;
  const { reader, costs, exponent } = readOptions(context.options, model);
  reader.throwIfAny();
  const groups = model.agentGroups.length;
  const rates = pairRates(model);
  const { mu } = rates;
  // Groups of individual agents: each agent's own rate (see agentMu); else the group's, from the table.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a faster read only: agentMu gives an agent of identical agents its group's rate from the same table
  const individual = model.agentGroups.some((g) => g.individuals !== undefined);

  const fastest: AgentOrder = (view, contact, a, b) => {
    const t = view.contactType(contact);
    const type = t * groups;
    const ma = individual ? agentMu(view, rates, t, a) : (mu[type + view.agentGroup(a)] as number);
    const mb = individual ? agentMu(view, rates, t, b) : (mu[type + view.agentGroup(b)] as number);
    return ma !== mb ? mb - ma : compareLongestIdle(view, contact, a, b);
  };
  const index = (view: Parameters<ContactOrder>[0], agent: number, c: number): number => {
    const type = view.contactType(c);
    const wait = view.now - view.contactQueuedAt(c);
    const rate = individual ? agentMu(view, rates, type, agent) : (mu[type * groups + view.agentGroup(agent)] as number);
    return (costs[type] as number) * wait ** exponent * rate;
  };
  const order: ContactOrder = (view, agent, a, b) => {
    const ia = index(view, agent, a);
    const ib = index(view, agent, b);
    return ia !== ib ? ib - ia : compareDefaultOrder(view, a, b);
  };

  return {
    selectAgent: (contact, view) => bestFreeAgent(view, contact, view.eligibleGroups(view.contactType(contact)), fastest),
    selectContact: (agent, view) => bestContactForAgent(view, agent, view.servedQueues(view.agentGroup(agent)), order),
  };
};
