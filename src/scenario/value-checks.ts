import { formatNumber } from '../random/distributions/validate';
import { checkSilentAbandonment, checkSlowdown } from './channels-checks';
import { checkSession } from './session-checks';
import { checkInterruptions } from './interruptions-checks';
import type { IssueList, PathElement } from './errors';
import type { ParsedParts } from './parse-parts';
import { list, record } from './raw-input';
import { salvageContactType, salvageSchedule, scheduleParts, type ContactTypeParts, type ScheduleParts } from './salvage';
import type { ParsedArrivals } from './schema';
import { formatDuration } from './units';
import { checkIntervalListLengths, checkQueueExitValues } from './queue-exit-checks';
import { checkWorkforce } from './workforce-checks';

/**
 * Checks that need values in seconds (after the schema pass): warm-up before the horizon,
 * shares summing to 1 (segments, `repeat.via`, `retrial.via`), per-interval lists that fit their
 * period, shifts inside their period, trace times within the horizon. Runs on whatever parts parsed,
 * and, given the raw input, on the readable fields of list elements that did not (see
 * `salvage.ts`), so that a field-level problem does not hide a cross-field one elsewhere.
 *
 * @module
 */

/** Tolerance for a list of `n` shares summing to 1. */
export function shareTolerance(n: number): number {
  return 1e-9 * Math.max(1, n);
}

function checkSum(values: readonly number[], path: PathElement[], out: IssueList): void {
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > shareTolerance(values.length)) out.add(path, `shares must sum to 1, got ${formatNumber(sum)}`);
}

/**
 * A per-interval list must fit in its period. Shorter lists are allowed: the rest of the period
 * has no arrivals / no agents, which gets a warning when the horizon reaches it.
 */
function checkIntervalList(
  count: number,
  intervalLength: number,
  period: number,
  horizon: number | undefined,
  restMeans: string,
  path: PathElement[],
  errors: IssueList,
  warnings: IssueList,
): void {
  const covered = count * intervalLength;
  const periodText = formatDuration(period);
  if (covered > period + 1e-9 * period) {
    const fits = Math.floor(period / intervalLength + 1e-9);
    errors.add([...path, 'perInterval'], `lists ${count} intervals of ${formatDuration(intervalLength)} (${formatDuration(covered)}), more than the period of ${periodText} (at most ${fits})`);
    return;
  }
  if (horizon !== undefined && covered < Math.min(period, horizon) - 1e-9 * period) {
    warnings.add(
      [...path, 'perInterval'],
      `lists ${count} intervals of ${formatDuration(intervalLength)}, covering ${formatDuration(covered)} of each ${periodText} period; ${restMeans} for the rest of the period`,
    );
  }
}

function checkArrivals(a: ParsedArrivals, interval: number | undefined, horizon: number | undefined, path: PathElement[], errors: IssueList, warnings: IssueList): void {
  if (a.perInterval !== undefined) {
    const length = a.interval ?? interval;
    if (length !== undefined) checkIntervalList(a.perInterval.length, length, a.period, horizon, 'no contacts arrive', path, errors, warnings);
  }
  if (a.trace !== undefined && horizon !== undefined) {
    const late = a.trace.filter((t) => t >= horizon).length;
    if (late > 0) warnings.add([...path, 'trace'], `${late} of ${a.trace.length} arrival times are at or after the horizon (${formatDuration(horizon)}) and are ignored`);
  }
}

function checkStaffing(s: ScheduleParts | undefined, interval: number | undefined, horizon: number | undefined, path: PathElement[], errors: IssueList, warnings: IssueList): void {
  if (s === undefined || s.period === undefined) return;
  const period = s.period;
  if (s.perIntervalCount !== undefined) {
    const length = s.interval ?? interval;
    if (length !== undefined) checkIntervalList(s.perIntervalCount, length, period, horizon, 'no agent of this group is on duty', path, errors, warnings);
  }
  s.shifts?.forEach((shift, i) => {
    if (shift === undefined) return;
    const at: PathElement[] = [...path, 'shifts', i];
    if (!(shift.end > shift.start)) {
      errors.add([...at, 'end'], 'a shift must end after it starts');
    } else if (shift.start >= period) {
      errors.add([...at, 'start'], `must be within the period (${formatDuration(period)}), got ${formatDuration(shift.start)}; a shift repeats every period`);
    } else if (shift.end - shift.start > period) {
      errors.add([...at, 'end'], `a shift cannot last longer than the period (${formatDuration(period)}), got ${formatDuration(shift.end - shift.start)}`);
    }
  });
}

function checkContactType(type: ContactTypeParts, interval: number | undefined, horizon: number | undefined, path: PathElement[], errors: IssueList, warnings: IssueList): void {
  if (type.segments !== undefined) checkSum(Object.values(type.segments), [...path, 'segments'], errors);
  for (const key of ['repeat', 'retrial'] as const) {
    const via = type[key]?.via;
    if (via !== undefined) checkSum(Object.values(via), [...path, key, 'via'], errors);
  }
  if (type.arrivals !== undefined) checkArrivals(type.arrivals, interval, horizon, [...path, 'arrivals'], errors, warnings);
}

/**
 * Runs the value checks over the parsed parts.
 *
 * @param input - the raw scenario: when given, list elements that failed the schema pass are
 *   checked on their readable fields too
 */
export function checkValues(parts: ParsedParts, errors: IssueList, warnings: IssueList, input?: unknown): void {
  const raw = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const { horizon, warmup, interval } = parts.fields;
  if (horizon !== undefined && warmup !== undefined && warmup >= horizon) {
    errors.add(['warmup'], `must be shorter than the horizon (${formatDuration(horizon)}), got ${formatDuration(warmup)}`);
  }
  const segments = parts.segments;
  if (segments !== undefined && segments.every((s) => s !== undefined)) {
    checkSum(segments.map((s) => s.share), ['segments'], errors);
  }
  parts.contactTypes?.forEach((type, i) => {
    const readable = type ?? (raw === undefined ? undefined : salvageContactType(list(raw['contactTypes'])[i]));
    if (readable !== undefined) checkContactType(readable, interval, horizon, ['contactTypes', i], errors, warnings);
    if (type !== undefined) checkQueueExitValues(type, ['contactTypes', i], errors);
    if (raw !== undefined) checkIntervalListLengths(list(raw['contactTypes'])[i], interval, horizon, ['contactTypes', i], errors);
    if (type !== undefined) checkSilentAbandonment(type, ['contactTypes', i], errors);
    if (type !== undefined) checkSession(type, ['contactTypes', i], errors);
  });
  parts.agentGroups?.forEach((group, i) => {
    const schedule =
      group !== undefined ? scheduleParts(group.agents) : raw === undefined ? undefined : salvageSchedule(record(list(raw['agentGroups'])[i])?.['agents']);
    checkStaffing(schedule, interval, horizon, ['agentGroups', i, 'agents'], errors, warnings);
    if (group !== undefined) checkWorkforce(group, interval, ['agentGroups', i], errors);
    if (group !== undefined) checkSlowdown(group, ['agentGroups', i], errors);
    if (group !== undefined) checkInterruptions(group, ['agentGroups', i], errors);
  });
}
