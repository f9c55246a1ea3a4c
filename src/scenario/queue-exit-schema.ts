import { z } from 'zod';
import { distributionSpec } from './distribution-spec';
import { WAIT_PREDICTORS } from './callback-schema';
import { MAX_MAGNITUDE } from './limits';
import { describeValue, duration, name, share, strictObject } from './schema-parts';

/**
 * The queue-exit fields of a contact type (docs/queue-exits.md): `maxWait`, `closing`, `balking`,
 * `announcement`, `handleTimeByInterval` and `patienceByInterval`, and the scenario-wide
 * `closing`. Checks across fields (a re-route target, one balking form, a per-interval list's
 * length) are in `queue-exit-checks.ts`; the model is built in `queue-exit-build.ts`.
 *
 * @module
 */

/**
 * The values of `closing`: `keep` (contacts waiting at the horizon stay; the default),
 * `clear-queue` (cleared at the horizon) or `clear-when-unstaffed` (cleared at the horizon and
 * whenever no agent who may serve them is left on duty before: at each day's closing).
 */
export const CLOSING_MODES = ['keep', 'clear-queue', 'clear-when-unstaffed'] as const;

/** `closing`: what happens at closing to the contacts still waiting. */
export const closingSchema = z.enum(CLOSING_MODES);

/** `maxWait: { after, then }`: after `after` in queue the contact leaves to a voicemail, becomes a callback, or is re-routed. */
export const maxWaitSchema = strictObject({
  after: duration({ min: 0, exclusive: true }),
  then: z.union([z.enum(['voicemail', 'callback']), strictObject({ rerouteTo: name() })], {
    error: (issue) => `must be 'voicemail', 'callback' or { rerouteTo: <contact type> }, got ${describeValue(issue.input)}`,
  }),
});

/** One step of `balking.byAnnouncedWait`: contacts told a wait above `above` balk with `probability`. */
export const announcedWaitStepSchema = strictObject({
  above: duration({ min: 0 }),
  probability: share('probability'),
});

/**
 * `balking`: exactly one of `probability`, `byQueueLength` (probability by number of contacts of
 * the type already waiting; the last entry for longer queues) and `byAnnouncedWait` (steps in
 * increasing `above`; needs an `announcement`).
 */
export const balkingSchema = strictObject({
  probability: share('probability').optional(),
  byQueueLength: z.array(share('probability')).min(1).optional(),
  byAnnouncedWait: z.array(announcedWaitStepSchema).min(1).optional(),
});

const finite = (what: string, min: number) =>
  z
    .number({ error: (issue) => `${what} must be a finite number, got ${describeValue(issue.input)}` })
    .min(min, { error: (issue) => `${what} must be between ${min} and ${MAX_MAGNITUDE}, got ${describeValue(issue.input)}` })
    .max(MAX_MAGNITUDE, { error: (issue) => `${what} must be between ${min} and ${MAX_MAGNITUDE}, got ${describeValue(issue.input)}` });

/**
 * `announcement: { predictor, patienceFactor }`: the wait predicted at arrival is told to each
 * contact that would wait; `patienceFactor: { base = 1, perMinute }` multiplies its patience by
 * `max(0, base + perMinute × announced minutes)`.
 */
export const announcementSchema = strictObject({
  predictor: z.enum(WAIT_PREDICTORS).default(WAIT_PREDICTORS[0]),
  patienceFactor: strictObject({ base: finite('base', 0).default(1), perMinute: finite('perMinute', -MAX_MAGNITUDE) }).optional(),
});

/** The contact-type fields, spread into the contact type's schema. */
export const contactTypeQueueExitFields = {
  maxWait: maxWaitSchema.optional(),
  closing: closingSchema.optional(),
  balking: balkingSchema.optional(),
  announcement: announcementSchema.optional(),
  handleTimeByInterval: z.array(distributionSpec).min(1).optional(),
  patienceByInterval: z.array(distributionSpec).min(1).optional(),
};

/** A max-wait spec after the schema pass. */
export type ParsedMaxWait = z.output<typeof maxWaitSchema>;
/** A balking spec after the schema pass. */
export type ParsedBalking = z.output<typeof balkingSchema>;
