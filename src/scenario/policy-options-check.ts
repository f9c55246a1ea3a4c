import type { ModelDefinition } from '../model/definition';
import { PolicyRegistry } from '../routing/registry';
import type { IssueList, PathElement } from './errors';
import type { ParsedParts } from './parse-parts';

/**
 * The routing options pass: `routing.options` checked by the chosen policy's option checker
 * (every built-in policy has one; a custom policy may declare one when registered), so that bad
 * options are reported with every other problem of the scenario instead of when a run starts.
 *
 * @module
 */

let builtIns: PolicyRegistry | undefined;

/** The registry to check options with: the one given, else the built-in policies. */
export function optionRegistry(policies: PolicyRegistry | undefined): PolicyRegistry {
  if (policies !== undefined) return policies;
  builtIns ??= PolicyRegistry.withBuiltIns();
  return builtIns;
}

/**
 * Adds the problems of `routing.options` to `out`, at `routing.options.<path>`. Nothing when the
 * routing block did not parse (already reported) or the policy is not in `registry` (an unknown
 * policy is reported by the cross-reference pass; a custom policy unknown here is checked when
 * it runs).
 *
 * @param model - the resolved model when the rest of the scenario is valid, so that names used in
 *   options (e.g. `skills-priority` lists) are checked too; undefined otherwise
 */
export function checkPolicyOptions(parts: ParsedParts, model: ModelDefinition | undefined, registry: PolicyRegistry, out: IssueList): void {
  const routing = parts.fields.routing;
  if (routing === undefined) return;
  for (const issue of registry.checkOptions(routing, model)) {
    const path: PathElement[] = ['routing', 'options'];
    if (Array.isArray(issue?.path)) for (const p of issue.path) if (typeof p === 'string' || typeof p === 'number') path.push(p);
    out.add(path, typeof issue?.message === 'string' ? issue.message : String(issue?.message));
  }
}
