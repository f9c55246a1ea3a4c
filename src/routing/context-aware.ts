import type { ContactCenterView } from '../model/view';
import { primarySkills } from './eligibility';
import type { ModelDefinition } from '../model/definition';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { bestFreeAgent, compareDefaultOrder, compareDueCallbacks, isDueCallback, longestIdleAgent } from './selectors';
import type { AgentOrder } from './selectors';

/** Registered name of {@link contextAwarePolicy}. */
export const CONTEXT_AWARE = 'context-aware';

/** Options of the `context-aware` policy (`routing.options`). */
export interface ContextAwareOptions {
  /**
   * Priority levels added to a contact that is not the first about its issue
   * (`contactAttempt > 1`). A non-negative finite number.
   * @default 2
   */
  readonly repeatBonus?: number;
  /**
   * Priority levels per unit of segment value. A non-negative finite number (0 ignores value).
   * @default 1 / (largest segment value), so value adds at most one level; 0 when no segment has a positive value
   */
  readonly valueWeight?: number;
  /**
   * Seconds of waiting worth one priority level (aging, so that nobody starves).
   * A positive finite number.
   * @default 60
   */
  readonly agingTime?: number;
}

/**
 * How many waiting contacts `selectContact` looks at per queue, the head included, when it looks
 * for the oldest repeat contact behind a first contact.
 */
export const CONTEXT_WALK_LIMIT = 8;

const OPTION_KEYS = ['agingTime', 'repeatBonus', 'valueWeight'] as const;

/** Reads the options, recording every problem in the reader; `model` only sets the valueWeight default. */
function readOptions(
  options: unknown,
  model: ModelDefinition | undefined,
): { reader: OptionReader; agingTime: number; repeatBonus: number; valueWeight: number } {
  const reader = new OptionReader(CONTEXT_AWARE, options, OPTION_KEYS);
  const agingTime = reader.positiveNumber('agingTime', 60);
  const repeatBonus = reader.positiveNumber('repeatBonus', 2, true);
  // Stryker disable next-line ArrayDeclaration: without a model (options checked only) the default weight is never used
  const maxValue = (model?.segments ?? []).reduce((m, s) => Math.max(m, s.value), 0);
  const valueWeight = reader.positiveNumber('valueWeight', maxValue > 0 ? 1 / maxValue : 0, true);
  return { reader, agingTime, repeatBonus, valueWeight };
}

/** Checks the options of {@link contextAwarePolicy} (every problem, without creating the policy). */
export const checkContextAwareOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `context-aware`: route by segment, value and contact history. Customers who are contacting the
 * center again about the same issue, and high-value customers, are served first and by the most
 * proficient agent. A waiting contact scores
 *
 * `typePriority + segmentPriority + valueWeight × segmentValue + (attempt > 1 ? repeatBonus : 0) + (now − queuedAt) / agingTime`
 *
 * where `attempt` is `contactAttempt` (transfers count as later attempts too). A **top-segment**
 * contact is one whose segment has the largest value, when segment values differ (with all values
 * equal no segment is singled out).
 *
 * - **selectContact**: due callbacks first (scheduled callbacks whose promised time has come, and
 *   due retries; within their promise before past it, then earliest promise first, see
 *   `compareDueCallbacks`): a promised call back outranks
 *   any score. Otherwise the highest score among the contacts the agent can serve; ties: the
 *   default order (higher contact-type priority, then earlier `contactQueuedAt`, then smaller
 *   `contactSerial`). Within a queue only the head and the oldest repeat contact can score
 *   highest; the repeat is looked for among the first {@link CONTEXT_WALK_LIMIT} contacts of the
 *   queue (head included), so a repeat further back counts as the contact ahead of it until it
 *   moves up.
 * - **selectAgent**: for a repeat or top-segment contact, the free agent of the eligible groups
 *   with the highest proficiency in the contact type's primary skill (its first requirement; a
 *   type without requirements: all agents equal), ties: longest idle (smallest `agentIdleSince`),
 *   then smaller agent id, as `best-skill`; for any other contact the longest-idle such agent.
 *
 * Each decision is O(groups + queues × {@link CONTEXT_WALK_LIMIT}) and allocates nothing.
 *
 * @throws RangeError on unknown options or a bad `repeatBonus` / `valueWeight` / `agingTime`, every problem at once
 */
export const contextAwarePolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model, options } = context;
  const { reader, agingTime, repeatBonus, valueWeight } = readOptions(options, model);
  reader.throwIfAny();
  const maxValue = model.segments.reduce((m, s) => Math.max(m, s.value), 0);
  const minValue = model.segments.reduce((m, s) => Math.min(m, s.value), Infinity);

  // Static part of the score per (type, segment): everything but the history and aging terms.
  const segmentCount = model.segments.length;
  const base = new Float64Array(model.contactTypes.length * segmentCount);
  model.contactTypes.forEach((t, ti) => {
    model.segments.forEach((s, si) => {
      base[ti * segmentCount + si] = t.priority + s.priority + valueWeight * s.value;
    });
  });
  const topSegment = new Uint8Array(segmentCount);
  model.segments.forEach((s, si) => (topSegment[si] = maxValue > minValue && s.value === maxValue ? 1 : 0));
  const primary = primarySkills(model);

  const isRepeat = (view: ContactCenterView, contact: number): boolean => view.contactAttempt(contact) > 1;
  const score = (view: ContactCenterView, contact: number): number =>
    (base[view.contactType(contact) * segmentCount + view.contactSegment(contact)] as number) +
    (isRepeat(view, contact) ? repeatBonus : 0) +
    (view.now - view.contactQueuedAt(contact)) / agingTime;
  /** Negative when `a` comes first: due callbacks, then the score, then the default order. */
  const compare = (view: ContactCenterView, a: number, b: number): number => {
    const due = compareDueCallbacks(view, a, b);
    if (due !== 0) return due;
    const sa = score(view, a);
    const sb = score(view, b);
    if (sa !== sb) return sb - sa;
    return compareDefaultOrder(view, a, b);
  };
  /** True when `a` comes before `b` in that order (a strict one). */
  // Stryker disable next-line EqualityOperator: the order ends on compareDefaultOrder, which ends on the serials: never 0 for two different contacts
  const before = (view: ContactCenterView, a: number, b: number): boolean => compare(view, a, b) < 0;

  const bySkill: AgentOrder = (view, contact, a, b) => {
    const skill = primary[view.contactType(contact)] as number; // -1: a type without requirements
    if (skill >= 0) {
      const pa = view.agentProficiency(a, skill);
      const pb = view.agentProficiency(b, skill);
      if (pa !== pb) return pb - pa;
    }
    const ia = view.agentIdleSince(a);
    const ib = view.agentIdleSince(b);
    if (ia !== ib) return ia - ib;
    return a - b;
  };

  return {
    selectAgent(contact, view) {
      const groups = view.eligibleGroups(view.contactType(contact));
      if (isRepeat(view, contact) || topSegment[view.contactSegment(contact)] === 1) {
        return bestFreeAgent(view, contact, groups, bySkill);
      }
      return longestIdleAgent(view, contact, groups);
    },

    selectContact(agent, view) {
      const queues = view.servedQueues(view.agentGroup(agent));
      let best = -1;
      for (let i = 0; i < queues.length; i++) {
        const head = view.queueHead(queues[i] as number);
        if (head < 0 || !view.canServe(agent, head)) continue;
        if (best < 0 || before(view, head, best)) best = head;
        // A due head beats everything behind it (due callbacks behind it have later promises).
        if (isRepeat(view, head) || repeatBonus === 0 || isDueCallback(view, head)) continue;
        // The oldest repeat behind the head: the only other contact of this queue that may beat it.
        let contact = head;
        for (let seen = 1; seen < CONTEXT_WALK_LIMIT; seen++) {
          contact = view.queueNext(contact);
          if (contact < 0 || !view.canServe(agent, contact)) break;
          if (isRepeat(view, contact)) {
            if (before(view, contact, best)) best = contact;
            break;
          }
        }
      }
      return best;
    },
  };
};
