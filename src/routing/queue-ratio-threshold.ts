import { ContactState } from '../model/contact-table';
import type { ModelDefinition } from '../model/definition';
import type { ContactCenterView } from '../model/view';
import { didYouMean } from '../util/closest-name';
import { qualifiedGroups } from './eligibility';
import { readNumberByName } from './option-maps';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import { describeValue, isPlainRecord } from './options';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { isDueCallback, longestIdleAgent, precedes } from './selectors';

/** Registered name of {@link queueRatioThresholdPolicy}. */
export const QUEUE_RATIO_THRESHOLD = 'fixed-queue-ratio-threshold';

/** Options of the `fixed-queue-ratio-threshold` policy (`routing.options`). */
export interface QueueRatioThresholdOptions {
  /**
   * For each contact type (by name), its home agent groups (by name), which serve it without
   * conditions. Types not listed: the qualified groups most proficient in the type's primary skill.
   */
  readonly homeGroups?: Readonly<Record<string, readonly string[]>>;
  /** Queue ratio r_i of each contact type (by name), ≥ 0. @default 1 */
  readonly ratios?: Readonly<Record<string, number>>;
  /** Sharing threshold k_i of each contact type (by name), ≥ 0. @default 5 */
  readonly thresholds?: Readonly<Record<string, number>>;
}

const OPTION_KEYS = ['homeGroups', 'ratios', 'thresholds'] as const;

/** The default home groups of a type: the qualified groups with the highest proficiency in its primary skill. */
function defaultHomes(model: ModelDefinition, type: number): number[] {
  const groups = qualifiedGroups(model, type);
  const primary = model.contactTypes[type]!.requirements[0];
  if (primary === undefined) return groups;
  const level = (g: number): number => model.agentGroups[g]!.proficiency[primary.skill] ?? 0;
  const top = Math.max(...groups.map(level));
  return groups.filter((g) => level(g) === top);
}

function readHomes(reader: OptionReader, model: ModelDefinition | undefined): Uint8Array {
  const types = model?.contactTypes.length ?? 0;
  const groups = model?.agentGroups.length ?? 0;
  const home = new Uint8Array(types * groups);
  const given = new Set<number>();
  const raw = reader.options['homeGroups'];
  if (raw !== undefined && !isPlainRecord(raw)) reader.add(['homeGroups'], `must be an object mapping contact type names to lists of agent group names, got ${describeValue(raw)}`, true);
  else if (raw !== undefined) {
    const typeNames = model?.contactTypes.map((t) => t.name);
    const groupNames = model?.agentGroups.map((g) => g.name);
    for (const [typeName, list] of Object.entries(raw)) {
      // Stryker disable next-line UnaryOperator: without a model (no names) the type is read only by the given set, which nothing reads then
      const type = typeNames?.indexOf(typeName) ?? -1;
      if (typeNames !== undefined && type < 0) reader.add(['homeGroups', typeName], `unknown contact type '${typeName}'${didYouMean(typeName, typeNames)}`);
      if (!Array.isArray(list) || list.length === 0) {
        reader.add(['homeGroups', typeName], `must be a non-empty array of agent group names, got ${describeValue(list)}`, true);
        continue;
      }
      list.forEach((name: unknown, i) => {
        // Stryker disable next-line ConditionalExpression,UnaryOperator: a non-string is never found among the names (-1 either way) and has its issue below; without a model the table is empty
        const group = typeof name === 'string' ? (groupNames?.indexOf(name) ?? -1) : -1;
        if (typeof name !== 'string') reader.add(['homeGroups', typeName, i], `must be a string (an agent group name), got ${describeValue(name)}`, true);
        else if (groupNames !== undefined && group < 0) reader.add(['homeGroups', typeName, i], `unknown agent group '${name}'${didYouMean(name, groupNames)}`);
        else {
          // Stryker disable next-line ConditionalExpression,LogicalOperator: an unknown type or group has an issue (no policy is made); without a model the table is empty and a write to it is ignored
          if (type >= 0 && group >= 0) home[type * groups + group] = 1;
        }
      });
      // Stryker disable next-line ConditionalExpression: type is -1 only for an unknown name (an issue: no policy is made) or without a model (nothing is built)
      if (type >= 0) given.add(type);
    }
  }
  // Stryker disable next-line ConditionalExpression: without a model there are 0 types, so the loop does nothing
  if (model !== undefined) {
    for (let t = 0; t < types; t++) if (!given.has(t)) for (const g of defaultHomes(model, t)) home[t * groups + g] = 1;
  }
  return home;
}

function readOptions(options: unknown, model: ModelDefinition | undefined) {
  const reader = new OptionReader(QUEUE_RATIO_THRESHOLD, options, OPTION_KEYS);
  const names = model?.contactTypes.map((t) => t.name);
  const home = readHomes(reader, model);
  const ratios = readNumberByName(reader, 'ratios', 'contact type', names, 1, { min: 0 });
  const thresholds = readNumberByName(reader, 'thresholds', 'contact type', names, 5, { min: 0 });
  return { reader, home, ratios, thresholds };
}

/** Checks the options of {@link queueRatioThresholdPolicy} (every problem, without creating the policy). */
export const checkQueueRatioThresholdOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `fixed-queue-ratio-threshold` (FQR-T): Perry & Whitt (2009), "Responding to unexpected overloads
 * in large-scale service systems", *Management Science* 55(8). Agents serve their home contact
 * types; a group helps another type only under real overload, when that type's queue exceeds the
 * group's own by more than a threshold: Q_i − r_i · Q_home(j) > k_i, where Q_i counts the waiting
 * contacts of type i and Q_home(j) those of group j's home types. Sharing then keeps the queues near
 * that ratio; it stops by itself when the overload passes. Sharing in both directions at once is
 * excluded as in the paper, since a type only borrows while its own queue is the longer.
 *
 * - **selectContact**: due callbacks the agent can serve first, of any type (a promise outranks the
 *   thresholds, as in every built-in policy); then the non-home type with
 *   the largest positive excess Q_i − r_i · Q_home − k_i (its oldest contact); then the home types
 *   in the default order; otherwise the agent stays idle (even with non-home contacts waiting).
 * - **selectAgent**: the longest-idle home agent; else, for a due callback, any free eligible agent;
 *   else, when the contact's type is over its threshold against a non-home group (the contact
 *   itself counted), that group's longest-idle agent.
 *
 * The overflow protection `sourceQueueAtLeast: n` is the special case r = 0, k = n − 1 (share when
 * the source queue holds n, whatever the helping group's own queue), applied after an overflow
 * delay; FQR-T compares the two queues, so a busy helping group shares less.
 *
 * @throws RangeError on unknown options, unknown names, or a negative ratio or threshold
 */
export const queueRatioThresholdPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model } = context;
  const { reader, home, ratios, thresholds } = readOptions(context.options, model);
  reader.throwIfAny();
  const groups = model.agentGroups.length;
  const types = model.contactTypes.length;
  const homeGroupsOf = Array.from({ length: types }, (_, t) => {
    const out: number[] = [];
    for (let g = 0; g < groups; g++) if (home[t * groups + g] === 1) out.push(g);
    return out;
  });
  // The home types of each group, in type order: a group's home queue sums only those.
  const homeTypesOf = Array.from({ length: groups }, (_, g) => {
    const out: number[] = [];
    // Stryker disable next-line EqualityOperator: one step past the last type reads past the end of the table: undefined, never 1
    for (let t = 0; t < types; t++) if (home[t * groups + g] === 1) out.push(t);
    return out;
  });
  const homeQueue = (view: ContactCenterView, group: number): number => {
    const list = homeTypesOf[group]!;
    let q = 0;
    for (let i = 0; i < list.length; i++) q += view.waitingOfType(list[i]!);
    return q;
  };
  const excess = (view: ContactCenterView, type: number, group: number, extra: number): number =>
    view.waitingOfType(type) + extra - (ratios[type] as number) * homeQueue(view, group) - (thresholds[type] as number);

  return {
    selectAgent(contact, view) {
      const type = view.contactType(contact);
      const own = longestIdleAgent(view, contact, homeGroupsOf[type]!);
      if (own >= 0) return own;
      // A due callback goes to any free agent who can serve it: a promise outranks the thresholds.
      if (isDueCallback(view, contact)) return longestIdleAgent(view, contact, view.eligibleGroups(type));
      // A new contact is not counted among the waiting yet: count it.
      const extra = view.contactState(contact) === ContactState.waiting ? 0 : 1;
      // (The home groups need not be left out: none of them has a free agent who can serve the contact, own < 0 above.)
      const helpers = view.eligibleGroups(type).filter((g) => excess(view, type, g, extra) > 0);
      return longestIdleAgent(view, contact, helpers);
    },
    selectContact(agent, view) {
      const group = view.agentGroup(agent);
      let due = -1;
      let shared = -1;
      let sharedExcess = 0;
      let own = -1;
      for (const q of view.servedQueues(group)) {
        const c = view.queueHead(q);
        if (c < 0 || !view.canServe(agent, c)) continue;
        const type = view.contactType(c);
        if (isDueCallback(view, c) && (due < 0 || precedes(view, c, due))) due = c;
        if (home[type * groups + group] === 1) {
          if (own < 0 || precedes(view, c, own)) own = c;
          continue;
        }
        const e = excess(view, type, group, 0);
        // (sharedExcess is 0 until a shared contact is found, so the first with e > 0 is taken.)
        if (e > 0 && (e > sharedExcess || (e === sharedExcess && precedes(view, c, shared)))) {
          shared = c;
          sharedExcess = e;
        }
      }
      if (due >= 0) return due;
      return shared >= 0 ? shared : own;
    },
  };
};
