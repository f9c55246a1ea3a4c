import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPolicyModule } from './policy-module-load';

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

export { loadPolicyModule };

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
