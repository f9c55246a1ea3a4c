import { z } from 'zod';
import { CHANNELS } from '../model/channel';
import { describeValue, duration, share, strictObject } from './schema-parts';

/**
 * The money part of the scenario format: `costs` (agent, contact and penalty prices, a currency
 * label) and `customerImpact` (the churn model and the customer effort weights). Every field is
 * optional; a scenario without either key is priced nowhere and reports as before. Names (agent
 * groups, sites, segments) are checked in `economics-cross-check.ts`. See docs/economics.md.
 *
 * @module
 */

/** A price: a finite number ≥ 0, no default. */
function optionalPrice() {
  const message = (issue: { input?: unknown }): string => `must be ≥ 0, got ${describeValue(issue.input)}`;
  return z.number({ error: message }).min(0, { error: message }).optional();
}

/** A price: a finite number ≥ 0, default 0. */
function price() {
  return optionalPrice().default(0);
}

/** What an agent group or a site costs: `{ perHour, perHandledContact, perHandledMinute }`. */
export const agentRatesSchema = strictObject({
  perHour: optionalPrice(),
  perHandledContact: optionalPrice(),
  perHandledMinute: optionalPrice(),
});

/** What a channel's contacts cost. */
export const channelRatesSchema = strictObject({
  perContact: price(),
  perHandledMinute: price(),
  perQueueMinute: price(),
  perCallbackAttempt: price(),
  perSelfServiceSession: price(),
});

/** Penalty prices; `waitBeyond` charges every minute waited beyond `after`. */
export const penaltiesSchema = strictObject({
  perAbandoned: price(),
  perBlocked: price(),
  perBrokenPromise: price(),
  perUnfinished: price(),
  waitBeyond: strictObject({ after: duration(), perMinute: price() }).optional(),
});

/** The `costs` block. */
export const costsSchema = strictObject({
  currency: z.string().min(1, { error: 'currency must not be empty' }).optional(),
  agentGroups: z.record(z.string(), agentRatesSchema).optional(),
  sites: z.record(z.string(), agentRatesSchema).optional(),
  channels: strictObject(
    Object.fromEntries(CHANNELS.map((channel) => [channel, channelRatesSchema.optional()])) as Record<
      (typeof CHANNELS)[number],
      z.ZodOptional<typeof channelRatesSchema>
    >,
    'channel',
  ).optional(),
  penalties: penaltiesSchema.optional(),
});

/** The journey counts a churn model or the effort score weighs, in documentation order. */
export const JOURNEY_WEIGHT_KEYS = ['extraContacts', 'repeatedInformation', 'transfers', 'abandons', 'brokenPromises', 'waitMinutes', 'unresolved'] as const;

/** Default effort weights: one point per effortful event, none per minute waited (a counting convention). */
export const DEFAULT_EFFORT_WEIGHTS = {
  extraContacts: 1,
  repeatedInformation: 1,
  transfers: 1,
  abandons: 1,
  brokenPromises: 1,
  waitMinutes: 0,
  unresolved: 1,
} as const;

function weight() {
  const message = (issue: { input?: unknown }): string => `weight must be a number, got ${describeValue(issue.input)}`;
  return z.number({ error: message }).optional();
}

/** Weights of the journey counts; omitted ones are 0 (churn) or the default (effort). */
export const weightsSchema = strictObject(
  Object.fromEntries(JOURNEY_WEIGHT_KEYS.map((key) => [key, weight()])) as Record<(typeof JOURNEY_WEIGHT_KEYS)[number], ReturnType<typeof weight>>,
  'journey count',
);

/** The churn model: `{ model: hazard | logistic, base, weights, bySegment: { <segment>: { base?, weights? } } }`. */
export const churnSchema = strictObject({
  model: z.enum(['hazard', 'logistic']).default('hazard'),
  base: share('base'),
  weights: weightsSchema.optional(),
  bySegment: z.record(z.string(), strictObject({ base: share('base').optional(), weights: weightsSchema.optional() })).optional(),
}).superRefine((churn, ctx) => {
  const check = (base: number | undefined, weights: Partial<Record<string, number | undefined>> | undefined, at: (string | number)[]): void => {
    if (churn.model === 'logistic' && base !== undefined && !(base > 0 && base < 1)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'base'], message: `must be strictly between 0 and 1 in the logistic model (its log-odds must be finite), got ${base}` });
    }
    if (churn.model !== 'hazard') return;
    for (const [key, w] of Object.entries(weights ?? {})) {
      if (w !== undefined && w < 0) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'weights', key],
          message: `must be ≥ 0 in the hazard model (a negative hazard could give a churn probability below 0), got ${w}`,
        });
      }
    }
  };
  check(churn.base, churn.weights, []);
  for (const [segment, override] of Object.entries(churn.bySegment ?? {})) check(override.base, override.weights, ['bySegment', segment]);
});

/** Effort weights: ≥ 0 (effort never decreases with one more contact). */
export const effortSchema = weightsSchema.superRefine((weights, ctx) => {
  for (const [key, w] of Object.entries(weights)) {
    if (w !== undefined && w < 0) ctx.addIssue({ code: 'custom', path: [key], message: `must be ≥ 0, got ${w}` });
  }
});

/** The `customerImpact` block. */
export const customerImpactSchema = strictObject({
  churn: churnSchema.optional(),
  effort: effortSchema.optional(),
});

/** `costs` after the schema pass. */
export type ParsedCosts = z.output<typeof costsSchema>;
/** `customerImpact` after the schema pass. */
export type ParsedCustomerImpact = z.output<typeof customerImpactSchema>;
