import type { PolicyOptionChecker } from '../routing/option-issues';
import { PolicyRegistry } from '../routing/registry';

/**
 * Importing a policy module (see `policy-module.ts`), without Node built-ins so that the browser
 * build shares it.
 *
 * @module
 */

/**
 * Imports a policy module and returns a registry with the built-in policies plus the module's
 * `policies` (with their `descriptions` and `checkOptions`, when exported).
 *
 * @param url - as returned by {@link policyModuleUrl}
 * @throws TypeError if the module has no `policies` object of functions, or a `checkOptions` entry
 *   is not a function; RangeError on a name the registry refuses (not kebab-case, or a built-in name)
 */
export async function loadPolicyModule(url: string): Promise<PolicyRegistry> {
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`policyModule: cannot import ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const policies = module['policies'];
  if (typeof policies !== 'object' || policies === null || Array.isArray(policies)) {
    throw new TypeError(`policyModule: ${url} must export 'policies', an object of policy factories by name, got ${typeof policies}`);
  }
  const descriptions = (module['descriptions'] ?? {}) as Record<string, unknown>;
  const checkers = (module['checkOptions'] ?? {}) as Record<string, unknown>;
  // (null became {} above)
  if (typeof checkers !== 'object' || Array.isArray(checkers)) {
    throw new TypeError(`policyModule: 'checkOptions' in ${url} must be an object of option checkers by policy name, got ${typeof checkers}`);
  }
  const registry = PolicyRegistry.withBuiltIns();
  for (const [name, factory] of Object.entries(policies as Record<string, unknown>)) {
    if (typeof factory !== 'function') {
      throw new TypeError(`policyModule: policies['${name}'] in ${url} must be a function (a RoutingPolicyFactory), got ${typeof factory}`);
    }
    const description = typeof descriptions[name] === 'string' ? (descriptions[name] as string) : `custom policy from ${url}`;
    const checker = Object.prototype.hasOwnProperty.call(checkers, name) ? checkers[name] : undefined;
    if (checker !== undefined && typeof checker !== 'function') {
      throw new TypeError(`policyModule: checkOptions['${name}'] in ${url} must be a function (a PolicyOptionChecker), got ${typeof checker}`);
    }
    registry.register(
      name,
      factory as Parameters<PolicyRegistry['register']>[1],
      description,
      checker === undefined ? {} : { checkOptions: checker as PolicyOptionChecker },
    );
  }
  return registry;
}
