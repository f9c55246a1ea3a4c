import { ScenarioError } from '../scenario/errors';
import type { Variant } from './compare';

/**
 * Designs compared side by side must price in one currency: a difference of "12 000" between a
 * design in EUR and one in USD means nothing.
 *
 * @module
 */

/**
 * Checks that every design that names a currency (`costs.currency`) names the same one.
 *
 * @throws ScenarioError at `costs.currency`, naming each design's currency, when two differ
 */
export function checkSameCurrency(variants: readonly Variant[]): void {
  const named = variants
    .map((v) => ({ name: v.name, currency: (v.scenario as { costs?: { currency?: unknown } }).costs?.currency }))
    .filter((v): v is { name: string; currency: string } => typeof v.currency === 'string');
  // One currency, or none named at all (every() of nothing is true).
  if (named.every((v) => v.currency === named[0]!.currency)) return;
  const list = named.map((v) => `'${v.name}' in ${v.currency}`).join(', ');
  throw new ScenarioError([{ path: 'costs.currency', message: `the designs compared must use one currency, got ${list}` }]);
}
