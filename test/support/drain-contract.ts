import type { ModelDefinition } from '../../src/model/definition';
import { staffingSteps } from '../../src/model/staffing-plan';

/**
 * The drain's contract as a predicate, for the result checks and the fuzzer: when a drained run
 * must leave nothing unfinished.
 *
 * @module
 */

/** Policies that never leave an agent idle while a contact it may serve waits (with their default options). */
const WORK_CONSERVING = new Set([
  'longest-idle-agent', 'skills-priority', 'best-skill', 'value-based', 'least-occupied', 'random-agent', 'agent-affinity',
  'context-aware', 'generalized-c-mu', 'p-mu', 'fixed-queue-ratio', 'queue-and-idleness-ratio', 'fixed-queue-ratio-threshold',
]);

/**
 * True when a drained run of `model` must leave no contact unfinished, for the scenarios the fuzzer
 * draws: drain, a built-in policy with its default options (options such as `groupsByType` or
 * `homeGroups` can keep a staffed group from a type), no workforce mechanism (absences and breaks
 * take planned agents away), and {@link everyTypeStaffedAtTheEnd}.
 */
export function drainMustFinishEverything(model: ModelDefinition): boolean {
  if (model.endOfDay !== 'drain') return false;
  if (!WORK_CONSERVING.has(model.routing.policy) || Object.keys(model.routing.options ?? {}).length > 0) return false;
  if (model.agentGroups.some((g) => g.workforce !== undefined || (g.staffing.kind === 'shifts' && g.staffing.shifts.some((s) => s.breaks !== undefined)))) return false;
  return everyTypeStaffedAtTheEnd(model);
}

/**
 * True when every contact type has, after the horizon, a group with agents on duty that the
 * documented rules let serve it: qualified for it (skills and channel), listed in one of its overflow
 * steps if it has some, through a step whose protection can hold with that group's last staffing,
 * and, under `fixed-queue-ratio-threshold`, one of its default home groups (FQR-T leaves other groups
 * idle below the threshold). Then a drained run (README, end of day) leaves nothing unfinished.
 */
export function everyTypeStaffedAtTheEnd(model: ModelDefinition): boolean {
  const last = model.agentGroups.map((g) => {
    const steps = staffingSteps(g.staffing, model.horizon);
    return steps.agents[steps.agents.length - 1] ?? 0;
  });
  const qualified = (t: ModelDefinition['contactTypes'][number], g: ModelDefinition['agentGroups'][number]): boolean =>
    (g.concurrency[t.channel] ?? 0) > 0 && t.requirements.every((r) => (g.proficiency[r.skill] ?? 0) >= r.minProficiency);
  return model.contactTypes.every((t) => {
    // FQR-T leaves a non-home group idle below its threshold (README, routing): only its default
    // home groups (the qualified ones most proficient in the primary skill) serve unconditionally.
    const primary = t.requirements[0];
    const level = (g: ModelDefinition['agentGroups'][number]): number => (primary === undefined ? 0 : (g.proficiency[primary.skill] ?? 0));
    const top = Math.max(...model.agentGroups.filter((g) => qualified(t, g)).map(level));
    return model.agentGroups.some((g) => {
      const n = last[g.id] ?? 0;
      if (n <= 0 || !qualified(t, g)) return false;
      if (model.routing.policy === 'fixed-queue-ratio-threshold' && level(g) < top) return false;
      if (t.overflow === null) return true;
      // Overflow steps: a group serves only through its step, and a protection that can never
      // hold with the group's last staffing keeps it from the type (docs: overflow with protection).
      const k = t.overflow.findIndex((step) => step.groups.includes(g.id));
      if (k < 0) return false;
      const p = t.overflow[k]!.protection;
      if (k === 0) return true;
      if (p.reserveAgents !== undefined && n <= p.reserveAgents) return false;
      if (p.maxShare !== undefined && p.maxShare * n < 1) return false;
      return p.minSourceQueue === undefined && p.maxTargetQueue === undefined;
    });
  });
}
