import { z } from 'zod';
import { MAX_FACTOR } from './limits';
import { distributionSpec } from './distribution-spec';
import { describeValue, share, strictObject } from './schema-parts';

/**
 * Scenario fields of channel realism (see docs/channels.md): `slowdown` on an agent group, the
 * handle-time multiplier per number of contacts of a channel the agent holds at once, and
 * `selfService` on a contact type, an IVR or bot stage before the queue, and `silentAbandonment`
 * on a chat or messaging type. That a table gives a
 * factor for every level up to the group's concurrency is checked in `channels-checks.ts`.
 *
 * @module
 */

/** The channels whose contacts an agent may hold several of at once (voice is exclusive). */
export const SLOWDOWN_CHANNELS = ['chat', 'email', 'messaging'] as const;

/** One slowdown factor: a positive number up to {@link MAX_FACTOR}. */
function slowdownFactor() {
  const message = (issue: { input?: unknown }): string => `a slowdown factor must be a positive number up to ${MAX_FACTOR}, got ${describeValue(issue.input)}`;
  return z.number({ error: message }).positive({ error: message }).max(MAX_FACTOR, { error: message });
}

/** A slowdown table: factor `k` (counting from 1) applies while the agent holds `k` contacts of the channel. */
function slowdownTable() {
  return z
    .array(slowdownFactor(), { error: (issue) => `must be a list of factors, one per number of contacts held (1, 2, ...), got ${describeValue(issue.input)}` })
    .min(1, { error: 'a slowdown table must list at least one factor' });
}

/** Slowdown tables per channel. */
export const slowdownSchema = strictObject(
  Object.fromEntries(SLOWDOWN_CHANNELS.map((channel) => [channel, slowdownTable().optional()])) as Record<
    (typeof SLOWDOWN_CHANNELS)[number],
    z.ZodOptional<ReturnType<typeof slowdownTable>>
  >,
  'channel',
);

/** The agent-group fields of channel realism. */
export const channelGroupFields = {
  slowdown: slowdownSchema.optional().meta({
    description:
      "Handle-time multiplier per number of contacts of a channel held at once: { chat: [1, 1.2, 1.5] } means a chat's work progresses at full speed alone, 1/1.2 of it beside one other chat, 1/1.5 beside two. One factor per level up to the group's concurrency.",
  }),
};

/** A self-service (IVR, bot) stage before the queue: `{ time, containment, optOut = 0, optOutTime?, context = true }`. */
export const selfServiceSchema = strictObject({
  time: distributionSpec.meta({ description: 'Time in the stage of a customer who does not opt out.' }),
  containment: share('containment').meta({ description: 'Probability that the stage resolves the issue of a customer who stays to its end.' }),
  optOut: share('optOut').default(0).meta({ description: 'Probability that the customer asks for an agent before the stage can resolve anything.' }),
  optOutTime: distributionSpec.optional().meta({ description: 'Time in the stage of a customer who opts out (default 0: at once).' }),
  context: z.boolean().default(true).meta({ description: 'Whether the agent receives what the customer told the stage (else the customer repeats it).' }),
});

/** Silent abandonment in chat and messaging: `{ probability, after, discoveryTime }`. */
export const silentAbandonmentSchema = strictObject({
  probability: share('probability').meta({ description: 'Probability that a customer leaves the conversation without saying so.' }),
  after: distributionSpec.meta({ description: 'Time in queue after which such a customer is gone.' }),
  discoveryTime: distributionSpec.meta({ description: 'Time an agent spends finding that the customer left.' }),
});

/** The contact-type fields of channel realism. */
export const channelTypeFields = {
  selfService: selfServiceSchema.optional(),
  silentAbandonment: silentAbandonmentSchema.optional(),
};
