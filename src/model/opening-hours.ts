import { isOnlineChannel } from './channel';
import type { ModelDefinition } from './definition';
import type { StaffingSteps } from './staffing-plan';

/**
 * The opening hours of each contact type: the periods when at least one agent of a group that
 * may serve it is planned on duty. Used to move a returning customer's contact out of a closed
 * period (`journey.returnWhenClosed: next-opening`).
 *
 * Planned staffing is what counts (the step functions of {@link staffingSteps}), not agents who
 * are still finishing a contact after their shift ended.
 *
 * @module
 */

/**
 * Per contact type, the sorted, disjoint intervals `[start, end)` with somebody on duty who may
 * serve it; {@link OpeningHours.nextOpening} finds the next open instant by binary search.
 */
export class OpeningHours {
  /** Per type, interval starts (ascending). */
  private readonly starts: readonly Float64Array[];
  /** Per type, interval ends (`Infinity` when the last level stays open after the horizon). */
  private readonly ends: readonly Float64Array[];
  /** Per type, 1 when it has opening hours, 0 when it is always open (not tracked). */
  private readonly tracked: Uint8Array;

  /**
   * @param steps - planned staffing per agent group (from {@link staffingSteps})
   * @param groupsPerType - per contact type, the ids of the groups that may serve it, or null
   *   for a type that counts as always open (e-mail and messaging: they wait in a backlog)
   */
  constructor(steps: readonly StaffingSteps[], groupsPerType: readonly (readonly number[] | null)[]) {
    const starts: Float64Array[] = [];
    const ends: Float64Array[] = [];
    // Stryker disable next-line ConditionalExpression: an untracked type's intervals are [0, ∞), where nextOpening's search returns t for every t ≥ 0 as the shortcut does
    this.tracked = Uint8Array.from(groupsPerType, (groups) => (groups === null ? 0 : 1));
    for (const groups of groupsPerType) {
      const [s, e] = groups === null ? [[0], [Infinity]] : openIntervals(groups.map((g) => steps[g]!));
      starts.push(Float64Array.from(s));
      ends.push(Float64Array.from(e));
    }
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The first instant `≥ t` at which somebody who may serve contacts of `type` is planned on duty:
   * `t` itself when open, else the start of the next open period; `Infinity` when there is none.
   */
  nextOpening(type: number, t: number): number {
    // Stryker disable next-line ConditionalExpression: a shortcut; an untracked type's intervals are [0, ∞), where the search below returns t for every t ≥ 0
    if (this.tracked[type] !== 1) return t;
    const starts = this.starts[type]!;
    const ends = this.ends[type]!;
    // Last interval starting at or before t.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Stryker disable next-line EqualityOperator: at t equal to a start, either search returns t: open there, or closed since the previous end (< t) with t the next start
      if ((starts[mid] as number) <= t) lo = mid + 1;
      else hi = mid;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at lo = 0, ends[-1] is undefined and t < undefined is false, as the guard makes it
    if (lo > 0 && t < (ends[lo - 1] as number)) return t;
    return lo < starts.length ? (starts[lo] as number) : Infinity;
  }

  /** The open intervals of `type` as `[start, end)` pairs (for reports and tests). */
  intervals(type: number): [number, number][] {
    const starts = this.starts[type] ?? new Float64Array(0);
    const ends = this.ends[type]!;
    return Array.from(starts, (s, i) => [s, ends[i] as number]);
  }
}

/** Merged intervals where the sum of the step functions is positive, as parallel start/end lists. */
function openIntervals(staff: readonly StaffingSteps[]): [number[], number[]] {
  const times = [...new Set(staff.flatMap((s) => s.times))].sort((a, b) => a - b);
  const index = staff.map(() => -1);
  const starts: number[] = [];
  const ends: number[] = [];
  let open = false;
  for (const t of times) {
    let onDuty = 0;
    staff.forEach((s, k) => {
      let i = index[k]!;
      while ((s.times[i + 1] ?? Infinity) <= t) i++;
      index[k] = i;
      // Stryker disable next-line ConditionalExpression: every step function starts at 0 (staffingSteps), the sweep's first time, so i ≥ 0 here
      if (i >= 0) onDuty += s.agents[i] as number;
    });
    if (onDuty > 0 && !open) starts.push(t);
    if (onDuty === 0 && open) ends.push(t);
    open = onDuty > 0;
  }
  // Stryker disable next-line ConditionalExpression: an end past the last start is never read (intervals maps the starts; nextOpening reads ends[lo - 1], lo ≤ starts)
  if (open) ends.push(Infinity);
  return [starts, ends];
}

/**
 * The opening hours that returning customers look at, or null when they need none (the model's
 * `journey.returnWhenClosed` is not `next-opening`). Only voice and chat types are tracked: e-mail
 * and messaging customers come back whenever they like, their contacts wait in a backlog.
 *
 * @param steps - planned staffing per agent group
 * @param eligibleGroups - the groups that may serve a contact type (qualified and, with overflow
 *   steps, listed in one)
 */
export function returnOpeningHours(
  model: ModelDefinition,
  steps: readonly StaffingSteps[],
  eligibleGroups: (type: number) => readonly number[],
): OpeningHours | null {
  if (model.journey?.returnWhenClosed !== 'next-opening') return null;
  return new OpeningHours(
    steps,
    model.contactTypes.map((t, type) => (isOnlineChannel(t.channel) ? eligibleGroups(type) : null)),
  );
}
