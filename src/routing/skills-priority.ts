import type { ModelDefinition } from '../model/definition';
import { didYouMean } from '../util/closest-name';
import { ineligibilityReason, qualifiedGroups, qualifiedTypes } from './eligibility';
import type { PolicyOptionChecker } from './option-issues';
import { OptionReader } from './option-reader';
import { describeValue, isPlainRecord } from './options';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { uniformFreeAgent } from './random-agent';
import { firstFreeAgentInOrder, isDueCallback, oldestContactOfType, precedes } from './selectors';

/** Registered name of {@link skillsPriorityPolicy}. */
export const SKILLS_PRIORITY = 'skills-priority';

/** Options of the `skills-priority` policy (`routing.options`). */
export interface SkillsPriorityOptions {
  /**
   * For each contact type (by name), the agent groups (by name) to try in order when a contact
   * arrives. Every group listed must be able to serve the type. Types not listed use the default.
   * @default all groups able to serve the type, in group id order
   */
  readonly groupsByType?: Readonly<Record<string, readonly string[]>>;
  /**
   * For each agent group (by name), the contact types (by name) it serves, in order, when one of
   * its agents frees up. Every type listed must be one the group can serve. Groups not listed use
   * the default.
   * @default all types the group can serve, by contact-type priority (highest first), then type id
   */
  readonly typesByGroup?: Readonly<Record<string, readonly string[]>>;
  /**
   * How a freed agent picks among the types of its list: `lists`, the first type in list order
   * with a waiting contact; `default-order`, the first contact in the default order across the
   * listed types (higher type priority, then longest wait): with equal priorities, the contact
   * waiting longest, as ContactCenters' `SingleFIFOQueueRouter`; `first-then-default-order`, the
   * first listed type when it has a waiting contact, else the default order across the others (the
   * ContactCenters Bank example's router).
   * @default 'lists'
   */
  readonly contactOrder?: 'lists' | 'default-order' | 'first-then-default-order';
  /**
   * Contact types (by name) whose arriving contacts go to a uniformly random free agent of their
   * groups rather than the first group in list order (ContactCenters' `selectUniform`); one uniform
   * is drawn from the routing stream per arrival of these types, whether or not an agent is free.
   * @default []
   */
  readonly uniformAgentFor?: readonly string[];
}

const OPTION_KEYS = ['groupsByType', 'typesByGroup', 'contactOrder', 'uniformAgentFor'] as const;
const CONTACT_ORDERS = ['lists', 'default-order', 'first-then-default-order'] as const;
type ContactOrder = (typeof CONTACT_ORDERS)[number];

/**
 * Reads the options, recording every problem in the reader. Without a model only the shapes are
 * checked (objects of non-empty lists of distinct strings); with one, the names and whether each
 * group can serve each type too.
 */
function readOptions(
  options: unknown,
  model: ModelDefinition | undefined,
): { reader: OptionReader; byType: Map<number, number[]>; byGroup: Map<number, number[]>; order: ContactOrder; uniform: Set<number> } {
  const reader = new OptionReader(SKILLS_PRIORITY, options, OPTION_KEYS);
  const typeNames = model?.contactTypes.map((t) => t.name);
  const groupNames = model?.agentGroups.map((g) => g.name);
  const byType = readLists(reader, {
    option: 'groupsByType',
    keyKind: 'contact type',
    keyNames: typeNames,
    valueKind: 'agent group',
    valueNames: groupNames,
    // Asked only about names found in the model's lists, so only with a model.
    reason: (type, group) => cannotServe(model as ModelDefinition, group, type),
  });
  const byGroup = readLists(reader, {
    option: 'typesByGroup',
    keyKind: 'agent group',
    keyNames: groupNames,
    valueKind: 'contact type',
    valueNames: typeNames,
    reason: (group, type) => cannotServe(model as ModelDefinition, group, type),
  });
  const order = reader.options['contactOrder'];
  if (order !== undefined && !CONTACT_ORDERS.includes(order as never)) {
    reader.add(['contactOrder'], `must be one of ${CONTACT_ORDERS.map((o) => `'${o}'`).join(', ')}, got ${describeValue(order)}`, typeof order !== 'string');
  }
  const uniform = new Set<number>();
  const rawUniform = reader.options['uniformAgentFor'];
  if (rawUniform !== undefined) {
    if (!Array.isArray(rawUniform)) reader.add(['uniformAgentFor'], `must be an array of contact type names, got ${describeValue(rawUniform)}`, true);
    else {
      rawUniform.forEach((name: unknown, i) => {
        if (typeof name !== 'string') reader.add(['uniformAgentFor', i], `must be a string (the name of one contact type), got ${describeValue(name)}`, true);
        else if (typeNames !== undefined && !typeNames.includes(name)) reader.add(['uniformAgentFor', i], `unknown contact type '${name}'${didYouMean(name, typeNames)}`);
        else if (typeNames !== undefined) uniform.add(typeNames.indexOf(name));
      });
    }
  }
  return { reader, byType, byGroup, order: (order as ContactOrder | undefined) ?? 'lists', uniform };
}

/** Checks the options of {@link skillsPriorityPolicy} (every problem, without creating the policy). */
export const checkSkillsPriorityOptions: PolicyOptionChecker = ({ options, model }) => readOptions(options, model).reader.issues;

/**
 * `skills-priority`: static priority lists, as ACDs are configured (skill-based routing with
 * ordered agent groups per contact type and ordered contact types per group).
 *
 * - **selectAgent**: the groups of the contact's type are tried in their list order
 *   (`groupsByType`); the first group with a free agent who can serve the contact gives its
 *   longest-idle such agent.
 * - **selectContact**: first the due callbacks (scheduled callbacks whose promised time has come,
 *   and due retries) of the types in the group's list that the agent can serve, in the order of
 *   `compareDueCallbacks` (within their promise before past it, then earliest promise), whatever
 *   the list order (a promise made to a customer outranks the static lists; see
 *   `compareDueCallbacks`); then the types of the agent's group are tried in their list order
 *   (`typesByGroup`); the first type with a waiting contact the agent can serve gives its oldest
 *   one across the type's segment queues (default order: earlier `contactQueuedAt`, then smaller
 *   `contactSerial`). Types not in the group's list are never taken, due callbacks included.
 *   With `contactOrder: 'default-order'` the list only says which types the group takes: the
 *   contact first in the default order across them (priority, then longest wait) is taken.
 * - `uniformAgentFor` types go to a uniformly random free agent of their groups (one draw per
 *   arrival of such a type; other types draw nothing, so scenarios without the option keep their draws).
 *
 * @throws RangeError / TypeError on unknown options, unknown or duplicate names, or a group listed
 *   for a type it cannot serve, every problem at once, each naming the option path, e.g.
 *   `routing.options.groupsByType.billing[1]: unknown agent group 'tier3'; did you mean 'tier2'?`
 */
export const skillsPriorityPolicy: RoutingPolicyFactory = (context: RoutingContext): RoutingPolicy => {
  const { model, options } = context;
  const { reader, byType, byGroup, order, uniform } = readOptions(options, model);
  const longestWait = order !== 'lists';
  const firstType = order === 'first-then-default-order';
  reader.throwIfAny();
  const random = context.random;
  const groupsOfType = model.contactTypes.map((_, t) => qualifiedGroups(model, t));
  const typesOfGroup = model.agentGroups.map((_, g) => defaultTypeOrder(model, g));
  for (const [type, groups] of byType) groupsOfType[type] = groups;
  for (const [group, types] of byGroup) typesOfGroup[group] = types;

  return {
    selectAgent(contact, view) {
      const type = view.contactType(contact);
      const groups = groupsOfType[type] as number[];
      if (uniform.has(type)) {
        const u = random.next();
        return uniformFreeAgent(view, contact, groups, u);
      }
      return firstFreeAgentInOrder(view, contact, groups);
    },
    selectContact(agent, view) {
      const types = typesOfGroup[view.agentGroup(agent)] as number[];
      // The first contact of each type in the default order is its earliest-promise due callback
      // if it has one, so one pass finds both the due callback to take and the contact to take:
      // the list's first (lists), the first in the default order (default-order), or the first
      // type's when it has one, else the first in the default order (first-then-default-order).
      let first = -1;
      let due = -1;
      // Stryker disable next-line BooleanLiteral: set with the first contact found, before it is read
      let pinned = false;
      for (let i = 0; i < types.length; i++) {
        const contact = oldestContactOfType(view, agent, types[i] as number);
        if (contact < 0) continue;
        if (isDueCallback(view, contact) && (due < 0 || precedes(view, contact, due))) due = contact;
        if (first < 0) {
          first = contact;
          pinned = firstType && i === 0;
        } else if (longestWait && !pinned && precedes(view, contact, first)) first = contact;
      }
      return due >= 0 ? due : first;
    },
  };
};

/** Types `group` can serve, by priority (highest first), then id. */
function defaultTypeOrder(model: ModelDefinition, group: number): number[] {
  const priority = (t: number): number => model.contactTypes[t]!.priority;
  // qualifiedTypes lists them by id and sort is stable, so equal priorities stay in id order.
  return qualifiedTypes(model, group).sort((a, b) => priority(b) - priority(a));
}

/** `"group 'x' cannot serve contact type 'y': <reason>"`, or null when it can. */
function cannotServe(model: ModelDefinition, group: number, type: number): string | null {
  const why = ineligibilityReason(model, group, type);
  if (why === null) return null;
  return `group '${model.agentGroups[group]!.name}' cannot serve contact type '${model.contactTypes[type]!.name}': ${why}`;
}

/** How to read one `Record<keyName, valueName[]>` option. */
interface ListsSpec {
  /** Option name. */
  readonly option: string;
  readonly keyKind: string;
  /** The names keys may take; undefined: not checked (no model). */
  readonly keyNames: readonly string[] | undefined;
  readonly valueKind: string;
  /** The names values may take; undefined: not checked (no model). */
  readonly valueNames: readonly string[] | undefined;
  /** Why a value may not be listed under a key, or null when it may. */
  readonly reason: (key: number, value: number) => string | null;
}

/**
 * Validates one `Record<keyName, valueName[]>` option, recording every problem in `reader`;
 * returns the lists as ids by key id (none when the names are not checked), meaningful only when
 * no problem was recorded (a factory throws otherwise).
 */
function readLists(reader: OptionReader, spec: ListsSpec): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const { option, keyKind, keyNames, valueKind, valueNames } = spec;
  const raw = reader.options[option];
  if (raw === undefined) return out;
  if (!isPlainRecord(raw)) {
    reader.add([option], `must be an object mapping ${keyKind} names to lists of ${valueKind} names, got ${describeValue(raw)}`, true);
    return out;
  }
  for (const [keyName, list] of Object.entries(raw)) {
    // Stryker disable next-line UnaryOperator: without the names (no model) the lists are not used, only the problems
    const key = keyNames === undefined ? -1 : keyNames.indexOf(keyName);
    if (keyNames !== undefined && key < 0) reader.add([option, keyName], `unknown ${keyKind} '${keyName}'${didYouMean(keyName, keyNames)}`);
    if (!Array.isArray(list) || list.length === 0) {
      reader.add([option, keyName], `must be a non-empty array of ${valueKind} names, got ${describeValue(list)}`, true);
      continue;
    }
    const ids: number[] = [];
    const seen = new Set<string>();
    list.forEach((valueName: unknown, i) => {
      const at = [option, keyName, i];
      if (typeof valueName !== 'string') {
        reader.add(at, `must be a string (the name of one ${valueKind}), got ${describeValue(valueName)}`, true);
        return;
      }
      if (seen.has(valueName)) {
        reader.add(at, `${valueKind} '${valueName}' is listed twice`);
        return;
      }
      seen.add(valueName);
      if (valueNames === undefined) return;
      const value = valueNames.indexOf(valueName);
      if (value < 0) {
        reader.add(at, `unknown ${valueKind} '${valueName}'${didYouMean(valueName, valueNames)}`);
        return;
      }
      const why = key >= 0 ? spec.reason(key, value) : null;
      if (why !== null) {
        reader.add(at, why);
        return;
      }
      ids.push(value);
    });
    // Stryker disable next-line ConditionalExpression: key -1 is an unknown name (an issue: no policy is made) or no model (only the issues are read)
    if (key >= 0) out.set(key, ids);
  }
  return out;
}
