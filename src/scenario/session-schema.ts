import { z } from 'zod';
import { MAX_ATTEMPTS } from './limits';
import { distributionSpec } from './distribution-spec';
import { describeValue, duration, integer, strictObject } from './schema-parts';

/**
 * The `session` field of a messaging contact type (see docs/channels.md): a conversation of
 * several agent turns with customer reply gaps. That only messaging types have one, that
 * `exchanges` gives at least one turn and that `sticky` goes with `released` is checked in
 * `session-checks.ts`; the model is built in `build.ts`.
 *
 * @module
 */

/** The values of `session.slotDuringGap`, in documentation order. */
export const SLOT_DURING_GAP = ['released', 'held'] as const;

/** The most agent turns `exchanges` may give as a whole number (or as a distribution's mean). */
export const MAX_EXCHANGES = MAX_ATTEMPTS;

/** Agent turns per session: a whole number, or a distribution whose draws are rounded. */
const exchangesSchema = z.union(
  [
    integer(1, 'exchanges', MAX_EXCHANGES),
    distributionSpec,
  ],
  {
    error: (issue) =>
      `exchanges must be a whole number of agent turns from 1 to ${MAX_EXCHANGES}, or a distribution { kind, ... } of them, got ${describeValue(issue.input)}`,
  },
);

/** A messaging session: `{ exchanges, replyGap, slotDuringGap, sticky = true, timeout? }`. */
export const sessionSchema = strictObject({
  exchanges: exchangesSchema.meta({
    description: 'Agent turns per session: a whole number, or a distribution whose draws are rounded to a whole number (at least 1).',
  }),
  replyGap: distributionSpec.meta({ description: "Time the customer takes to reply after an agent's turn." }),
  slotDuringGap: z.enum(SLOT_DURING_GAP).meta({
    description: "released: the agent's slot is free while the customer composes a reply (the reply is routed again); held: the slot stays busy until the reply.",
  }),
  sticky: z.boolean().optional().meta({
    description: 'With released: the reply goes back to the agent of the previous turn if that agent can take it at once (default true), else it is routed like a new contact.',
  }),
  timeout: duration({ min: 0, exclusive: true }).optional().meta({
    description: 'A customer who has not replied after this long has stopped: the session ends unresolved then (default: customers always reply).',
  }),
});

/** The contact-type field of messaging sessions. */
export const sessionTypeFields = {
  session: sessionSchema.optional(),
};
