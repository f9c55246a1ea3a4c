import type { ModelDefinition, RoutingDefinition } from '../model/definition';
import { didYouMean } from '../util/closest-name';
import { AGENT_AFFINITY, agentAffinityPolicy, checkAgentAffinityOptions } from './agent-affinity';
import { BEST_SKILL, bestSkillPolicy } from './best-skill';
import { CONTEXT_AWARE, checkContextAwareOptions, contextAwarePolicy } from './context-aware';
import { LEAST_OCCUPIED, checkLeastOccupiedOptions, leastOccupiedPolicy } from './least-occupied';
import { LITERATURE_POLICIES } from './literature-policies';
import { LONGEST_IDLE_AGENT, longestIdleAgentPolicy } from './longest-idle-agent';
import type { OptionIssue, PolicyOptionChecker } from './option-issues';
import { describeValue, isPlainRecord, optionKeyIssues } from './options';
import type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
import { RANDOM_AGENT, randomAgentPolicy } from './random-agent';
import { SKILLS_PRIORITY, checkSkillsPriorityOptions, skillsPriorityPolicy } from './skills-priority';
import { VALUE_BASED, checkValueBasedOptions, valueBasedPolicy } from './value-based';

/** A registered policy: its factory, a one-line description and, optionally, its option checker. */
export interface PolicyEntry {
  /** Creates the policy for one run from its {@link RoutingContext} (model, random stream, `routing.options`). */
  readonly factory: RoutingPolicyFactory;
  /** One-line description, as listed by {@link PolicyRegistry.describe}. */
  readonly description: string;
  /**
   * Checks `routing.options` without creating the policy, so that scenario validation reports bad
   * options with the scenario's other problems. Without it the options are checked only when the
   * factory runs.
   */
  readonly checkOptions?: PolicyOptionChecker;
}

/** Optional parts of a registration (see {@link PolicyRegistry.register}). */
export interface PolicyRegistration {
  /**
   * Checks the policy's options during scenario validation (`validate`, `resolveScenario`,
   * `simulate`), returning every problem; see {@link PolicyOptionChecker}.
   * @default none: options are checked by the factory, at run time
   */
  readonly checkOptions?: PolicyOptionChecker;
}

/** The checker of a policy that takes no options. */
function noOptions(policy: string): PolicyOptionChecker {
  return ({ options }) => optionKeyIssues(policy, options, []);
}

/** A policy's name and description, as listed by {@link PolicyRegistry.describe}. */
export interface PolicyDescription {
  /** The name the policy is registered under (`routing.policy`). */
  readonly name: string;
  /** One-line description of the policy. */
  readonly description: string;
}

/** What {@link PolicyRegistry.create} needs besides the definition (the options come from it). */
export type PolicyCreationContext = Pick<RoutingContext, 'model' | 'random'>;

/** The policies that ship with routelab, by name (frozen). */
export const BUILT_IN_POLICIES: Readonly<Record<string, PolicyEntry>> = Object.freeze({
  [AGENT_AFFINITY]: Object.freeze({
    factory: agentAffinityPolicy,
    checkOptions: checkAgentAffinityOptions,
    description:
      'repeat contacts wait up to waitLimit for the agent who served the customer last; otherwise longest-idle agent, FIFO within priority',
  }),
  [BEST_SKILL]: Object.freeze({
    factory: bestSkillPolicy,
    checkOptions: noOptions(BEST_SKILL),
    description: 'most proficient free agent in the primary skill; agents take the work they are best at',
  }),
  [CONTEXT_AWARE]: Object.freeze({
    factory: contextAwarePolicy,
    checkOptions: checkContextAwareOptions,
    description:
      'route by segment, value and contact history: repeat and high-value contacts first (with aging), to the most proficient agent',
  }),
  [LEAST_OCCUPIED]: Object.freeze({
    factory: leastOccupiedPolicy,
    checkOptions: checkLeastOccupiedOptions,
    description: 'free agent of the least busy site (or group); contacts FIFO within priority',
  }),
  [LONGEST_IDLE_AGENT]: Object.freeze({
    factory: longestIdleAgentPolicy,
    checkOptions: noOptions(LONGEST_IDLE_AGENT),
    description: 'longest-idle eligible agent; contacts FIFO within priority',
  }),
  [RANDOM_AGENT]: Object.freeze({
    factory: randomAgentPolicy,
    checkOptions: noOptions(RANDOM_AGENT),
    description: 'uniformly random free eligible agent; contacts FIFO within priority',
  }),
  [SKILLS_PRIORITY]: Object.freeze({
    factory: skillsPriorityPolicy,
    checkOptions: checkSkillsPriorityOptions,
    description: 'ordered agent groups per contact type and ordered contact types per group, as ACDs are configured',
  }),
  [VALUE_BASED]: Object.freeze({
    factory: valueBasedPolicy,
    checkOptions: checkValueBasedOptions,
    description: 'highest priority + segment value + waiting time / agingTime first; longest-idle agent',
  }),
  ...LITERATURE_POLICIES,
});

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Routing policies by name. `new PolicyRegistry()` is empty; {@link PolicyRegistry.withBuiltIns}
 * holds the built-in policies. There is no global registry: each caller owns its own.
 *
 * @example
 * ```ts
 * const registry = PolicyRegistry.withBuiltIns().register('my-policy', myFactory, 'what it does');
 * const policy = registry.create({ policy: 'my-policy', options: {} }, { model, random });
 * ```
 */
export class PolicyRegistry {
  private readonly entries = new Map<string, PolicyEntry>();

  /** A registry holding the {@link BUILT_IN_POLICIES}. */
  static withBuiltIns(): PolicyRegistry {
    const registry = new PolicyRegistry();
    for (const [name, entry] of Object.entries(BUILT_IN_POLICIES)) registry.entries.set(name, entry);
    return registry;
  }

  /**
   * Adds a policy.
   *
   * @param name - kebab-case: lower-case letters and digits in words joined by single hyphens, starting with a letter
   * @param factory - creates the policy for one run
   * @param description - one line for listings
   * @param registration - optional parts, e.g. `{ checkOptions }` so that scenario validation
   *   checks the policy's options (see {@link PolicyRegistration})
   * @returns this registry, for chaining
   * @throws RangeError on an invalid or already registered name; TypeError if `factory` or
   *   `checkOptions` is not a function
   */
  register(name: string, factory: RoutingPolicyFactory, description = '', registration: PolicyRegistration = {}): this {
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new RangeError(
        `PolicyRegistry.register: name must be kebab-case (lower-case letters and digits, words joined by '-', starting with a letter), got ${describeValue(name)}`,
      );
    }
    if (typeof factory !== 'function') {
      throw new TypeError(`PolicyRegistry.register: factory of '${name}' must be a function, got ${describeValue(factory)}`);
    }
    const checkOptions: unknown = registration?.checkOptions;
    if (checkOptions !== undefined && typeof checkOptions !== 'function') {
      throw new TypeError(`PolicyRegistry.register: checkOptions of '${name}' must be a function, got ${describeValue(checkOptions)}`);
    }
    if (this.entries.has(name)) throw new RangeError(`PolicyRegistry.register: policy '${name}' is already registered`);
    const entry: PolicyEntry =
      // Stryker disable next-line ConditionalExpression: an entry with checkOptions: undefined reads the same (its one reader tests for undefined); the split only satisfies exactOptionalPropertyTypes
      checkOptions === undefined ? { factory, description } : { factory, description, checkOptions: checkOptions as PolicyOptionChecker };
    this.entries.set(name, Object.freeze(entry));
    return this;
  }

  /**
   * Checks the options of `definition.policy` without creating it: with the policy's own checker
   * when it declared one (all built-in policies do), else only that the options are an object.
   * Returns every problem, with paths below `routing.options`; nothing for an unregistered policy
   * (that is reported elsewhere). A checker that throws is reported as one problem.
   *
   * @param model - the resolved model, when the rest of the scenario is valid (then names used in
   *   the options are checked too)
   */
  checkOptions(definition: RoutingDefinition, model?: ModelDefinition): OptionIssue[] {
    // Stryker disable next-line ConditionalExpression: the keys are strings, so a policy that is not one is not found either
    const entry = typeof definition.policy === 'string' ? this.entries.get(definition.policy) : undefined;
    if (entry === undefined) return [];
    const options: unknown = definition.options ?? {};
    if (entry.checkOptions === undefined) {
      return isPlainRecord(options) ? [] : [{ path: [], message: `must be an object, got ${describeValue(options)}`, wrongType: true }];
    }
    try {
      return [...entry.checkOptions({ options, model })];
    } catch (error) {
      return [{ path: [], message: `the option checker of policy '${definition.policy}' failed: ${error instanceof Error ? error.message : String(error)}` }];
    }
  }

  /** True when a policy of that name is registered. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The registered names, sorted. */
  names(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** Name and description of each registered policy, sorted by name. */
  describe(): PolicyDescription[] {
    return this.names().map((name) => ({ name, description: this.entries.get(name)!.description }));
  }

  /**
   * Creates the policy `definition.policy` with `definition.options` for one run.
   *
   * @throws TypeError if `definition.policy` is not a string or `definition.options` not an object
   * @throws RangeError on an unknown name, e.g.
   *   `routing.policy: unknown policy 'bestskill'; did you mean 'best-skill'? Known policies: best-skill, ...`;
   *   and whatever the factory throws on bad options
   */
  create(definition: RoutingDefinition, context: PolicyCreationContext): RoutingPolicy {
    const name: unknown = definition.policy;
    if (typeof name !== 'string') {
      throw new TypeError(`routing.policy: must be a string naming a routing policy, got ${describeValue(name)}`);
    }
    const entry = this.entries.get(name);
    if (entry === undefined) {
      const names = this.names();
      const known = names.length > 0 ? names.join(', ') : '(none registered)';
      throw new RangeError(`routing.policy: unknown policy '${name}'${didYouMean(name, names) || '.'} Known policies: ${known}`);
    }
    const options: unknown = definition.options ?? {};
    if (!isPlainRecord(options)) throw new TypeError(`routing.options: must be an object, got ${describeValue(options)}`);
    return entry.factory({ model: context.model, random: context.random, options });
  }
}
