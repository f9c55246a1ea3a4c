import type { ArrivalDefinition, ModelDefinition } from '../model/definition';
import { isOnlineChannel } from '../model/channel';
import { staffingSteps, type StaffingSteps } from '../model/staffing-plan';
import type { IssueList } from './errors';
import { formatDuration } from './units';

/**
 * Warnings about a resolved model that is valid but probably not what was meant: contacts that
 * arrive while nobody who could serve them is on duty (counting only the groups of its overflow
 * steps when it has some), and agent groups that can serve nothing.
 *
 * @module
 */

/** True when agents of group `g` can serve contacts of type `t` (channel and skills). */
export function canServe(model: ModelDefinition, g: number, t: number): boolean {
  const group = model.agentGroups[g];
  const type = model.contactTypes[t];
  if (group === undefined || type === undefined) return false;
  if (!((group.concurrency[type.channel] ?? 0) > 0)) return false;
  return type.requirements.every((r) => (group.proficiency[r.skill] ?? 0) >= r.minProficiency);
}

/**
 * True when agents of group `g` may serve contacts of type `t` at some point: qualified
 * ({@link canServe}) and, when the type has overflow steps, listed in one of them.
 */
export function serves(model: ModelDefinition, g: number, t: number): boolean {
  if (!canServe(model, g, t)) return false;
  const overflow = model.contactTypes[t]?.overflow ?? null;
  return overflow === null || overflow.some((step) => step.groups.includes(g));
}

/** Value of a step function at `t`. */
export function stepAt(steps: StaffingSteps, t: number): number {
  let lo = 0;
  let hi = steps.times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((steps.times[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return (steps.times[lo] as number) <= t ? (steps.agents[lo] as number) : 0;
}

/** Rate changes `[time, rate]` of a Poisson arrival definition over `[0, horizon)` (none for a trace). */
export function rateSteps(a: ArrivalDefinition, horizon: number): [number, number][] {
  if (a.kind === 'poisson') return [[0, a.rate]];
  if (a.kind === 'trace') return [];
  const points: [number, number][] = [];
  for (let start = 0; start < horizon; start += a.period) {
    a.rates.forEach((rate, i) => points.push([start + i * a.intervalLength, rate]));
    const end = start + a.rates.length * a.intervalLength;
    if (end < start + a.period) points.push([end, 0]);
  }
  return points.filter(([t]) => t < horizon);
}

function windowsText(windows: readonly [number, number][]): string {
  const shown = windows.slice(0, 4).map(([a, b]) => `${formatDuration(a)}–${formatDuration(b)}`);
  if (windows.length > 4) shown.push(`and ${windows.length - 4} more`);
  return shown.join(', ');
}

function uncoveredWindows(rates: readonly [number, number][], staff: readonly StaffingSteps[], horizon: number): [number, number][] {
  const times = new Set<number>(rates.map(([t]) => t));
  for (const steps of staff) for (const t of steps.times) if (t < horizon) times.add(t);
  const sorted = [...times].sort((a, b) => a - b);
  const windows: [number, number][] = [];
  let rateIndex = -1;
  sorted.forEach((t, i) => {
    while (rateIndex + 1 < rates.length && (rates[rateIndex + 1] as [number, number])[0] <= t) rateIndex++;
    const rate = rateIndex >= 0 ? (rates[rateIndex] as [number, number])[1] : 0;
    const agents = staff.reduce((sum, steps) => sum + stepAt(steps, t), 0);
    if (!(rate > 0 && agents === 0)) return;
    const end = i + 1 < sorted.length ? (sorted[i + 1] as number) : horizon;
    const last = windows[windows.length - 1];
    if (last !== undefined && last[1] === t) last[1] = end;
    else windows.push([t, end]);
  });
  return windows;
}

/** Adds the warnings of a resolved model to `out`. */
export function addModelWarnings(model: ModelDefinition, out: IssueList): void {
  const { horizon } = model;
  const steps = model.agentGroups.map((g) => staffingSteps(g.staffing, horizon));
  model.contactTypes.forEach((type, t) => {
    const groups = model.agentGroups.filter((_, g) => serves(model, g, t));
    if (groups.length === 0) return; // an error, reported by the cross-reference pass
    const staff = groups.map((g) => steps[g.id] as StaffingSteps);
    const who = `no agent who can serve them is on duty (groups: ${groups.map((g) => g.name).join(', ')})`;
    if (type.arrivals.kind === 'trace') {
      const uncovered = type.arrivals.times.filter((time) => time < horizon && staff.every((s) => stepAt(s, time) === 0));
      if (uncovered.length > 0) {
        out.add(['contactTypes', t], `${uncovered.length} contacts of '${type.name}' arrive while ${who}, the first at ${formatDuration(uncovered[0] as number)}`);
      }
      return;
    }
    const windows = uncoveredWindows(rateSteps(type.arrivals, horizon), staff, horizon);
    if (!isOnlineChannel(type.channel)) {
      // E-mail and messaging wait in a backlog: arrivals before the first shift are worked when it
      // starts. Only those after the last agent has left stay unanswered to the end of the run.
      const last = windows[windows.length - 1];
      if (last !== undefined && last[1] >= horizon) {
        out.add(
          ['contactTypes', t],
          `contacts of '${type.name}' arriving during ${windowsText([last])} wait in the backlog to the end of the run: ${who} after ${formatDuration(last[0])}`,
        );
      }
      return;
    }
    if (windows.length > 0) {
      out.add(['contactTypes', t], `contacts of '${type.name}' arrive during ${windowsText(windows)} but ${who}`);
    }
  });
  model.agentGroups.forEach((group, g) => {
    if (!model.contactTypes.some((_, t) => canServe(model, g, t))) {
      out.add(['agentGroups', g], `group '${group.name}' cannot serve any contact type (check its skills and channels)`);
    }
  });
}
