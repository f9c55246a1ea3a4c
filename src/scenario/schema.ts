import type { RoutelabScenario } from './scenario-types';
import { z } from 'zod';
import { CHANNELS } from '../model/channel';
import { SITE_KINDS } from '../model/definition';
import { individualsField } from './agents-schema';
import { interruptionGroupFields } from './interruptions-schema';
import { callbackSchema } from './callback-schema';
import { channelGroupFields, channelTypeFields } from './channels-schema';
import { sessionTypeFields } from './session-schema';
import { distributionSpec } from './distribution-spec';
import { costsSchema, customerImpactSchema } from './economics-schema';
import { contactTypeJourneyFields, journeySchema } from './journey-schema';
import { optimizeSchema } from './optimize-schema';
import { overflowSchema } from './overflow-schema';
import { closingSchema, contactTypeQueueExitFields } from './queue-exit-schema';
import { MAX_AGENTS_PER_GROUP, MAX_BUSYNESS_CV, MAX_CONCURRENCY, MAX_COUNT, MAX_FACTOR, MAX_MAGNITUDE } from './limits';
import { duration, integer, magnitude, name, proficiency, rate, share, strictObject } from './schema-parts';
import { shiftBreaksField, workforceGroupFields } from './workforce-schema';

/**
 * The scenario format as a zod schema: structure, types, ranges and defaults of every field.
 * Cross-references (skills, sites, segments named elsewhere) are checked afterwards in plain
 * TypeScript (`cross-check.ts`), and the result is resolved to a `ModelDefinition`.
 *
 * @module
 */

/** Default routing policy name. */
export const DEFAULT_POLICY = 'longest-idle-agent';

const positiveNumber = (what: string, max: number) =>
  z
    .number()
    .positive({ error: (issue) => `${what} must be a positive number, got ${String(issue.input)}` })
    .max(max, { error: (issue) => `${what} must be at most ${max}, got ${String(issue.input)}` });

/** Agents on duty in one group at once: a whole number from 0 to {@link MAX_AGENTS_PER_GROUP}. */
const agentCount = () => integer(0, 'agents', MAX_AGENTS_PER_GROUP);

/** A customer segment: `{ name, share, value = 1, priority = 0 }`. */
export const segmentSchema = strictObject({
  name: name(),
  share: share(),
  value: magnitude('value', MAX_MAGNITUDE).default(1),
  priority: magnitude('priority', MAX_MAGNITUDE).default(0),
});

/** A site: `{ name, kind = 'in-house' }`. */
export const siteSchema = strictObject({
  name: name(),
  kind: z.enum(SITE_KINDS).default('in-house'),
});

/** Counts per interval, repeated every period: the common part of arrivals and staffing. */
const intervalFields = {
  /** Length of one interval of `perInterval`; defaults to the scenario's reporting interval. */
  interval: duration({ min: 0, exclusive: true }).optional(),
  /** The list repeats every `period`. */
  period: duration({ min: 0, exclusive: true }).prefault('1d'),
};

/**
 * How contacts arrive: exactly one of `{ rate: '120/h' }`, `{ perInterval: [counts...],
 * interval?, period? }` (expected counts per interval) or `{ trace: [times...] }`.
 */
export const arrivalsSchema = strictObject({
  rate: rate().optional(),
  perInterval: z
    .array(
      z
        .number()
        .nonnegative({ error: (i) => `count must be a non-negative number, got ${String(i.input)}` })
        .max(MAX_COUNT, { error: (i) => `count must be at most ${MAX_COUNT}, got ${String(i.input)}` }),
    )
    .min(1, { error: 'perInterval must list at least one count' })
    .optional(),
  ...intervalFields,
  trace: z.array(duration()).optional(),
}).superRefine((value, ctx) => {
  const given = (['rate', 'perInterval', 'trace'] as const).filter((key) => value[key] !== undefined);
  if (given.length !== 1) {
    const got = given.length === 0 ? 'none' : given.join(' and ');
    ctx.addIssue({ code: 'custom', message: `give exactly one of rate, perInterval or trace, got ${got}` });
  }
  if (value.perInterval === undefined && value.interval !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['interval'], message: 'interval only applies to perInterval' });
  }
  if (value.perInterval !== undefined && value.perInterval.every((count) => count === 0)) {
    ctx.addIssue({ code: 'custom', path: ['perInterval'], message: 'all counts are 0: no contact would ever arrive' });
  }
});

/**
 * One shift: `agents` agents on duty from `start` to `end` (end may pass midnight: 22h–30h).
 * That it ends after it starts, within its period, is checked in `value-checks.ts`.
 */
export const shiftSchema = strictObject({
  start: duration(),
  end: duration(),
  agents: agentCount(),
  ...shiftBreaksField,
});

/** A schedule given per interval or as shifts. */
export const scheduleSchema = strictObject({
  perInterval: z.array(agentCount()).min(1, { error: 'perInterval must list at least one count' }).optional(),
  shifts: z.array(shiftSchema).min(1, { error: 'shifts must list at least one shift' }).optional(),
  ...intervalFields,
}).superRefine((value, ctx) => {
  if ((value.perInterval === undefined) === (value.shifts === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'give exactly one of perInterval or shifts' });
  }
  if (value.perInterval === undefined && value.interval !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['interval'], message: 'interval only applies to perInterval' });
  }
});

/** Agents on duty: a constant number, a list per interval, or shifts. */
export const staffingSchema = z.union([agentCount(), scheduleSchema], {
  error: (issue) =>
    issue.input === undefined || typeof issue.input === 'number' || (typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input))
      ? undefined
      : 'must be a number of agents, { perInterval: [...] } or { shifts: [...] }',
});

/** A service-level target; missing fields take the channel's default. */
export const serviceLevelSchema = strictObject({
  target: z
    .number()
    .gt(0, { error: (i) => `target must be a fraction in (0, 1], got ${String(i.input)}` })
    .lte(1, { error: (i) => `target must be a fraction in (0, 1], got ${String(i.input)}` })
    .optional(),
  within: duration().optional(),
});

/**
 * A contact type, with its optional journey fields (see `journey-schema.ts`), overflow
 * routing (see `overflow-schema.ts`) and callback offers (see `callback-schema.ts`). Without `arrivals` no contact of the type arrives from
 * outside: only transfers, repeats and retrials bring them.
 */
export const contactTypeSchema = strictObject({
  name: name(),
  channel: z.enum(CHANNELS).default('voice'),
  skills: z.record(z.string(), proficiency()),
  handleTime: distributionSpec,
  patience: distributionSpec.optional(),
  priority: magnitude('priority', MAX_MAGNITUDE).default(0),
  serviceLevel: serviceLevelSchema.optional(),
  arrivals: arrivalsSchema.optional(),
  segments: z.record(z.string(), share()).optional(),
  ...contactTypeJourneyFields,
  overflow: overflowSchema.optional(),
  callback: callbackSchema.optional(),
  ...contactTypeQueueExitFields,
  ...channelTypeFields,
  ...sessionTypeFields,
});

/** Concurrency per channel: how many contacts of that channel an agent holds at once. */
export const channelsSchema = strictObject(
  Object.fromEntries(CHANNELS.map((channel) => [channel, integer(1, 'concurrency', MAX_CONCURRENCY).optional()])) as Record<
    (typeof CHANNELS)[number],
    z.ZodOptional<ReturnType<typeof integer>>
  >,
  'channel',
);

/** Handle-time multiplier per proficiency level `1`–`5`. */
export const handleTimeFactorSchema = strictObject(
  Object.fromEntries(['1', '2', '3', '4', '5'].map((level) => [level, positiveNumber('handle-time factor', MAX_FACTOR).optional()])) as Record<
    '1' | '2' | '3' | '4' | '5',
    z.ZodOptional<ReturnType<typeof positiveNumber>>
  >,
  'proficiency level',
);

/** An agent group. */
export const agentGroupSchema = strictObject({
  name: name(),
  site: name().optional(),
  agents: staffingSchema,
  skills: z.record(z.string(), proficiency()).default({}),
  channels: channelsSchema.default({ voice: 1 }),
  wrapUp: distributionSpec.optional(),
  handleTimeFactor: handleTimeFactorSchema.optional(),
  authority: z.boolean().default(true),
  ...workforceGroupFields,
  ...individualsField,
  ...channelGroupFields,
  ...interruptionGroupFields,
});

/** Waiting-room capacity per channel (contacts waiting, not in service). */
export const waitingRoomSchema = strictObject(
  Object.fromEntries(CHANNELS.map((channel) => [channel, integer(0, 'capacity').optional()])) as Record<
    (typeof CHANNELS)[number],
    z.ZodOptional<ReturnType<typeof integer>>
  >,
  'channel',
);

/** Routing policy by registered name, with its options. */
export const routingSchema = strictObject({
  policy: z.string().min(1, { error: 'policy must not be empty' }).default(DEFAULT_POLICY),
  options: z.record(z.string(), z.unknown()).default({}),
});

/** The whole scenario. */
export const scenarioSchema = strictObject({
  $schema: z.string().optional(),
  extends: z
    .string()
    .min(1, { error: 'extends must name a scenario file' })
    .optional()
    .meta({
      description:
        'Path of a base scenario file (YAML or JSON, relative to this file) that this file overrides. Resolved when the file is read.',
    }),
  name: name(),
  description: z.string().optional(),
  horizon: duration({ min: 0, exclusive: true }).prefault('1d'),
  warmup: duration().prefault(0),
  interval: duration({ min: 0, exclusive: true }).prefault('30m'),
  endOfDay: z.enum(['drain', 'cut']).default('drain'),
  closing: closingSchema.optional(),
  skills: z.array(name()),
  segments: z.array(segmentSchema).min(1).optional(),
  sites: z.array(siteSchema).min(1).optional(),
  contactTypes: z.array(contactTypeSchema).min(1),
  agentGroups: z.array(agentGroupSchema).min(1),
  waitingRoom: waitingRoomSchema.optional(),
  busyness: strictObject({ cv: positiveNumber('busyness cv', MAX_BUSYNESS_CV) }).optional(),
  journey: journeySchema.optional(),
  routing: routingSchema.prefault({}),
  costs: costsSchema.optional(),
  customerImpact: customerImpactSchema.optional(),
  optimize: optimizeSchema.optional(),
});

/**
 * A scenario as users write it (YAML/JSON): durations as `'5m'`, rates as `'120/h'`, defaults
 * optional. A plain type generated from the JSON Schema (`scenario-types.ts`), so that a user's
 * typecheck never reads zod's types; test/scenario/scenario-types.test.ts keeps it equal to
 * `z.input<typeof scenarioSchema>`.
 */
export type Scenario = RoutelabScenario;
/** Same as {@link Scenario}: the input form of a scenario. */
export type ScenarioInput = Scenario;
/** A scenario after the schema pass: defaults filled, durations in seconds, distributions built. */
export type ParsedScenario = z.output<typeof scenarioSchema>;
/** A contact type after the schema pass. */
export type ParsedContactType = z.output<typeof contactTypeSchema>;
/** An agent group after the schema pass. */
export type ParsedAgentGroup = z.output<typeof agentGroupSchema>;
/** A segment after the schema pass. */
export type ParsedSegment = z.output<typeof segmentSchema>;
/** A site after the schema pass. */
export type ParsedSite = z.output<typeof siteSchema>;
/** Arrivals after the schema pass. */
export type ParsedArrivals = z.output<typeof arrivalsSchema>;
/** Staffing after the schema pass. */
export type ParsedStaffing = z.output<typeof staffingSchema>;

/**
 * The JSON Schema (draft 2020-12) of the scenario format, generated from the same zod schema
 * the parser uses; for editors and `schema/scenario.schema.json`. It describes the input form
 * (durations as numbers or strings, defaults optional). Cross-references are not expressible
 * in JSON Schema and are only checked by `parseScenario`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, title: 'routelab scenario' } as Record<string, unknown>;
}
