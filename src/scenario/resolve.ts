import type { ModelDefinition } from '../model/definition';
import type { PolicyRegistry } from '../routing/registry';
import { checkIndividualCounts, checkIndividualNames } from './agents-check';
import { addArrivalWarnings } from './arrival-warnings';
import { buildModel } from './build';
import { crossCheck } from './cross-check';
import { addEconomicsWarnings } from './economics-warnings';
import { IssueList, ScenarioError, type ScenarioIssue } from './errors';
import { addJourneyWarnings } from './journey-warnings';
import { addOverflowWarnings } from './overflow-warnings';
import { addLoadWarnings } from './load-warnings';
import { parseParts } from './parse-parts';
import { checkPolicyOptions, optionRegistry } from './policy-options-check';
import { checkRunSize } from './run-size';
import { checkSizes } from './size-checks';
import { checkUnresolvedExtends } from './unresolved-extends';
import { checkValues } from './value-checks';
import { addModelWarnings } from './warnings';

/**
 * From a user's scenario to the resolved model: schema pass (structure, types, defaults, units,
 * distributions), cross-reference pass (names), value checks, routing options (by the policy's
 * option checker), then the dense-id model and its warnings (staffing, load, journey, overflow,
 * unreachable types). Every problem is collected before returning.
 *
 * @module
 */

/** Options of {@link parseScenario} and {@link resolveScenario}. */
export interface ParseScenarioOptions {
  /**
   * Names of the registered routing policies. When given, `routing.policy` must be one of them
   * (with a suggestion on a typo); when omitted the policy name is not checked here.
   * @default undefined
   */
  readonly knownPolicies?: readonly string[];
  /**
   * The policies the scenario may use. `routing.options` are checked by the chosen policy's
   * option checker, if it has one (every built-in policy does; see `PolicyRegistry.register`),
   * and, unless `knownPolicies` is given, `routing.policy` must be one of its names.
   * @default the built-in policies, for the option checks only: options of a built-in policy are
   *   always checked; those of any other policy when it runs
   */
  readonly policies?: PolicyRegistry;
}

/** The outcome of {@link parseScenario}. */
export type ParseResult =
  | {
      readonly ok: true;
      /** The resolved model, ready for the engine. */
      readonly model: ModelDefinition;
      /** Things that are allowed but probably not intended. */
      readonly warnings: readonly ScenarioIssue[];
    }
  | {
      readonly ok: false;
      /** Every error found, each `{ path, message }`. */
      readonly errors: readonly ScenarioIssue[];
      /** Warnings found so far (value warnings only; model warnings need a valid model). */
      readonly warnings: readonly ScenarioIssue[];
    };

/**
 * Parses, fills in, validates and resolves a scenario, reporting every problem at once.
 *
 * @param input - the scenario as loaded from YAML or JSON, or written as an object
 * @param options - see {@link ParseScenarioOptions}
 * @returns `{ ok: true, model, warnings }` or `{ ok: false, errors, warnings }`
 *
 * @example
 * const result = parseScenario(YAML.parse(text), { knownPolicies: ['longest-idle-agent'] });
 * if (!result.ok) for (const e of result.errors) console.error(`${e.path}: ${e.message}`);
 */
export function parseScenario(input: unknown, options: ParseScenarioOptions = {}): ParseResult {
  const errors = new IssueList();
  const warnings = new IssueList();
  const parts = parseParts(input, errors);
  checkUnresolvedExtends(input, errors);
  crossCheck(input, { knownPolicies: options.knownPolicies ?? options.policies?.names() }, errors);
  checkIndividualNames(input, errors);
  checkValues(parts, errors, warnings, input);
  checkSizes(parts, errors);
  const registry = optionRegistry(options.policies);
  if (errors.length > 0 || !parts.complete) {
    checkPolicyOptions(parts, undefined, registry, errors);
    return { ok: false, errors: errors.inDocumentOrder(input), warnings: warnings.inDocumentOrder(input) };
  }
  const model = buildModel(parts);
  checkPolicyOptions(parts, model, registry, errors);
  checkRunSize(model, errors, warnings);
  checkIndividualCounts(model, errors);
  if (errors.length > 0) return { ok: false, errors: errors.inDocumentOrder(input), warnings: warnings.inDocumentOrder(input) };
  addModelWarnings(model, warnings);
  addLoadWarnings(model, warnings);
  addJourneyWarnings(model, warnings);
  addOverflowWarnings(model, warnings);
  addArrivalWarnings(model, warnings);
  addEconomicsWarnings(model, warnings);
  return { ok: true, model, warnings: warnings.inDocumentOrder(input) };
}

/**
 * Like {@link parseScenario} but returns the model directly.
 *
 * @throws ScenarioError listing every error, one `path: message` per line
 */
export function resolveScenario(input: unknown, options: ParseScenarioOptions = {}): ModelDefinition {
  const result = parseScenario(input, options);
  if (!result.ok) throw new ScenarioError(result.errors, result.warnings);
  return result.model;
}
