import type { OverflowProtection, OverflowStepDefinition } from '../model/definition';
import type { ParsedOverflow, ParsedOverflowProtect } from './overflow-schema';

/**
 * Resolves a contact type's `overflow` into the model's steps: step 0 holds the primary groups
 * (`after` 0, no protection), then one step per entry of `steps`, in the order written. Call
 * only on input that passed every check (every group name resolves, `after` increases).
 *
 * @module
 */

/** The model's protection conditions; absent fields stay absent. */
export function buildProtection(protect: ParsedOverflowProtect | undefined): OverflowProtection {
  if (protect === undefined) return {};
  const { targetQueueBelow, reserveAgents, sourceQueueAtLeast, maxShare } = protect;
  return {
    ...(targetQueueBelow !== undefined ? { maxTargetQueue: targetQueueBelow } : {}),
    ...(reserveAgents !== undefined ? { reserveAgents } : {}),
    ...(sourceQueueAtLeast !== undefined ? { minSourceQueue: sourceQueueAtLeast } : {}),
    ...(maxShare !== undefined ? { maxShare } : {}),
  };
}

/**
 * The overflow steps of a contact type; null when it has no `overflow` (every qualified group
 * serves it from the start).
 *
 * @param spec - the parsed `overflow` field
 * @param groupId - agent group ids by name
 */
export function buildOverflow(spec: ParsedOverflow | undefined, groupId: ReadonlyMap<string, number>): OverflowStepDefinition[] | null {
  if (spec === undefined) return null;
  const ids = (names: readonly string[]): number[] => names.map((name) => groupId.get(name) as number);
  return [
    { after: 0, groups: ids(spec.primary), protection: {} },
    ...(spec.steps ?? []).map((step) => ({ after: step.after, groups: ids(step.groups), protection: buildProtection(step.protect) })),
  ];
}
