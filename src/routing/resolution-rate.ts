import type { ModelDefinition } from '../model/definition';
import type { ContactCenterView } from '../model/view';
import { readNumberByName } from './option-maps';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import { agentMu, agentResolve, pairRates } from './pair-rates';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { bestContactForAgent, bestFreeAgent, compareDefaultOrder, compareLongestIdle } from './selectors';
import type { AgentOrder, ContactOrder } from './selectors';

/** Registered name of {@link resolutionRatePolicy}. */
export const RESOLUTION_RATE = 'p-mu';

/** Options of the `p-mu` policy (`routing.options`). */
export interface ResolutionRateOptions {
  /**
   * Weight c of each contact type (by name), > 0, in the agent's choice c_i · p_ij · μ_ij; types not listed take 1.
   * @default 1 for every type
   */
  readonly costs?: Readonly<Record<string, number>>;
}

function readOptions(options: unknown, model: ModelDefinition | undefined) {
  const reader = new OptionReader(RESOLUTION_RATE, options, ['costs']);
  const costs = readNumberByName(reader, 'costs', 'contact type', model?.contactTypes.map((t) => t.name), 1, { min: 0, minIncluded: false });
  return { reader, costs };
}

/** Checks the options of {@link resolutionRatePolicy} (every problem, without creating the policy). */
export const checkResolutionRateOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `p-mu`: routing under service failure, after de Véricourt & Zhou (2005), "Managing response
 * time in a call-routing problem with service failure", *Operations Research* 53(6). A service by
 * group j resolves a contact of type i with probability p_ij (the scenario's resolution model at
 * the group's proficiency; 1 without one) and lasts 1/μ_ij on average, so p_ij · μ_ij is the rate at
 * which the pair resolves issues: the index that replaces μ when unresolved customers come back.
 *
 * - **selectAgent**: the free agent of the eligible group with the largest p_ij · μ_ij (ties: the
 *   longest idle).
 * - **selectContact**: among the heads of the agent's served queues, the contact maximizing
 *   c_i · p_ij · μ_ij (due callbacks first, as in every built-in policy; ties: the default order).
 *
 * The paper's optimal policy for its model is a threshold rule that depends on the state; the
 * static index implemented here is the "pμ" heuristic it studies, and the one that carries over to
 * many groups and types. Context carry-over (`resolution.withContext`) is ignored by the index.
 * For an agent of a group with individual agents, p and μ are the agent's own (`agentResolve`,
 * `agentMu`), and every free agent of such a group is compared.
 *
 * @throws RangeError on unknown options, an unknown type or a cost ≤ 0
 */
export const resolutionRatePolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model } = context;
  const { reader, costs } = readOptions(context.options, model);
  reader.throwIfAny();
  const groups = model.agentGroups.length;
  const rates = pairRates(model);
  const { mu, resolve } = rates;
  const rate = new Float64Array(mu.length);
  // Stryker disable next-line EqualityOperator: a write one past the end of a Float64Array is ignored
  for (let k = 0; k < rate.length; k++) rate[k] = (resolve[k] as number) * (mu[k] as number);

  // Groups of individual agents: each agent's own p · μ (see agentMu, agentResolve); else the group's.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a faster read only: agentResolve and agentMu give an agent of identical agents its group's p and μ, whose product is the table's
  const individual = model.agentGroups.some((g) => g.individuals !== undefined);
  const rateOf = (view: ContactCenterView, type: number, agent: number): number =>
    individual ? agentResolve(view, rates, type, agent) * agentMu(view, rates, type, agent) : (rate[type * groups + view.agentGroup(agent)] as number);

  const agentOrder: AgentOrder = (view, contact, a, b) => {
    const type = view.contactType(contact);
    const ra = rateOf(view, type, a);
    const rb = rateOf(view, type, b);
    return ra !== rb ? rb - ra : compareLongestIdle(view, contact, a, b);
  };
  const index = (view: ContactCenterView, agent: number, c: number): number => {
    const type = view.contactType(c);
    return (costs[type] as number) * rateOf(view, type, agent);
  };
  const contactOrder: ContactOrder = (view, agent, a, b) => {
    const ia = index(view, agent, a);
    const ib = index(view, agent, b);
    return ia !== ib ? ib - ia : compareDefaultOrder(view, a, b);
  };
  return {
    selectAgent: (contact, view) => bestFreeAgent(view, contact, view.eligibleGroups(view.contactType(contact)), agentOrder),
    selectContact: (agent, view) => bestContactForAgent(view, agent, view.servedQueues(view.agentGroup(agent)), contactOrder),
  };
};
