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
  /**
   * Customer segments with their own patience; when given, they replace `arrivals` and
   * `patience`: each becomes a contact type `calls-<segment>` of that one segment.
   */
  readonly segments?: readonly DaySegment[];
}

/** One customer segment of a replayed day. */
export interface DaySegment {
  /** Segment name (`priority-1`). */
  readonly name: string;
  /** Share of the offered contacts. */
  readonly share: number;
  /** The segment's patience. */
  readonly patience: DistributionSpecInput;
  /** The segment's arrivals, as {@link DayScenarioInputs.arrivals}. */
  readonly arrivals: readonly number[] | { readonly perInterval: readonly number[] };
}

/** Name of the single contact type, skill and agent group of a replayed day. */
export const REPLAY_NAME = 'calls';

/**
 * The scenario of one replayed day: one contact type and one agent group named `calls`, a
 * horizon of one day (longer when arrivals pass midnight), service level "80 % within 20 s".
 * With segments: one contact type `calls-<segment>` per segment, each of that segment only,
 * with its own patience and arrivals, all served by the group `calls` at the same routing
 * priority (first come, first served across segments).
 */
export function dayScenario(inputs: DayScenarioInputs): ScenarioInput {
  const segments = inputs.segments ?? [];
  const parts = segments.length === 0 ? [{ name: REPLAY_NAME, patience: inputs.patience, arrivals: inputs.arrivals, segment: null }] : segments.map((s) => ({ name: `${REPLAY_NAME}-${s.name}`, patience: s.patience, arrivals: s.arrivals, segment: s.name }));
  const last = Math.max(0, ...parts.map((p) => ('perInterval' in p.arrivals ? 0 : ((p.arrivals as readonly number[]).at(-1) ?? 0))));
  const horizon = Math.max(86_400, Math.ceil((last + 1) / inputs.interval) * inputs.interval);
  return {
    name: inputs.name,
    horizon,
    interval: inputs.interval,
    skills: [REPLAY_NAME],
    ...(segments.length === 0 ? {} : { segments: segments.map((s) => ({ name: s.name, share: s.share })) }),
    contactTypes: parts.map((p) => ({
      name: p.name,
      skills: { [REPLAY_NAME]: 1 },
      handleTime: inputs.handleTime,
      patience: p.patience,
      serviceLevel: { target: 0.8, within: 20 },
      ...(p.segment === null ? {} : { segments: { [p.segment]: 1 } }),
      arrivals: 'perInterval' in p.arrivals ? { perInterval: [...(p.arrivals as { perInterval: readonly number[] }).perInterval], interval: inputs.interval } : { trace: [...(p.arrivals as readonly number[])] },
    })),
    agentGroups: [{ name: REPLAY_NAME, agents: { perInterval: [...inputs.staffing] }, skills: { [REPLAY_NAME]: 1 } }],
  } as ScenarioInput;
}
