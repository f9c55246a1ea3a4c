import type { AgentGroupDefinition } from '../model/definition';
import { staffingSteps } from '../model/staffing-plan';

/**
 * Paid agent time: the one place that says how many agent-hours a group is paid for. Today that
 * is its **scheduled** time, busy or idle: the staffing plan (constant, per interval or shifts)
 * integrated over the counted part of the run, with the last level kept after the horizon while
 * a drain lasts (as the engine keeps it). Agents finishing a contact after their shift are not
 * paid overtime.
 *
 * @module
 */

/**
 * Scheduled agent-seconds of `group` in `[from, to)`.
 *
 * @param horizon - the model's horizon (the plan is unrolled up to it, then stays at its last level)
 */
export function scheduledAgentSeconds(group: AgentGroupDefinition, horizon: number, from: number, to: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with to <= from every step has end <= start and adds nothing; the early return only saves work
  if (!(to > from)) return 0;
  const { times, agents } = staffingSteps(group.staffing, horizon);
  let total = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, Math.max gives NaN, and NaN > NaN adds nothing
  for (let i = 0; i < times.length; i++) {
    const start = Math.max(from, times[i]!);
    const end = Math.min(to, i + 1 < times.length ? times[i + 1]! : Infinity);
    // Stryker disable next-line EqualityOperator: at end = start the step adds 0
    if (end > start) total += (end - start) * agents[i]!;
  }
  return total;
}
