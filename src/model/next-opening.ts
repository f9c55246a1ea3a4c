import { OpeningHours } from './opening-hours';
import { agentsAt, type StaffingSteps } from './staffing-plan';

/** When somebody who may serve a contact type is next planned on duty, and how many then. */
export interface Opening {
  /** The instant (seconds), not before the time asked about. */
  readonly at: number;
  /** Agents planned on duty then, over the groups that may serve the type (at least 1). */
  readonly agents: number;
}

/**
 * The next opening of each contact type's qualified groups, from their planned staffing (the step
 * functions of `staffingSteps`, whose last level stays in force after the horizon). Used by the
 * `queue-position` wait predictor when nobody who may serve a type is on duty: a callback offered
 * then is promised from the next opening instead of an infinite wait. Only read at such moments,
 * so it costs nothing on ordinary events.
 */
export class NextOpening {
  private readonly hours: OpeningHours;

  /**
   * @param steps - planned staffing per agent group
   * @param groupsPerType - per contact type, the ids of the groups that may serve it
   */
  constructor(
    private readonly steps: readonly StaffingSteps[],
    private readonly groupsPerType: readonly (readonly number[])[],
  ) {
    this.hours = new OpeningHours(steps, groupsPerType);
  }

  /** The first opening at or after `t` for contacts of `type`, or null when nobody is planned again. */
  after(type: number, t: number): Opening | null {
    const at = this.hours.nextOpening(type, t);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at Infinity the groups' last staffing level is 0 (else the type would be open for ever), so agents is 0 and the last line returns null too
    if (!(at < Infinity)) return null;
    let agents = 0;
    // Stryker disable next-line ArrayDeclaration: every type id has its list of groups
    for (const g of this.groupsPerType[type] ?? []) agents += agentsAt(this.steps[g]!, at);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a finite opening lies inside an open interval, where the groups have agents on duty (OpeningHours counts the same staffing steps)
    return agents > 0 ? { at, agents } : null;
  }
}
