import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { busyFraction, firstContactInDefaultOrder, freeAgentInGroup } from './selectors';

/** Registered name of {@link leastOccupiedPolicy}. */
export const LEAST_OCCUPIED = 'least-occupied';

/** Options of the `least-occupied` policy (`routing.options`). */
export interface LeastOccupiedOptions {
  /**
   * What to balance: `'site'` sends the contact to the site whose eligible groups are least busy,
   * `'group'` to the least busy group.
   * @default 'site'
   */
  readonly balance?: 'site' | 'group';
}

const OPTION_KEYS = ['balance'] as const;
const BALANCE = ['site', 'group'] as const;

/** Reads the options, recording every problem in the reader. */
function readOptions(options: unknown): { reader: OptionReader; balance: 'site' | 'group' } {
  const reader = new OptionReader(LEAST_OCCUPIED, options, OPTION_KEYS);
  return { reader, balance: reader.choice('balance', BALANCE, 'site') };
}

/** Checks the options of {@link leastOccupiedPolicy} (every problem, without creating the policy). */
export const checkLeastOccupiedOptions: PolicyOptionChecker = ({ options }) => readOptions(options).reader.issues;

/**
 * `least-occupied`: balances the load across sites (or groups), e.g. to keep an outsourcer and the
 * in-house site equally busy. A *busy fraction* is busy agents over agents on duty (0 with nobody
 * on duty).
 *
 * - **selectAgent**: considers the groups eligible for the contact's type that have a free agent
 *   who can serve it. With `balance: 'site'` (default) the chosen group minimizes, in order:
 *   its site's busy fraction (Σ `groupBusy` / Σ `groupOnDuty` over the site's groups that are
 *   eligible for the type), its own busy fraction, its group id. With `balance: 'group'`: its own
 *   busy fraction, then group id. The contact goes to that group's longest-idle free agent.
 * - **selectContact**: the default order (due callbacks first, see `compareDueCallbacks`; then higher
 *   contact-type priority, then earlier `contactQueuedAt`, then smaller `contactSerial`) among the
 *   heads of the agent's served queues that it can serve.
 *
 * @throws RangeError on unknown options or a `balance` other than 'site' or 'group', every problem at once
 */
export const leastOccupiedPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model, options } = context;
  const { reader, balance } = readOptions(options);
  reader.throwIfAny();
  const bySite = balance === 'site';
  const siteOfGroup = Int32Array.from(model.agentGroups, (g) => g.site);
  // Per-decision scratch space, reused (no allocation per call).
  const siteBusy = new Float64Array(model.sites.length);
  const siteOnDuty = new Float64Array(model.sites.length);

  return {
    selectAgent(contact, view) {
      const groups = view.eligibleGroups(view.contactType(contact));
      // Stryker disable next-line ConditionalExpression: the sums are read only with bySite (below)
      if (bySite) {
        // Stryker disable next-line EqualityOperator: one step past the end zeroes the sums of site undefined, a property of the typed arrays that nothing reads
        for (let i = 0; i < groups.length; i++) {
          const site = siteOfGroup[groups[i] as number] as number;
          siteBusy[site] = 0;
          siteOnDuty[site] = 0;
        }
        for (let i = 0; i < groups.length; i++) {
          const g = groups[i] as number;
          const site = siteOfGroup[g] as number;
          siteBusy[site]! += view.groupBusy(g);
          siteOnDuty[site]! += view.groupOnDuty(g);
        }
      }
      let best = -1;
      let bestSite = Infinity;
      let bestGroup = Infinity;
      for (let i = 0; i < groups.length; i++) {
        const g = groups[i] as number;
        const agent = freeAgentInGroup(view, contact, g);
        if (agent < 0) continue;
        let s = 0;
        // Stryker disable next-line ConditionalExpression: without bySite the site sums stay 0, so the fraction is 0 as well
        if (bySite) {
          const site = siteOfGroup[g] as number;
          s = busyFraction(siteBusy[site] as number, siteOnDuty[site] as number);
        }
        const f = busyFraction(view.groupBusy(g), view.groupOnDuty(g));
        // Groups come in id order, so a tie on both fractions keeps the smaller group id.
        // The first group with a free agent always beats bestSite = Infinity (fractions are finite).
        if (s < bestSite || (s === bestSite && f < bestGroup)) {
          best = agent;
          bestSite = s;
          bestGroup = f;
        }
      }
      return best;
    },
    selectContact(agent, view) {
      return firstContactInDefaultOrder(view, agent, view.servedQueues(view.agentGroup(agent)));
    },
  };
};
