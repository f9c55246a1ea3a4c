import { z } from 'zod';
import type { ContextCarryOver, ReturnWhenClosed } from '../model/definition';
import { distributionSpec } from './distribution-spec';
import { MAX_ATTEMPTS, MAX_FACTOR } from './limits';
import { describeValue, integer, name, share, strictObject } from './schema-parts';

/**
 * The customer-journey part of the scenario format: the scenario-wide `journey` settings and,
 * per contact type, `resolution`, `repeat`, `retrial` and `transfer`. Names (the contact types
 * of `via` and `transfer.to`) are checked in `journey-cross-check.ts`, `via` shares in
 * `value-checks.ts`.
 *
 * @module
 */

/** The values of `journey.context`, in documentation order. */
export const CONTEXT_CARRY_OVERS = ['none', 'same-channel', 'omnichannel'] as const satisfies readonly ContextCarryOver[];

/** The values of `journey.returnWhenClosed`, default first. */
export const RETURN_WHEN_CLOSED = ['arrive', 'next-opening'] as const satisfies readonly ReturnWhenClosed[];

/** Defaults of the `journey` settings (what the engine also assumes when `journey` is omitted). */
export const DEFAULT_JOURNEY = {
  context: 'none',
  contextHandleFactor: 1,
  repeatHandleFactor: 1,
  maxContacts: 10,
  returnWhenClosed: 'arrive',
} as const;

/** A multiplier `> 0` (or `≥ 0` when `allowZero`), at most {@link MAX_FACTOR}; the message starts with `subject`. */
function factor(subject: string, allowZero: boolean) {
  const bound = allowZero ? 'a number ≥ 0' : 'a positive number';
  const message = (issue: { input?: unknown }): string => `${subject} must be ${bound}, got ${describeValue(issue.input)}`;
  const tooLarge = (issue: { input?: unknown }): string => `${subject} must be at most ${MAX_FACTOR}, got ${describeValue(issue.input)}`;
  const number = z.number({ error: message });
  return (allowZero ? number.min(0, { error: message }) : number.positive({ error: message })).max(MAX_FACTOR, { error: tooLarge });
}

/**
 * Scenario-wide journey settings:
 * `{ context, contextHandleFactor, repeatHandleFactor, maxContacts, returnWhenClosed }`.
 */
export const journeySchema = strictObject({
  context: z.enum(CONTEXT_CARRY_OVERS).default(DEFAULT_JOURNEY.context),
  contextHandleFactor: factor('contextHandleFactor', false).default(DEFAULT_JOURNEY.contextHandleFactor),
  repeatHandleFactor: factor('repeatHandleFactor', false).default(DEFAULT_JOURNEY.repeatHandleFactor),
  maxContacts: integer(1, 'maxContacts', MAX_ATTEMPTS).default(DEFAULT_JOURNEY.maxContacts),
  /**
   * When a voice or chat customer comes back (a `repeat` or a `retrial`) at a time when no agent
   * who may serve the returning contact type is planned on duty (e.g. 20:35 with the lines closed
   * at 20:00):
   * - `arrive` — the contact arrives at the drawn time anyway and waits for an agent (it usually
   *   abandons);
   * - `next-opening` — it arrives at the start of the next period with such an agent on duty
   *   (the opening instant itself, no spread); with no such period before the horizon the customer
   *   does not come back and the issue stays open at the end, as for a return after the horizon.
   *
   * Planned staffing counts (shifts and intervals), not agents still finishing a contact; groups
   * count when qualified and, with overflow steps, listed in one. E-mail and messaging returns
   * always arrive at the drawn time: they wait in a backlog. No random draw is involved, so every
   * other draw stays where it was.
   *
   * @default 'arrive'
   */
  returnWhenClosed: z
    .enum(RETURN_WHEN_CLOSED)
    .meta({
      description:
        "When a voice or chat customer comes back while nobody who may serve the returning contact type is on duty: 'arrive' (at the drawn time, default) or 'next-opening' (at the start of the next period with such an agent on duty; not at all if none before the horizon).",
    })
    .default(DEFAULT_JOURNEY.returnWhenClosed),
});

/** Resolution factor per proficiency level `1`–`5` (each ≥ 0; missing levels are 1). */
export const byProficiencySchema = strictObject(
  Object.fromEntries(['1', '2', '3', '4', '5'].map((level) => [level, factor('resolution factor', true).optional()])) as Record<
    '1' | '2' | '3' | '4' | '5',
    z.ZodOptional<ReturnType<typeof factor>>
  >,
  'proficiency level',
);

/** How likely a service resolves the issue: `{ probability, byProficiency?, withContext = 1 }`. */
export const resolutionSchema = strictObject({
  probability: share('probability'),
  byProficiency: byProficiencySchema.optional(),
  withContext: factor('withContext', true).default(1),
});

/**
 * What a customer does next (`repeat` when unresolved, `retrial` when abandoned or blocked):
 * `{ probability, delay, via? }`; `via` maps contact type names to shares (default: the same type).
 */
export const followUpSchema = strictObject({
  probability: share('probability'),
  delay: distributionSpec,
  via: z.record(z.string(), share()).optional(),
});

/**
 * What a customer does after abandoning or being blocked: a {@link followUpSchema} plus
 * `sameContact` (the retrial is the same contact again: its handle time and patience are kept
 * and the service-level test uses its wait summed over its attempts; see docs/queue-exits.md).
 */
export const retrialSchema = strictObject({
  probability: share('probability'),
  delay: distributionSpec,
  via: z.record(z.string(), share()).optional(),
  sameContact: z
    .boolean({ error: (issue) => `sameContact must be true or false, got ${describeValue(issue.input)}` })
    .optional()
    .meta({
      description:
        'The retrial is the same contact again (ContactCenters Bilingual): it keeps its handle time, patience and resolution draws, and its wait over all attempts is what the service-level target tests. Default false: a new contact with fresh draws.',
    }),
});

/** An escalation to another contact type: `{ to, probability = 1 }`. */
export const transferSchema = strictObject({
  to: name(),
  probability: share('probability').default(1),
  warm: strictObject({ consultTime: distributionSpec })
    .optional()
    .meta({ description: 'A warm transfer: the agent keeps the customer until the next agent answers, then consults with them for consultTime.' }),
});

/** The journey fields of a contact type, spread into its schema. */
export const contactTypeJourneyFields = {
  resolution: resolutionSchema.optional(),
  repeat: followUpSchema.optional(),
  retrial: retrialSchema.optional(),
  transfer: transferSchema.optional(),
};

/** Journey settings after the schema pass. */
export type ParsedJourney = z.output<typeof journeySchema>;
/** A resolution spec after the schema pass. */
export type ParsedResolution = z.output<typeof resolutionSchema>;
/** A repeat or retrial spec after the schema pass. */
export type ParsedFollowUp = z.output<typeof followUpSchema>;
/** A retrial spec after the schema pass. */
export type ParsedRetrial = z.output<typeof retrialSchema>;
/** A transfer spec after the schema pass. */
export type ParsedTransfer = z.output<typeof transferSchema>;
