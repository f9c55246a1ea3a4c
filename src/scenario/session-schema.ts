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

/** Timed stickiness: `{ waitFor }`, how long a reply waits for the agent of the previous turn. */
const timedStickySchema = strictObject({
  waitFor: duration({ min: 0, exclusive: true }).meta({
    description: 'How long a reply whose previous agent cannot take it at once waits for that agent to have a free slot before it is routed like a new contact.',
  }),
});

/** The extra work of a turn taken by another agent: a duration, or a distribution of them. */
const extraTimeSchema = z.union([duration({ min: 0 }), distributionSpec]);

/** A messaging session: `{ exchanges, replyGap, slotDuringGap, sticky = true, timeout?, contextLoss?, replyPatience?, wrapUpPerTurn? }`. */
export const sessionSchema = strictObject({
  exchanges: exchangesSchema.meta({
    description: 'Agent turns per session: a whole number, or a distribution whose draws are rounded to a whole number (at least 1).',
  }),
  replyGap: distributionSpec.meta({ description: "Time the customer takes to reply after an agent's turn." }),
  slotDuringGap: z.enum(SLOT_DURING_GAP).meta({
    description: "released: the agent's slot is free while the customer composes a reply (the reply is routed again); held: the slot stays busy until the reply.",
  }),
  sticky: z
    .union([z.boolean(), timedStickySchema], { error: (issue) => `sticky must be true, false or { waitFor: <duration> }, got ${describeValue(issue.input)}` })
    .optional()
    .meta({
    description:
      'With released: the reply goes back to the agent of the previous turn if that agent can take it at once (default true), else it is routed like a new contact; { waitFor } also waits up to that long for that agent to have a free slot.',
  }),
  timeout: duration({ min: 0, exclusive: true }).optional().meta({
    description: 'A customer who has not replied after this long has stopped: the session ends unresolved then (default: customers always reply).',
  }),
  contextLoss: strictObject({
    extraTime: extraTimeSchema.meta({ description: 'Extra work on a turn taken by another agent than the previous turn\'s (re-reading the thread).' }),
  })
    .optional()
    .meta({ description: "With released: a turn taken by another agent than the previous turn's takes extra work (default: none)." }),
  replyPatience: distributionSpec
    .meta({
      description: 'With released: how long a customer whose reply is not taken at once waits before giving up; the session then ends unresolved (default: replies never abandon).',
    })
    .optional(),
  wrapUpPerTurn: z.boolean().optional().meta({
    description: "With released: the agent group's wrap-up follows every agent turn, not only the session's last (default false).",
  }),
});

/** The contact-type field of messaging sessions. */
export const sessionTypeFields = {
  session: sessionSchema.optional(),
};
