import { z } from 'zod';
import { MAX_AGENTS_PER_GROUP } from './limits';
import { describeValue, duration, integer, name, strictObject } from './schema-parts';
import { parseTargetSpec, TARGET_METRICS } from './target-spec';

/**
 * The scenario's `optimize` block: what `routelab optimize` reads when no `--settings` file or
 * `--target` flag says otherwise — targets, bounds per agent group, costs per agent-hour and shift
 * templates, the same content as the settings file (docs/optimizer.md). Only the optimizer reads
 * it; a simulation ignores it. Names (contact types, agent groups) and contradictory bounds are
 * checked in `optimize-cross-check.ts`.
 *
 * @module
 */

/** A target in its text form, `'service-level calls 80% 20s'`, checked by the same reader as `--target`. */
const targetText = z.string().superRefine((text, ctx) => {
  try {
    parseTargetSpec(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message.replace(/^target '[^']*': /, ''), input: text });
  }
});

/** A fraction in (0, 1] (80 % is 0.8), or seconds for an ASA target. */
const targetValue = z.union([z.number(), z.string()], { error: (issue) => `value must be a fraction such as 0.8, or seconds for asa, got ${describeValue(issue.input)}` });

/** A target as an object: `{ metric, contactType | agentGroup, value, within, scope }`. */
export const targetObjectSchema = strictObject({
  metric: z.enum(TARGET_METRICS),
  contactType: name().optional(),
  agentGroup: name().optional(),
  value: targetValue,
  within: duration().optional(),
  scope: z.enum(['interval', 'day']).optional(),
});

/** Agents per interval: one whole number for every interval, or a list with one per interval. */
const agentBound = z.union([integer(0, 'agents', MAX_AGENTS_PER_GROUP), z.array(integer(0, 'agents', MAX_AGENTS_PER_GROUP)).min(1)], {
  error: (issue) =>
    typeof issue.input === 'number' || Array.isArray(issue.input) ? undefined : `must be a whole number of agents or a list with one per interval, got ${describeValue(issue.input)}`,
});

/** Bounds of one agent group: `{ min, max }` or `{ fixed: true }`. */
export const groupBoundsSchema = strictObject({
  min: agentBound.optional(),
  max: agentBound.optional(),
  fixed: z.boolean().optional(),
});

/** A shift template: `{ name, starts, length, break? }`. */
export const shiftTemplateSchema = strictObject({
  name: name(),
  starts: z.array(duration()).min(1, { error: 'starts must list at least one start time' }),
  length: duration({ min: 0, exclusive: true }),
  break: strictObject({ length: duration({ min: 0, exclusive: true }), earliest: duration(), latest: duration() }).optional(),
});

const cost = z.number({ error: (issue) => `must be a cost ≥ 0, got ${describeValue(issue.input)}` }).min(0, { error: (issue) => `must be a cost ≥ 0, got ${describeValue(issue.input)}` });

/** The `optimize` block. */
export const optimizeSchema = strictObject({
  targets: z.array(z.union([targetText, targetObjectSchema], { error: (issue) => `must be a target as text or an object { metric, contactType, value, ... }, got ${describeValue(issue.input)}` })).optional(),
  bounds: z.record(z.string(), groupBoundsSchema).optional(),
  costPerAgentHour: z.record(z.string(), cost).optional(),
  shiftTemplates: z.array(shiftTemplateSchema).optional(),
}).meta({
  description:
    'Settings of `routelab optimize` (targets, bounds, costPerAgentHour, shiftTemplates), the same content as a --settings file; --settings keys and --target flags take precedence. A simulation ignores it.',
});
