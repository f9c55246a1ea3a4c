import type { CandidateEvaluation } from './evaluation';
import type { MeasurePlace } from './measure';
import { placeMet, type TargetCriterion } from './criterion';
import type { ValidationRound } from './repair';
import type { ResolvedTarget, TargetMetric, TargetScope } from './targets';

/**
 * The optimizer's result (plain JSON) and its per-target validation report.
 *
 * @module
 */

/** `format` of a {@link StaffingResult}. */
export const STAFFING_FORMAT = 'routelab-staffing';

/** One target at one place (an interval or the day), as estimated on the validation replications. */
export interface TargetReport {
  /** The metric. */
  readonly metric: TargetMetric;
  /** The contact type (contact metrics), absent for all contacts. */
  readonly contactType?: string;
  /** The agent group (occupancy), absent for all agents. */
  readonly agentGroup?: string;
  /** `'interval'` or `'day'`. */
  readonly scope: TargetScope;
  /** Interval index (scope `'interval'`). */
  readonly interval?: number;
  /** Start of the interval in seconds (scope `'interval'`). */
  readonly start?: number;
  /** The bound (fraction, or seconds for ASA). */
  readonly target: number;
  /** Service-level threshold in seconds (service level only). */
  readonly within?: number;
  /** Mean over the validation replications (null: no contact there in any replication). */
  readonly estimate: number | null;
  /** Half-width of the two-sided confidence interval at the level (null with fewer than 2 values). */
  readonly halfWidth: number | null;
  /** One-sided confidence bound on the side that matters (lower for "at least", upper for "at most"). */
  readonly bound: number | null;
  /** Met under the optimizer's criterion (`'confidence'`: the bound; `'mean'`: the estimate). */
  readonly met: boolean;
  /** Met with the stated confidence: the one-sided bound is on the right side of the target. */
  readonly confident: boolean;
}

/** A shift plan of one group (see `scheduleShifts`). */
export interface GroupShiftPlan {
  /** The agent group. */
  readonly group: string;
  /** Shifts with their number of agents; times in seconds from the start of the day. */
  readonly shifts: readonly { readonly template: string; readonly start: number; readonly end: number; readonly breakStart: number | null; readonly agents: number }[];
  /** Paid agent-hours of the shifts. */
  readonly paidHours: number;
  /** Agents on duty per interval under the shifts (breaks taken out). */
  readonly coverage: readonly number[];
}

/** The result of the shift-scheduling step. */
export interface ShiftResult {
  /** Per planned group. */
  readonly groups: readonly GroupShiftPlan[];
  /** Cost of the paid hours. */
  readonly cost: number;
  /** The targets re-simulated under the shift coverage (validation seeds). */
  readonly targets: readonly TargetReport[];
}

/** The result of {@link optimizeStaffing} (plain JSON). */
export interface StaffingResult {
  /** Always `'routelab-staffing'`. */
  readonly format: typeof STAFFING_FORMAT;
  /** Format version, 1. */
  readonly version: 1;
  /** The scenario's name. */
  readonly scenario: string;
  /**
   * `'met'`: a staffing meeting every target was found in the search; `'infeasible'`: the bounds
   * do not allow every target (see `unreachable`); `'iteration-limit'`: the search stopped first.
   */
  readonly status: 'met' | 'infeasible' | 'iteration-limit';
  /** Scheduled agents per group, one number per interval (fixed groups: their own staffing). */
  readonly staffing: Readonly<Record<string, readonly number[]>>;
  /** Interval length in seconds. */
  readonly intervalLength: number;
  /** Cost of the staffing: Σ agent-hours × cost per agent-hour, over every group. */
  readonly cost: number;
  /** Agent-hours per group. */
  readonly agentHours: Readonly<Record<string, number>>;
  /** The Erlang starting point: agents per contact type and interval. */
  readonly erlang: Readonly<Record<string, readonly number[]>>;
  /** Every target at every place, estimated on fresh seeds (the validation). */
  readonly targets: readonly TargetReport[];
  /**
   * Labels of the targets the maximum staffing allowed could not meet in the search (status
   * `'infeasible'`/`'iteration-limit'`; with `'iteration-limit'` and an empty list the targets are
   * reachable and `staffing` is the search's candidate closest to meeting them).
   */
  readonly unreachable: readonly string[];
  /** Simulations run (candidates × replications, validation included). */
  readonly evaluations: number;
  /** Cutting-plane iterations. */
  readonly iterations: number;
  /** Master seed of the search; the validation used `${seed}/validation`. */
  readonly seed: number | string;
  /** Replications per candidate in the search. */
  readonly replications: number;
  /** Replications of the validation. */
  readonly validationReplications: number;
  /** Confidence level. */
  readonly level: number;
  /** How a target counted as met. */
  readonly criterion: TargetCriterion;
  /** The shift plan, when shift templates were given. */
  readonly shifts?: ShiftResult;
  /**
   * How `targets` were obtained: the seed and level of the last validation round (seeds never used
   * before), and every round with its misses and the agents the repair added after it.
   */
  readonly validation?: {
    readonly seed: string;
    readonly level: number;
    readonly rounds: readonly ValidationRound[];
  };
  /** Most replications of one candidate in the search (sequential sampling where places straddle their targets). */
  readonly maxReplications?: number;
}

/** One report per place of an evaluation. */
export function targetReports(
  targets: readonly ResolvedTarget[],
  places: readonly MeasurePlace[],
  evaluation: CandidateEvaluation,
  names: { readonly types: readonly string[]; readonly groups: readonly string[] },
  intervalLength: number,
  criterion: TargetCriterion,
): TargetReport[] {
  return places.map((place, j) => {
    const t = targets[place.target]!;
    const e = evaluation.estimates[j]!;
    return {
      metric: t.metric,
      // A resolved target names a contact type only for contact metrics, an agent group only for occupancy.
      ...(t.type >= 0 ? { contactType: names.types[t.type]! } : {}),
      ...(t.group >= 0 ? { agentGroup: names.groups[t.group]! } : {}),
      scope: t.scope,
      ...(place.interval >= 0 ? { interval: place.interval, start: place.interval * intervalLength } : {}),
      target: t.value,
      ...(t.metric === 'service-level' ? { within: t.within } : {}),
      estimate: e.mean,
      halfWidth: e.halfWidth,
      bound: e.bound,
      met: placeMet(t, e, criterion),
      confident: placeMet(t, e, 'confidence'),
    };
  });
}
