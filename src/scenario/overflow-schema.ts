import { z } from 'zod';
import { MAX_AGENTS_PER_GROUP } from './limits';
import { describeValue, duration, integer, name, strictObject } from './schema-parts';

/**
 * The overflow part of a contact type (bullseye routing): `primary` groups serve from the
 * start, each later step adds groups once the contact has waited `after`, under optional
 * protection conditions. Group names, qualification, duplicates and the order of `after` are
 * checked in `overflow-cross-check.ts`; the model is built in `overflow-build.ts`.
 *
 * @module
 */

/** A share of a group's agents in (0, 1]. */
function positiveFraction(subject: string) {
  const message = (issue: { input?: unknown }): string => `${subject} must be a fraction in (0, 1], got ${describeValue(issue.input)}`;
  return z.number({ error: message }).gt(0, { error: message }).lte(1, { error: message });
}

/**
 * When an overflow step may take an agent of one of its groups; every condition given must hold.
 * Maps to the model's `OverflowProtection`: `targetQueueBelow` → `maxTargetQueue`,
 * `reserveAgents` → `reserveAgents`, `sourceQueueAtLeast` → `minSourceQueue`,
 * `maxShare` → `maxShare`.
 */
export const overflowProtectSchema = strictObject({
  /** The target group's own queue (contacts for which it is primary) is below this (≥ 1). */
  targetQueueBelow: integer(1, 'targetQueueBelow').optional(),
  /**
   * At least this many of the target's agents stay free for its own work (≥ 0); free means with a
   * free slot on the contact's channel (on chat, an agent holding one chat of three is free).
   */
  reserveAgents: integer(0, 'reserveAgents', MAX_AGENTS_PER_GROUP).optional(),
  /** The overflowing type has at least this many contacts waiting (≥ 1). */
  sourceQueueAtLeast: integer(1, 'sourceQueueAtLeast').optional(),
  /**
   * Overflow contacts are at most this share of the target's agents on duty, in (0, 1] (contacts
   * counted against agents: on chat, up to the concurrency times stricter than a share of capacity).
   */
  maxShare: positiveFraction('maxShare').optional(),
});

/** One later ring: `{ after, groups, protect? }`; `after` is a duration > 0. */
export const overflowStepSchema = strictObject({
  after: duration({ min: 0, exclusive: true }),
  groups: z.array(name()).min(1, { error: 'groups must list at least one agent group' }),
  protect: overflowProtectSchema.optional(),
});

/** Overflow routing of a contact type: `{ primary: [groups...], steps?: [{ after, groups, protect? }...] }`. */
export const overflowSchema = strictObject({
  primary: z.array(name()).min(1, { error: 'primary must list at least one agent group' }),
  steps: z.array(overflowStepSchema).optional(),
});

/** Overflow routing after the schema pass (`after` in seconds). */
export type ParsedOverflow = z.output<typeof overflowSchema>;
/** Protection conditions after the schema pass. */
export type ParsedOverflowProtect = z.output<typeof overflowProtectSchema>;
