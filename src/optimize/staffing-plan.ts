import type { ModelDefinition } from '../model/definition';
import type { ScenarioInput } from '../scenario/schema';

/**
 * A staffing plan as the optimizer handles it: scheduled agents per agent group and interval,
 * and the scenario that simulates it (each planned group's `agents` replaced by
 * `{ perInterval: [...] }`; groups the optimizer does not plan keep their own staffing).
 *
 * @module
 */

/** Scheduled agents `[group][interval]`, groups in scenario order. */
export type StaffingMatrix = readonly (readonly number[])[];

/** The planning grid: `intervals` intervals of `intervalLength` seconds from time 0, covering the horizon. */
export interface PlanningGrid {
  /** Number of intervals. */
  readonly intervals: number;
  /** Interval length (seconds): the scenario's `interval`. */
  readonly intervalLength: number;
}

/** The planning grid of a model: its reporting intervals up to the horizon. */
export function planningGrid(model: ModelDefinition): PlanningGrid {
  return { intervals: Math.max(1, Math.ceil(model.horizon / model.intervalLength - 1e-9)), intervalLength: model.intervalLength };
}

/** The agents on duty in each interval under a group's resolved staffing (the mean over the interval). */
export function scheduledAgents(model: ModelDefinition, group: number, grid: PlanningGrid): number[] {
  const staffing = model.agentGroups[group]!.staffing;
  const out: number[] = [];
  for (let k = 0; k < grid.intervals; k++) {
    const start = k * grid.intervalLength;
    const end = start + grid.intervalLength;
    if (staffing.kind === 'constant') out.push(staffing.agents);
    else if (staffing.kind === 'intervals') {
      const mid = ((start + end) / 2) % staffing.period;
      out.push(staffing.agents[Math.floor(mid / staffing.intervalLength)] ?? 0);
    } else {
      let on = 0;
      for (const s of staffing.shifts) {
        for (const shift of [s.start, s.start - staffing.period, s.start + staffing.period]) {
          const from = Math.max(start, shift);
          const to = Math.min(end, shift + (s.end - s.start));
          // Stryker disable next-line EqualityOperator: at to = from the term added is agents × 0 = 0
          if (to > from) on += (s.agents * (to - from)) / grid.intervalLength;
        }
      }
      out.push(on);
    }
  }
  return out;
}

/**
 * The scenario simulating a plan: the groups in `planned` get `{ perInterval: staffing[g] }` (with
 * the period set to the planning day when the horizon passes one day); the others are left as given.
 */
export function scenarioWithStaffing(base: ScenarioInput, staffing: StaffingMatrix, planned: readonly boolean[], grid: PlanningGrid): ScenarioInput {
  const span = grid.intervals * grid.intervalLength;
  const groups = base.agentGroups.map((group, g) => {
    if (planned[g] !== true) return group;
    const agents = { perInterval: [...staffing[g]!], interval: grid.intervalLength, ...(span > 86_400 ? { period: span } : {}) };
    return { ...group, agents };
  });
  return { ...base, agentGroups: groups };
}

/** Agent-hours of a plan per group: Σ agents × interval length / 3600. */
export function agentHours(staffing: StaffingMatrix, grid: PlanningGrid): number[] {
  return staffing.map((row) => (row.reduce((a, b) => a + b, 0) * grid.intervalLength) / 3600);
}

/** A stable text key of a plan (for caches). */
export function staffingKey(staffing: StaffingMatrix): string {
  return staffing.map((row) => row.join(',')).join(';');
}
