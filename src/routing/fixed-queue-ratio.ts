import type { ModelDefinition } from '../model/definition';
import type { ContactCenterView } from '../model/view';
import { readNumberByName } from './option-maps';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { bestContactForAgent, compareDefaultOrder, longestIdleAgent } from './selectors';
import type { ContactOrder } from './selectors';

/** Registered name of {@link fixedQueueRatioPolicy}. */
export const FIXED_QUEUE_RATIO = 'fixed-queue-ratio';

/** Options of the `fixed-queue-ratio` policy (`routing.options`). */
export interface FixedQueueRatioOptions {
  /**
   * Target share r_i of the waiting contacts for each contact type (by name), > 0; normalized to
   * sum to 1 over all types. Types not listed take 1 before normalizing.
   * @default equal shares
   */
  readonly queueRatios?: Readonly<Record<string, number>>;
}

/** Reads `queueRatios` (normalized) into `reader`'s problems. */
export function readQueueRatios(reader: OptionReader, model: ModelDefinition | undefined): Float64Array {
  const ratios = readNumberByName(reader, 'queueRatios', 'contact type', model?.contactTypes.map((t) => t.name), 1, { min: 0, minIncluded: false });
  // Every ratio is > 0 (a bad one keeps the fallback 1), so the sum is > 0 unless there is none.
  const sum = ratios.reduce((s, r) => s + r, 0);
  return ratios.map((r) => r / sum);
}

/**
 * The queue-ratio choice of Gurvich & Whitt's FQR rule for a free agent: among the heads of the
 * agent's served queues it can serve, the contact whose type has the largest Q_i − r_i · Q (Q_i the
 * contacts of type i waiting, Q all waiting contacts); due callbacks first, ties: the default order.
 * Q is summed once per decision (O(types)), not once per comparison.
 */
export function queueRatioContact(ratios: Float64Array): (agent: number, view: ContactCenterView) => number {
  let total = 0;
  const deviation = (view: ContactCenterView, c: number): number => {
    const type = view.contactType(c);
    return view.waitingOfType(type) - (ratios[type] as number) * total;
  };
  const order: ContactOrder = (view, _agent, a, b) => {
    const da = deviation(view, a);
    const db = deviation(view, b);
    return da !== db ? db - da : compareDefaultOrder(view, a, b);
  };
  return (agent, view) => {
    // The view does not change during a decision, so Q is the same for every comparison.
    total = 0;
    for (let t = 0; t < ratios.length; t++) total += view.waitingOfType(t);
    return bestContactForAgent(view, agent, view.servedQueues(view.agentGroup(agent)), order);
  };
}

function readOptions(options: unknown, model: ModelDefinition | undefined) {
  const reader = new OptionReader(FIXED_QUEUE_RATIO, options, ['queueRatios']);
  return { reader, ratios: readQueueRatios(reader, model) };
}

/** Checks the options of {@link fixedQueueRatioPolicy} (every problem, without creating the policy). */
export const checkFixedQueueRatioOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `fixed-queue-ratio` (FQR): Gurvich & Whitt (2009), "Queue-and-idleness-ratio controls in
 * many-server service systems", *Mathematics of Operations Research* 34(2). The control keeps the
 * waiting contacts of each type near a fixed share r_i of all waiting contacts.
 *
 * - **selectContact**: a free agent takes, among the heads of its served queues, a contact of the
 *   type with the largest Q_i − r_i · Q, where Q_i counts the waiting contacts of type i and Q all
 *   waiting contacts (due callbacks first, as in every built-in policy; ties: the default order).
 * - **selectAgent**: the paper's FQR leaves the routing of arrivals to idle servers open; here the
 *   longest-idle eligible agent (see `queue-and-idleness-ratio` for the idleness-ratio rule).
 *
 * @throws RangeError on unknown options, an unknown type or a ratio ≤ 0
 */
export const fixedQueueRatioPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { reader, ratios } = readOptions(context.options, context.model);
  reader.throwIfAny();
  return {
    selectAgent: (contact, view) => longestIdleAgent(view, contact, view.eligibleGroups(view.contactType(contact))),
    selectContact: queueRatioContact(ratios),
  };
};
