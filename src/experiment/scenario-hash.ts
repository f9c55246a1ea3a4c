import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { MetricsOptions } from '../metrics/collector';

/**
 * A short, stable fingerprint of what determines a study's results besides the seed: the
 * scenario input and the metric options. Key order does not matter (the JSON is written with
 * sorted keys); a change of any value does. The routing policy is part of the scenario; a custom
 * policy module is not hashed (its path differs between machines).
 *
 * @returns the first 16 hex digits of the SHA-256 of the canonical JSON
 */
export function scenarioHash(scenario: unknown, metrics: MetricsOptions = {}): string {
  // @noble/hashes rather than node:crypto: the same digest in a browser (the browser entry).
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ scenario, metrics })))).slice(0, 16);
}

/** JSON with object keys sorted at every level and `undefined` fields left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // Stryker disable next-line ConditionalExpression: JSON.stringify leaves out a key whose value is undefined
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
