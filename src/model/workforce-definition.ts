/**
 * The workforce-realism parts of a model definition (see docs/workforce.md): shifts with their
 * breaks, and an agent group's shrinkage and absenteeism.
 *
 * @module
 */

/** One shift of a {@link StaffingDefinition} of kind `shifts`. */
export interface ShiftDefinition {
  /** Start, seconds from the start of the period. */
  readonly start: number;
  /** End, seconds from the start of the period (after `start`, may pass the period's end). */
  readonly end: number;
  /** Agents working the shift. */
  readonly agents: number;
  /** Breaks each agent of the shift takes (scenario `breaks`); absent when the shift has none. */
  readonly breaks?: readonly BreakRule[];
}

/** A break each agent of a shift takes once per shift (see docs/workforce.md for the placement rule). */
export interface BreakRule {
  /** Length of the break (seconds, > 0). */
  readonly length: number;
  /** Earliest start, seconds from the shift start. */
  readonly from: number;
  /** Latest end, seconds from the shift start (`to - from >= length`, `to` within the shift). */
  readonly to: number;
}

/**
 * Workforce realism of an agent group (see docs/workforce.md): shrinkage and absenteeism. Breaks
 * live on the shifts ({@link ShiftDefinition.breaks}).
 */
export interface WorkforceDefinition {
  /**
   * Share of the time of present agents not on break that is withheld from contacts (meetings,
   * coaching, training), in [0, 1): one value per interval of `shrinkageInterval` of the day,
   * repeated every day (a single value applies all day).
   */
  readonly shrinkage: readonly number[];
  /** Length of one interval of `shrinkage` (seconds): the scenario's `interval`. */
  readonly shrinkageInterval: number;
  /** Probability, in [0, 1], that a scheduled agent is absent for a whole day (or a whole shift). */
  readonly absenteeism: number;
}
