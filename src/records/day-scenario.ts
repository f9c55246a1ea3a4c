import type { DistributionSpecInput } from '../scenario/distribution-spec';
import type { ScenarioInput } from '../scenario/schema';

/**
 * One day of records as a scenario: the day's real arrivals as a trace, the fitted handle time
 * and patience, and whole agents per interval.
 *
 * @module
 */

/** What {@link dayScenario} builds from. */
export interface DayScenarioInputs {
  /** Scenario name. */
  readonly name: string;
  /**
   * Times the contacts reached the agents' queue (seconds after midnight), ascending: replayed as a
   * trace; or expected arrivals per staffing interval (`{ perInterval }`): drawn as a Poisson process.
   */
  readonly arrivals: readonly number[] | { readonly perInterval: readonly number[] };
  /** Whole agents per staffing interval. */
  readonly staffing: readonly number[];
  /** Staffing interval (seconds); also the scenario's reporting interval. */
  readonly interval: number;
  /** Handle-time distribution. */
  readonly handleTime: DistributionSpecInput;
  /** Patience distribution. */
  readonly patience: DistributionSpecInput;
}

/** Name of the single contact type, skill and agent group of a replayed day. */
export const REPLAY_NAME = 'calls';

/**
 * The scenario of one replayed day: one contact type and one agent group named `calls`, a
 * horizon of one day (longer when arrivals pass midnight), service level "80 % within 20 s".
 */
export function dayScenario(inputs: DayScenarioInputs): ScenarioInput {
  const trace = 'perInterval' in inputs.arrivals ? null : (inputs.arrivals as readonly number[]);
  const last = trace === null || trace.length === 0 ? 0 : trace[trace.length - 1]!;
  const horizon = Math.max(86_400, Math.ceil((last + 1) / inputs.interval) * inputs.interval);
  return {
    name: inputs.name,
    horizon,
    interval: inputs.interval,
    skills: [REPLAY_NAME],
    contactTypes: [
      {
        name: REPLAY_NAME,
        skills: { [REPLAY_NAME]: 1 },
        handleTime: inputs.handleTime,
        patience: inputs.patience,
        serviceLevel: { target: 0.8, within: 20 },
        arrivals: trace === null ? { perInterval: [...(inputs.arrivals as { perInterval: readonly number[] }).perInterval], interval: inputs.interval } : { trace: [...trace] },
      },
    ],
    agentGroups: [{ name: REPLAY_NAME, agents: { perInterval: [...inputs.staffing] }, skills: { [REPLAY_NAME]: 1 } }],
  } as ScenarioInput;
}
