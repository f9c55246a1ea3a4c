import type { ModelDefinition } from '../model/definition';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { bestContactForAgent, compareDefaultOrder, longestIdleAgent } from './selectors';
import type { ContactOrder } from './selectors';

/** Registered name of {@link valueBasedPolicy}. */
export const VALUE_BASED = 'value-based';

/** Options of the `value-based` policy (`routing.options`). */
export interface ValueBasedOptions {
  /**
   * Seconds of waiting worth one priority level (aging, so that nobody starves).
   * A positive finite number.
   * @default 60
   */
  readonly agingTime?: number;
  /**
   * Priority levels per unit of segment value. A non-negative finite number (0 ignores value).
   * @default 1 / (largest segment value), so value adds at most one level; 0 when no segment has a positive value
   */
  readonly valueWeight?: number;
}

const OPTION_KEYS = ['agingTime', 'valueWeight'] as const;

/** Reads the options, recording every problem in the reader; `model` only sets the valueWeight default. */
function readOptions(options: unknown, model: ModelDefinition | undefined): { reader: OptionReader; agingTime: number; valueWeight: number } {
  const reader = new OptionReader(VALUE_BASED, options, OPTION_KEYS);
  const agingTime = reader.positiveNumber('agingTime', 60);
  // Stryker disable next-line ArrayDeclaration: without a model (options checked only) the default weight is never used
  const maxValue = (model?.segments ?? []).reduce((m, s) => Math.max(m, s.value), 0);
  const valueWeight = reader.positiveNumber('valueWeight', maxValue > 0 ? 1 / maxValue : 0, true);
  return { reader, agingTime, valueWeight };
}

/** Checks the options of {@link valueBasedPolicy} (every problem, without creating the policy). */
export const checkValueBasedOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `value-based`: higher-value segments and higher priorities first, with aging so that nobody
 * starves. A waiting contact scores
 *
 * `typePriority + segmentPriority + valueWeight × segmentValue + (now − queuedAt) / agingTime`
 *
 * - **selectContact**: among the heads of the agent's served queues that it can serve, due
 *   callbacks first (scheduled callbacks whose promised time has come, and due retries, in the
 *   order of `compareDueCallbacks`, whatever the score); otherwise the highest
 *   score; ties: the default order (higher contact-type priority, then earlier `contactQueuedAt`,
 *   then smaller `contactSerial`). Queue heads suffice: due callbacks stand at the front of their
 *   queue, and the score grows with waiting time.
 * - **selectAgent**: the longest-idle free agent of the eligible groups who can serve the contact
 *   (smallest `agentIdleSince`, ties: smaller agent id), as `longest-idle-agent`.
 *
 * @throws RangeError on unknown options or a bad `agingTime` / `valueWeight`, every problem at once
 */
export const valueBasedPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model, options } = context;
  const { reader, agingTime, valueWeight } = readOptions(options, model);
  reader.throwIfAny();

  // Static part of the score per (type, segment): everything but the aging term.
  const segmentCount = model.segments.length;
  const base = new Float64Array(model.contactTypes.length * segmentCount);
  model.contactTypes.forEach((t, ti) => {
    model.segments.forEach((s, si) => {
      base[ti * segmentCount + si] = t.priority + s.priority + valueWeight * s.value;
    });
  });

  const order: ContactOrder = (view, _agent, a, b) => {
    const now = view.now;
    const sa = (base[view.contactType(a) * segmentCount + view.contactSegment(a)] as number) +
      (now - view.contactQueuedAt(a)) / agingTime;
    const sb = (base[view.contactType(b) * segmentCount + view.contactSegment(b)] as number) +
      (now - view.contactQueuedAt(b)) / agingTime;
    if (sa !== sb) return sb - sa;
    return compareDefaultOrder(view, a, b);
  };

  return {
    selectAgent(contact, view) {
      return longestIdleAgent(view, contact, view.eligibleGroups(view.contactType(contact)));
    },
    selectContact(agent, view) {
      return bestContactForAgent(view, agent, view.servedQueues(view.agentGroup(agent)), order);
    },
  };
};
