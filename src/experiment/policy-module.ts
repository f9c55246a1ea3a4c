import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PolicyOptionChecker } from '../routing/option-issues';
import { PolicyRegistry } from '../routing/registry';

/**
 * Custom routing policies for experiments that run on worker threads. A worker cannot receive
 * functions, so it imports them itself from an ES module:
 *
 * ```ts
 * // my-policies.ts (or .js/.mjs)
 * import type { RoutingPolicyFactory } from 'routelab';
 * export const policies: Record<string, RoutingPolicyFactory> = {
 *   'shortest-queue-first': (context) => ({ selectAgent: ..., selectContact: ... }),
 * };
 * // optional one-line descriptions for listings
 * export const descriptions: Record<string, string> = { 'shortest-queue-first': '...' };
 * // optional option checkers, so that bad routing.options are reported with the scenario's
 * // other problems before any run (see PolicyOptionChecker)
 * export const checkOptions: Record<string, PolicyOptionChecker> = { 'shortest-queue-first': ({ options }) => [] };
 * ```
 *
 * The module is imported once per thread (main and each worker) and its policies are registered
 * next to the built-in ones. Plain Node imports `.js`/`.mjs` files; a `.ts` module needs a
 * TypeScript loader (e.g. run with `node --import tsx`).
 *
 * @module
 */

/**
 * The URL to import a policy module from: a `URL`, a URL string (`file:`, `data:`, ...), or a file
 * path resolved against the current directory.
 *
 * @throws TypeError if `specifier` is neither a non-empty string nor a URL
 */
export function policyModuleUrl(specifier: string | URL): string {
  if (specifier instanceof URL) return specifier.href;
  if (typeof specifier !== 'string' || specifier.length === 0) {
    throw new TypeError(`policyModule: must be a file path or URL of an ES module, got ${String(specifier)}`);
  }
  // A scheme of two or more letters (one letter is a Windows drive: C:\...).
  if (/^[a-z][a-z0-9+.-]+:/i.test(specifier)) return specifier;
  return pathToFileURL(isAbsolute(specifier) ? specifier : resolve(process.cwd(), specifier)).href;
}

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
  if (typeof checkers !== 'object' || checkers === null || Array.isArray(checkers)) {
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
