import type { CallRecord } from './call-record';

/**
 * Staffing inferred from call records, per interval of one day. The records show when agents
 * served, not when they were on duty, so each estimate is labelled for what it is:
 *
 * - **agents seen** ({@link agentsSeen}): agents with a service overlapping the interval. An
 *   upper bound on the agents who could take calls when every agent on duty takes one in each
 *   interval (a busy center): it counts an agent for the whole interval whatever the share they
 *   spent there, and counts time spent on breaks and other work as available.
 * - **busy time** ({@link busyAgents}): agent-seconds of service in the interval / its length. A
 *   lower bound (always): the fewest agents that could have done the observed work.
 * - **work sessions** ({@link sessionAgents}): an agent is on duty from the start of a service
 *   through the end of the next one when the gap between them is below `sessionGap`; the mean
 *   number of agents in a session during the interval. Multiplied by an availability factor (the
 *   share of session time an agent can take calls) it is the staffing the replay uses.
 *
 * @module
 */

/** Options of the staffing estimates. */
export interface StaffingInferenceOptions {
  /** Interval length (seconds). @default 1800 */
  interval?: number;
  /** Length of the day covered (seconds); services past it are cut there. @default 86400 */
  dayLength?: number;
  /** Longest gap (seconds) between two services of one agent inside one work session. @default 1800 */
  sessionGap?: number;
}

/** The three estimates of one day, per interval. */
export interface StaffingEstimates {
  /** Interval length (seconds). */
  readonly interval: number;
  /** Agents seen serving in each interval (upper bound in a busy center). */
  readonly seen: readonly number[];
  /** Busy agent-seconds / interval length (lower bound), fractional. */
  readonly busy: readonly number[];
  /** Mean agents in a work session during each interval, fractional. */
  readonly sessions: readonly number[];
}

/** Names of the staffing estimates. */
export const STAFFING_ESTIMATES = ['sessions', 'seen', 'busy'] as const;
/** One of {@link STAFFING_ESTIMATES}. */
export type StaffingEstimateName = (typeof STAFFING_ESTIMATES)[number];

interface Service {
  readonly agent: string;
  readonly start: number;
  readonly end: number;
}

function services(records: readonly CallRecord[]): Service[] {
  const out: Service[] = [];
  for (const r of records) {
    if (r.agent !== null && r.serviceStart !== null && r.serviceEnd !== null && r.serviceEnd > r.serviceStart) out.push({ agent: r.agent, start: r.serviceStart, end: r.serviceEnd });
  }
  return out;
}

function resolved(options: StaffingInferenceOptions): Required<StaffingInferenceOptions> {
  const interval = options.interval ?? 1800;
  const dayLength = options.dayLength ?? 86_400;
  const sessionGap = options.sessionGap ?? 1800;
  if (!(interval > 0) || !Number.isFinite(interval)) throw new RangeError(`staffing inference: interval must be a positive number of seconds, got ${interval}`);
  if (!(dayLength >= interval) || !Number.isFinite(dayLength)) throw new RangeError(`staffing inference: dayLength must be at least one interval, got ${dayLength}`);
  if (!(sessionGap >= 0) || !Number.isFinite(sessionGap)) throw new RangeError(`staffing inference: sessionGap must be a non-negative number of seconds, got ${sessionGap}`);
  return { interval, dayLength, sessionGap };
}

/** Adds the overlap of [start, end) with each interval to `into` (agent-seconds). */
function addSpan(into: number[], start: number, end: number, interval: number): void {
  // Stryker disable next-line MethodExpression: starting earlier only visits intervals before the span, whose overlap is ≤ 0 and skipped below (a negative k writes a non-index property the callers' map ignores)
  const first = Math.max(0, Math.floor(start / interval));
  for (let k = first; k < into.length; k++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only: from the interval starting at or after the span's end on, every overlap is ≤ 0 and skipped below
    if (k * interval >= end) break;
    const overlap = Math.min(end, (k + 1) * interval) - Math.max(start, k * interval);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every interval the loop reaches overlaps the span (first·interval ≤ start < end, k·interval < end), so overlap > 0 here; the guard keeps a rounding residue out
    if (overlap > 0) into[k]! += overlap;
  }
}

/** Agents with a service overlapping each interval (see the module doc). */
export function agentsSeen(records: readonly CallRecord[], options: StaffingInferenceOptions = {}): number[] {
  const { interval, dayLength } = resolved(options);
  const sets = Array.from({ length: Math.ceil(dayLength / interval) }, () => new Set<string>());
  for (const s of services(records)) {
    for (let k = Math.max(0, Math.floor(s.start / interval)); k < sets.length && k * interval < s.end; k++) sets[k]!.add(s.agent);
  }
  return sets.map((set) => set.size);
}

/** Busy agent-seconds / interval length in each interval (see the module doc). */
export function busyAgents(records: readonly CallRecord[], options: StaffingInferenceOptions = {}): number[] {
  const { interval, dayLength } = resolved(options);
  const busy = new Array<number>(Math.ceil(dayLength / interval)).fill(0);
  for (const s of services(records)) addSpan(busy, s.start, s.end, interval);
  return busy.map((b) => b / interval);
}

/** The work sessions of each agent: [start, end) spans (see the module doc). */
export function workSessions(records: readonly CallRecord[], sessionGap = 1800): { agent: string; start: number; end: number }[] {
  const byAgent = new Map<string, Service[]>();
  for (const s of services(records)) {
    const list = byAgent.get(s.agent);
    if (list === undefined) byAgent.set(s.agent, [s]);
    else list.push(s);
  }
  const sessions: { agent: string; start: number; end: number }[] = [];
  // Stryker disable next-line EqualityOperator: agent names are Map keys, never equal, so a <= b and a < b agree
  for (const [agent, list] of [...byAgent].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Services starting together merge into one session whatever their order (the later start is before the earlier end).
    list.sort((a, b) => a.start - b.start);
    let current = { agent, start: list[0]!.start, end: list[0]!.end };
    // The first service merges into the session it opens, leaving it unchanged.
    for (const s of list) {
      if (s.start - current.end <= sessionGap) current.end = Math.max(current.end, s.end);
      else {
        sessions.push(current);
        current = { agent, start: s.start, end: s.end };
      }
    }
    sessions.push(current);
  }
  return sessions;
}

/** Mean number of agents in a work session during each interval (see the module doc). */
export function sessionAgents(records: readonly CallRecord[], options: StaffingInferenceOptions = {}): number[] {
  const { interval, dayLength, sessionGap } = resolved(options);
  const onDuty = new Array<number>(Math.ceil(dayLength / interval)).fill(0);
  for (const s of workSessions(records, sessionGap)) addSpan(onDuty, s.start, s.end, interval);
  return onDuty.map((t) => t / interval);
}

/** The three estimates of one day's records (see the module doc). */
export function inferStaffing(records: readonly CallRecord[], options: StaffingInferenceOptions = {}): StaffingEstimates {
  const { interval } = resolved(options);
  return { interval, seen: agentsSeen(records, options), busy: busyAgents(records, options), sessions: sessionAgents(records, options) };
}

/**
 * Whole agents per interval for a scenario: `estimate × availability`, rounded to the nearest
 * whole agent (the busy-time lower bound rounded up, since fewer agents could not have done the
 * work).
 */
export function staffingPlan(estimates: StaffingEstimates, name: StaffingEstimateName, availability = 1): number[] {
  if (!(availability > 0) || !Number.isFinite(availability)) throw new RangeError(`staffingPlan: availability must be a positive number, got ${availability}`);
  const values = estimates[name];
  if (name === 'busy') return values.map((x) => Math.max(0, Math.ceil(x * availability - 1e-9)));
  return values.map((x) => Math.round(x * availability));
}
