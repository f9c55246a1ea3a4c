import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * A known center for the records tests: open 10:00–14:00, 120 calls an hour, exponential handle
 * time (mean 4 min) and patience (mean 5 min), 8 agents until noon and 12 after (40 agent-hours). Its records,
 * written by routelab itself, are data whose truth is known.
 */

/** Staffing interval (seconds). */
export const INTERVAL = 1800;
/** True patience mean (seconds). */
export const PATIENCE_MEAN = 300;
/** True handle-time mean (seconds). */
export const HANDLE_MEAN = 240;

/** Agents on duty per 30 minutes (48 intervals). */
export function truthStaffing(): number[] {
  return Array.from({ length: 48 }, (_, k) => (k >= 20 && k < 24 ? 8 : k >= 24 && k < 28 ? 12 : 0));
}

/** Expected arrivals per 30 minutes, scaled by `busyness`. */
export function arrivalCounts(busyness = 1): number[] {
  return Array.from({ length: 48 }, (_, k) => (k >= 20 && k < 28 ? 60 * busyness : 0));
}

/** The known center; `staffing` and `busyness` vary it. */
export function syntheticCenter(staffing: readonly number[] = truthStaffing(), busyness = 1): ScenarioInput {
  return {
    name: 'synthetic center',
    horizon: '1d',
    interval: INTERVAL,
    skills: ['calls'],
    contactTypes: [
      {
        name: 'calls',
        skills: { calls: 1 },
        arrivals: { perInterval: arrivalCounts(busyness) },
        handleTime: { kind: 'exponential', mean: HANDLE_MEAN },
        patience: { kind: 'exponential', mean: PATIENCE_MEAN },
      },
    ],
    agentGroups: [{ name: 'calls', skills: { calls: 1 }, agents: { perInterval: [...staffing] } }],
  } as ScenarioInput;
}
