import type { CallbackDefinition } from '../model/definition';
import type { ParsedCallback } from './callback-schema';

/**
 * Resolves a contact type's `callback` into the model's {@link CallbackDefinition}:
 * `offerWhenWaitAbove` → `offerAbove`, a plain acceptance probability p → `{ base: p,
 * perMinute: 0 }`, `promise` → `promiseAfter` (0 in virtual-hold mode), `retryAfter` →
 * `retryDelay`. Call only on input that passed every check (`promise` is given exactly in
 * scheduled mode).
 *
 * @module
 */

/** The callback settings of a contact type; null when it has no `callback`. */
export function buildCallback(spec: ParsedCallback | undefined): CallbackDefinition | null {
  if (spec === undefined) return null;
  const acceptance = typeof spec.acceptance === 'number' ? { base: spec.acceptance, perMinute: 0 } : { ...spec.acceptance };
  return {
    mode: spec.mode,
    offerAbove: spec.offerWhenWaitAbove,
    predictor: spec.predictor,
    acceptance,
    promiseAfter: spec.mode === 'scheduled' ? (spec.promise ?? 0) : 0,
    window: spec.window,
    noAnswer: spec.noAnswer,
    attemptTime: spec.attemptTime,
    retryDelay: spec.retryAfter,
    maxAttempts: spec.maxAttempts,
  };
}
