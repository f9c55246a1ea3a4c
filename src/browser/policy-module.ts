import { loadPolicyModule } from '../experiment/policy-module-load';

/**
 * The browser build's policy modules (replaces `experiment/policy-module.ts`, which resolves file
 * paths with Node's `path`): a policy module is a URL, absolute or relative to the page.
 *
 * @module
 */

export { loadPolicyModule };

/**
 * The URL to import a policy module from: a `URL`, or a URL string resolved against the page
 * (`location.href`).
 *
 * @throws TypeError if `specifier` is neither a non-empty string nor a URL
 */
export function policyModuleUrl(specifier: string | URL): string {
  if (specifier instanceof URL) return specifier.href;
  if (typeof specifier !== 'string' || specifier.length === 0) {
    throw new TypeError(`policyModule: must be the URL of an ES module, got ${String(specifier)}`);
  }
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  return new URL(specifier, base).href;
}
