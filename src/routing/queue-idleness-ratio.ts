import type { ModelDefinition } from '../model/definition';
import { readQueueRatios, queueRatioContact } from './fixed-queue-ratio';
import { readNumberByName } from './option-maps';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { freeAgentInGroup, idleLonger } from './selectors';

/** Registered name of {@link queueIdlenessRatioPolicy}. */
export const QUEUE_IDLENESS_RATIO = 'queue-and-idleness-ratio';

/** Options of the `queue-and-idleness-ratio` policy (`routing.options`). */
export interface QueueIdlenessRatioOptions {
  /** Target share of the waiting contacts per contact type, as in `fixed-queue-ratio`. @default equal shares */
  readonly queueRatios?: Readonly<Record<string, number>>;
  /**
   * Target share v_j of the idle agents for each agent group (by name), > 0; normalized to sum to 1
   * over all groups. Groups not listed take 1 before normalizing.
   * @default equal shares
   */
  readonly idleRatios?: Readonly<Record<string, number>>;
}

function readOptions(options: unknown, model: ModelDefinition | undefined) {
  const reader = new OptionReader(QUEUE_IDLENESS_RATIO, options, ['queueRatios', 'idleRatios']);
  const ratios = readQueueRatios(reader, model);
  const idle = readNumberByName(reader, 'idleRatios', 'agent group', model?.agentGroups.map((g) => g.name), 1, { min: 0, minIncluded: false });
  // Every ratio is > 0 (a bad one keeps the fallback 1), so the sum is > 0 unless there is none.
  const sum = idle.reduce((s, v) => s + v, 0);
  return { reader, ratios, idleRatios: idle.map((v) => v / sum) };
}

/** Checks the options of {@link queueIdlenessRatioPolicy} (every problem, without creating the policy). */
export const checkQueueIdlenessRatioOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `queue-and-idleness-ratio` (QIR): Gurvich & Whitt (2009), *Mathematics of Operations Research*
 * 34(2). Queue ratios decide what a free agent takes; idleness ratios decide which group an arriving
 * contact goes to, keeping the idle agents of each group near a share v_j of all idle agents.
 *
 * - **selectAgent**: among the eligible groups with a free agent who can serve the contact, the
 *   group with the largest I_j − v_j · I, where I_j counts the group's agents with free capacity
 *   on the contact's channel and I the same over all groups; within it, the longest-idle agent
 *   (ties between groups: the longest idle).
 * - **selectContact**: as `fixed-queue-ratio` (largest Q_i − r_i · Q; due callbacks first).
 *
 * @throws RangeError on unknown options, unknown names, or a ratio ≤ 0
 */
export const queueIdlenessRatioPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model } = context;
  const { reader, ratios, idleRatios } = readOptions(context.options, model);
  reader.throwIfAny();
  return {
    selectAgent(contact, view) {
      const channel = view.contactChannel(contact);
      const idleTotal = view.freeAgentsOnChannel(channel);
      let best = -1;
      let bestScore = -Infinity;
      for (const g of view.eligibleGroups(view.contactType(contact))) {
        const agent = freeAgentInGroup(view, contact, g);
        if (agent < 0) continue;
        const score = view.freeAgentCount(g, channel) - (idleRatios[g] as number) * idleTotal;
        // The first group with a free agent always beats bestScore = -Infinity (scores are finite).
        if (score > bestScore || (score === bestScore && idleLonger(view, contact, agent, best))) {
          best = agent;
          bestScore = score;
        }
      }
      return best;
    },
    selectContact: queueRatioContact(ratios),
  };
};
