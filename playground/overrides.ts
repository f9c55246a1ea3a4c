import type { ScenarioInput } from 'routelab';

/**
 * The playground's controls applied to a scenario as written: another routing policy, and every
 * agent count scaled by a staffing multiplier. The text itself is never changed; the run uses a
 * modified copy.
 *
 * @module
 */

/** What the controls set. A new policy drops the scenario's `routing.options` (they belong to its own policy). */
export interface PlaygroundControls {
  /** A registered policy name, or `undefined` to keep the scenario's own routing. */
  readonly policy?: string | undefined;
  /** Factor on every agent count (constant, per interval, per shift), rounded to whole agents. */
  readonly staffing: number;
}

/** Scales an agent count, rounding half up, never below 0. */
export function scaleAgents(agents: number, factor: number): number {
  return Math.max(0, Math.round(agents * factor));
}

/** Scales a group's `agents` field: a number, `{ perInterval }` or `{ shifts }`. */
function scaleStaffing(staffing: unknown, factor: number): unknown {
  if (typeof staffing === 'number') return scaleAgents(staffing, factor);
  if (typeof staffing !== 'object' || staffing === null) return staffing;
  const schedule = staffing as { perInterval?: unknown; shifts?: unknown };
  const scaled: Record<string, unknown> = { ...schedule };
  if (Array.isArray(schedule.perInterval)) {
    scaled['perInterval'] = schedule.perInterval.map((n: unknown) => (typeof n === 'number' ? scaleAgents(n, factor) : n));
  }
  if (Array.isArray(schedule.shifts)) {
    scaled['shifts'] = schedule.shifts.map((shift: unknown) =>
      typeof shift === 'object' && shift !== null && typeof (shift as { agents?: unknown }).agents === 'number'
        ? { ...shift, agents: scaleAgents((shift as { agents: number }).agents, factor) }
        : shift,
    );
  }
  return scaled;
}

/**
 * Returns a copy of the scenario with the controls applied. With the policy unset and a
 * multiplier of 1 the copy is equal to the scenario (same JSON).
 *
 * @param scenario - the scenario as parsed from the text
 * @param controls - the playground's controls
 */
export function applyControls(scenario: ScenarioInput, controls: PlaygroundControls): ScenarioInput {
  const copy = structuredClone(scenario);
  // Loosely typed views of the copy: the fields the controls change.
  const groups = (copy as { agentGroups?: unknown }).agentGroups;
  if (controls.staffing !== 1 && Array.isArray(groups)) {
    for (const group of groups as Record<string, unknown>[]) {
      if (group['agents'] !== undefined) group['agents'] = scaleStaffing(group['agents'], controls.staffing);
    }
  }
  const current = (copy.routing as { policy?: string } | undefined)?.policy;
  if (controls.policy !== undefined && controls.policy !== '' && controls.policy !== current) {
    // Another policy: the old policy's options do not apply to it.
    (copy as { routing?: unknown }).routing = { policy: controls.policy };
  }
  return copy;
}
