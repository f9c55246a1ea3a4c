import type { StaffingDefinition } from './definition';

/** A step function of agents on duty: `agents[i]` from `times[i]` until the next time. */
export interface StaffingSteps {
  readonly times: readonly number[];
  readonly agents: readonly number[];
  /** The largest number of agents on duty at once. */
  readonly peak: number;
}

/**
 * Unrolls a staffing definition over `[0, horizon)` into a step function that starts at time 0
 * and only lists changes. After the horizon the last level stays in force (the drain).
 */
export function staffingSteps(staffing: StaffingDefinition, horizon: number): StaffingSteps {
  const points: [number, number][] = [];
  if (staffing.kind === 'constant') {
    points.push([0, staffing.agents]);
  } else if (staffing.kind === 'intervals') {
    const { intervalLength, agents, period } = staffing;
    // Stryker disable next-line EqualityOperator: a period starting at the horizon lists nothing (its first time is not before the horizon)
    for (let start = 0; start < horizon; start += period) {
      for (let i = 0; i * intervalLength < period; i++) {
        const t = start + i * intervalLength;
        if (t >= horizon) break;
        points.push([t, i < agents.length ? (agents[i] as number) : 0]);
      }
    }
  } else {
    const { shifts, period } = staffing;
    const edges = new Set<number>([0]);
    // Stryker disable next-line EqualityOperator: shifts of a period starting at the horizon have no edge before it
    for (let start = -period; start < horizon; start += period) {
      for (const s of shifts) {
        // Stryker disable next-line EqualityOperator: an edge at 0 is already in the set
        for (const e of [start + s.start, start + s.end]) if (e > 0 && e < horizon) edges.add(e);
      }
    }
    const sorted = [...edges].sort((a, b) => a - b);
    for (const t of sorted) {
      let n = 0;
      for (let start = Math.floor(t / period) * period - period; start <= t; start += period) {
        for (const s of shifts) if (t >= start + s.start && t < start + s.end) n += s.agents;
      }
      points.push([t, n]);
    }
  }
  const times: number[] = [];
  const agents: number[] = [];
  for (const [t, n] of points) {
    if (agents[agents.length - 1] === n) continue;
    times.push(t);
    agents.push(n);
  }
  if (times.length === 0) {
    times.push(0);
    agents.push(0);
  }
  return { times, agents, peak: agents.reduce((most, n) => Math.max(most, n), 0) };
}

/** The number of agents a step function plans on duty at time `t` (0 before its first step). */
export function agentsAt(steps: StaffingSteps, t: number): number {
  let lo = 0;
  let hi = steps.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((steps.times[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (steps.agents[lo - 1] as number) : 0;
}
