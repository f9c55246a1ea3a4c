import type { RandomStream, RandomStreams } from '../random/streams';
import type { AgentGroupDefinition, ShiftDefinition } from './definition';
import { staffingSteps } from './staffing-plan';

/** Seconds in the day over which absences of head-count staffing and per-interval shrinkage repeat. */
export const WORKFORCE_DAY = 86_400;

/**
 * Absence draws of one replication: stream `absence` with indices (group, shift, agent) for an
 * agent slot of a shift, (group, agent) for the k-th agent of a head count. The n-th variate of a
 * slot's stream decides its n-th day (or shift occurrence): absent when it is below the group's
 * `absenteeism`. So adding an agent (a new slot) or a shift never moves another slot's absences,
 * and the routing policy never draws from these streams: policies see the same absences.
 */
export class AbsenceDraws {
  /** Per slot key, its stream and the variates drawn so far (draws are kept, so asking again is free). */
  private readonly slots = new Map<string, { stream: RandomStream; values: number[] }>();

  /** @param streams - the replication's streams (the `absence` streams are taken from them) */
  constructor(private readonly streams: RandomStreams) {}

  /** The variate of draw `n` (0-based) of the slot `indices`: the slot is absent when it is below p. */
  variate(indices: readonly number[], n: number): number {
    const key = indices.join(',');
    let slot = this.slots.get(key);
    // Stryker disable next-line ConditionalExpression: a new slot re-creates the same seeded stream and draws the same values; the cache only saves the draws
    if (slot === undefined) {
      slot = { stream: this.streams.stream('absence', ...indices), values: [] };
      this.slots.set(key, slot);
    }
    while (slot.values.length <= n) slot.values.push(slot.stream.next());
    return slot.values[n] as number;
  }
}

/** A break an agent slot is due to take: it starts at `due` (or when the agent next frees up). */
export interface PlannedBreak {
  /** Time the break is due (seconds). */
  readonly due: number;
  /** Length of the break (seconds). */
  readonly length: number;
  /** End of the agent's shift: a break never runs past it, and one not begun by then is dropped. */
  readonly shiftEnd: number;
}

/**
 * One group's workforce plan over `[0, horizon)`, as step functions sharing change `times`
 * (the first is 0): agents `scheduled` (the roster, absent ones included), `present` (scheduled
 * minus absent) and the `shrinkage` share in force; plus the breaks due, in order. After the
 * horizon the last levels stay in force (the drain).
 */
export interface WorkforcePlan {
  /** Times (seconds, ascending, the first 0) at which any of the levels below changes. */
  readonly times: readonly number[];
  /** Agents rostered from `times[i]` on, absent ones included. */
  readonly scheduled: readonly number[];
  /** Agents rostered and not absent from `times[i]` on. */
  readonly present: readonly number[];
  /** Shrinkage share in force from `times[i]` on. */
  readonly shrinkage: readonly number[];
  /** Breaks of present agents due in `[0, horizon)`, in order of `due`. */
  readonly breaks: readonly PlannedBreak[];
}

/** Changes of the scheduled and present head counts at a time. */
type Delta = [time: number, scheduled: number, present: number];

/**
 * Start of break `rule` for agent `k` of `n` of a shift: staggered evenly over the window of
 * possible starts, `from + (to − length − from) · k / n` from the shift start, so the agents of a
 * shift do not all leave at once and the first starts at the window's opening.
 */
export function breakOffset(rule: { readonly length: number; readonly from: number; readonly to: number }, k: number, n: number): number {
  return rule.from + ((rule.to - rule.length - rule.from) * k) / n;
}

function shiftDeltas(group: AgentGroupDefinition, shifts: readonly ShiftDefinition[], period: number, horizon: number, p: number, absences: AbsenceDraws, deltas: Delta[], breaks: PlannedBreak[]): void {
  // Stryker disable next-line EqualityOperator: the shifts of a period starting at the horizon all start at or after it (skipped below)
  for (let d = -1; d * period < horizon; d++) {
    shifts.forEach((shift, s) => {
      const start = d * period + shift.start;
      const end = d * period + shift.end;
      if (end <= 0 || start >= horizon) return;
      for (let k = 0; k < shift.agents; k++) {
        const absent = p > 0 && absences.variate([group.id, s, k], d + 1) < p;
        const present = absent ? 0 : 1;
        deltas.push([Math.max(0, start), 1, present], [end, -1, -present]);
        if (absent) continue;
        // Stryker disable next-line ArrayDeclaration: a made-up rule has no numeric window, so its due time is NaN and nothing is pushed
        for (const rule of shift.breaks ?? []) {
          const due = start + breakOffset(rule, k, shift.agents);
          if (due >= 0 && due < horizon) breaks.push({ due, length: rule.length, shiftEnd: end });
        }
      }
    });
  }
}

function headCountDeltas(group: AgentGroupDefinition, horizon: number, p: number, absences: AbsenceDraws, deltas: Delta[]): void {
  const steps = staffingSteps(group.staffing, horizon);
  for (let i = 0; i < steps.times.length; i++) {
    const from = steps.times[i] as number;
    const to = i + 1 < steps.times.length ? (steps.times[i + 1] as number) : horizon;
    const level = steps.agents[i] as number;
    // Split at day boundaries: absences are drawn per day and agent slot.
    for (let t = from; t < to; ) {
      const day = Math.floor(t / WORKFORCE_DAY);
      const until = Math.min(to, (day + 1) * WORKFORCE_DAY);
      let present = 0;
      for (let k = 0; k < level; k++) if (!(p > 0 && absences.variate([group.id, k], day) < p)) present++;
      deltas.push([t, level, present], [until, -level, -present]);
      t = until;
    }
  }
}

/** The shrinkage share in force at time t. */
function shrinkageAt(values: readonly number[], intervalLength: number, t: number): number {
  // Stryker disable next-line EqualityOperator: for a single value the lookup below gives values[0] as well
  if (values.length <= 1) return values[0] ?? 0;
  const inDay = t - Math.floor(t / WORKFORCE_DAY) * WORKFORCE_DAY;
  return values[Math.min(values.length - 1, Math.floor(inDay / intervalLength + 1e-9))] as number;
}

/**
 * Builds a group's workforce plan for one replication: absences drawn (see {@link AbsenceDraws}),
 * breaks placed by {@link breakOffset}, shrinkage per interval of the day.
 */
export function workforcePlan(group: AgentGroupDefinition, horizon: number, absences: AbsenceDraws): WorkforcePlan {
  const p = group.workforce?.absenteeism ?? 0;
  const deltas: Delta[] = [];
  const breaks: PlannedBreak[] = [];
  const staffing = group.staffing;
  if (staffing.kind === 'shifts') shiftDeltas(group, staffing.shifts, staffing.period, horizon, p, absences, deltas, breaks);
  else headCountDeltas(group, horizon, p, absences, deltas);
  const shrink = group.workforce?.shrinkage ?? [0];
  const shrinkInterval = group.workforce?.shrinkageInterval ?? WORKFORCE_DAY;
  const edges = new Set<number>([0]);
  for (const [t] of deltas) if (t < horizon) edges.add(t);
  // Each interval of shrinkage starts a step (merged below when nothing changes there).
  // Stryker disable next-line EqualityOperator: a day starting at the horizon adds no time before it
  for (let day = 0; day * WORKFORCE_DAY < horizon; day++) {
    for (let j = 0; j < shrink.length; j++) {
      const t = day * WORKFORCE_DAY + j * shrinkInterval;
      if (t < horizon) edges.add(t);
    }
  }
  deltas.sort((a, b) => a[0] - b[0]);
  const times: number[] = [];
  const scheduled: number[] = [];
  const present: number[] = [];
  const shrinkage: number[] = [];
  let next = 0;
  let nScheduled = 0;
  let nPresent = 0;
  for (const t of [...edges].sort((a, b) => a - b)) {
    for (; next < deltas.length && (deltas[next] as Delta)[0] <= t; next++) {
      nScheduled += (deltas[next] as Delta)[1];
      nPresent += (deltas[next] as Delta)[2];
    }
    const s = shrinkageAt(shrink, shrinkInterval, t);
    const last = times.length - 1;
    if (last >= 0 && scheduled[last] === nScheduled && present[last] === nPresent && shrinkage[last] === s) continue;
    times.push(t);
    scheduled.push(nScheduled);
    present.push(nPresent);
    shrinkage.push(s);
  }
  breaks.sort((a, b) => a.due - b.due);
  return { times, scheduled, present, shrinkage, breaks };
}

/** True when a model uses any workforce mechanism (shrinkage, absenteeism or shift breaks). */
export function usesWorkforce(groups: readonly AgentGroupDefinition[]): boolean {
  return groups.some(
    (g) => g.workforce !== undefined || (g.staffing.kind === 'shifts' && g.staffing.shifts.some((s) => s.breaks !== undefined && s.breaks.length > 0)),
  );
}
