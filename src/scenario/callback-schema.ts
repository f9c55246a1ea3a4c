import { z } from 'zod';
import type { CallbackDefinition, WaitPredictorName } from '../model/definition';
import { MAX_ATTEMPTS, MAX_MAGNITUDE } from './limits';
import { describeValue, duration, integer, share, strictObject } from './schema-parts';
import { formatDuration } from './units';

/**
 * The callback part of a contact type: a customer who would wait longer than
 * `offerWhenWaitAbove` is offered a callback (virtual hold or a scheduled call back). That only
 * voice and chat contacts may have one, and that `promise` goes with scheduled mode only, is
 * checked in `callback-cross-check.ts`; the model is built in `callback-build.ts`.
 *
 * @module
 */

/** The values of `callback.mode`, in documentation order. */
export const CALLBACK_MODES = ['virtual-hold', 'scheduled'] as const satisfies readonly CallbackDefinition['mode'][];

/** The values of `callback.predictor`, in documentation order; the first is the default. */
export const WAIT_PREDICTORS = ['queue-position', 'last-wait', 'moving-average'] as const satisfies readonly WaitPredictorName[];

/** Defaults of the optional callback fields (durations in seconds). */
export const DEFAULT_CALLBACK = {
  predictor: 'queue-position',
  window: 0,
  noAnswer: 0,
  attemptTime: 30,
  retryAfter: 600,
  maxAttempts: 3,
} as const;

/**
 * How likely the customer accepts the offer, given the predicted wait: a probability, or
 * `{ base, perMinute = 0 }` for `min(1, max(0, base + perMinute × predicted minutes))`.
 * `perMinute` may be any finite number (customers facing longer waits usually accept more often).
 */
export const acceptanceSchema = z.union(
  [
    share('acceptance'),
    strictObject({
      base: share('acceptance base'),
      perMinute: z
        .number({ error: (issue) => `perMinute must be a finite number, got ${describeValue(issue.input)}` })
        .min(-MAX_MAGNITUDE, { error: (issue) => `perMinute must be between ${-MAX_MAGNITUDE} and ${MAX_MAGNITUDE}, got ${describeValue(issue.input)}` })
        .max(MAX_MAGNITUDE, { error: (issue) => `perMinute must be between ${-MAX_MAGNITUDE} and ${MAX_MAGNITUDE}, got ${describeValue(issue.input)}` })
        .default(0),
    }),
  ],
  { error: (issue) => `must be a probability or { base, perMinute }, got ${describeValue(issue.input)}` },
);

/**
 * Callback offers of a contact type (voice and chat only):
 * `{ mode, offerWhenWaitAbove, predictor = queue-position, acceptance, promise (scheduled only),
 * window = 0, noAnswer = 0, attemptTime = 30s, retryAfter = 10m, maxAttempts = 3 }`.
 */
export const callbackSchema = strictObject({
  /** `virtual-hold`: keep the place in line; `scheduled`: called back at a promised time. */
  mode: z.enum(CALLBACK_MODES),
  /** Offer a callback when the predicted wait exceeds this (≥ 0). */
  offerWhenWaitAbove: duration({ min: 0 }),
  predictor: z.enum(WAIT_PREDICTORS).default(DEFAULT_CALLBACK.predictor),
  acceptance: acceptanceSchema,
  /** Scheduled mode: the customer is called back this long after the offer (> 0). */
  promise: duration({ min: 0, exclusive: true }).optional(),
  /** Slack of the promise: reached within `window` of the promised time still keeps it. */
  window: duration({ min: 0 }).prefault(DEFAULT_CALLBACK.window),
  /** Probability that the customer does not answer a call-back attempt. */
  noAnswer: share('noAnswer').default(DEFAULT_CALLBACK.noAnswer),
  /** How long an agent spends on an unanswered attempt. */
  attemptTime: duration({ min: 0 }).prefault(formatDuration(DEFAULT_CALLBACK.attemptTime)),
  /** Delay before the next attempt after an unanswered one. */
  retryAfter: duration({ min: 0 }).prefault(formatDuration(DEFAULT_CALLBACK.retryAfter)),
  /** Attempts before the callback is given up (the contact then counts as abandoned). */
  maxAttempts: integer(1, 'maxAttempts', MAX_ATTEMPTS).default(DEFAULT_CALLBACK.maxAttempts),
});

/** A callback spec after the schema pass (durations in seconds). */
export type ParsedCallback = z.output<typeof callbackSchema>;
