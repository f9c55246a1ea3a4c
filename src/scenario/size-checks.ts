import type { IssueList, PathElement } from './errors';
import { MAX_INTERVALS, MAX_RATE_PER_SECOND } from './limits';
import type { ParsedParts } from './parse-parts';
import type { ParsedArrivals, ParsedStaffing } from './schema';
import { formatDuration } from './units';

/**
 * Checks that lists unrolled over the horizon stay within {@link MAX_INTERVALS}: the reporting
 * intervals (horizon ÷ interval, one record each in every result), arrivals per interval and
 * staffing per interval or per shift repeated every period. Each is a located error before the
 * run instead of an allocation that fails (`Invalid typed array length`) or exhausts memory.
 * Also checks that a count per interval is a rate within {@link MAX_RATE_PER_SECOND}.
 * Runs on the parts that parsed (see `value-checks.ts`).
 *
 * @module
 */

/** Intervals of `length` needed to cover `span`, rounded up (a tolerance keeps 24h ÷ 30m at 48). */
export function intervalsCovering(span: number, length: number): number {
  return Math.ceil(span / length - 1e-9);
}

/** A count for messages: `8640000`, `1.2e+20`. */
function count(n: number): string {
  return n < 1e15 ? String(n) : n.toPrecision(2);
}

function tooMany(n: number, what: string): string {
  return `${what} gives ${count(n)} intervals over the horizon, more than the ${MAX_INTERVALS} a run may unroll (each takes memory)`;
}

function checkArrivals(a: ParsedArrivals, interval: number | undefined, horizon: number, path: PathElement[], errors: IssueList): void {
  if (a.perInterval === undefined) return;
  const length = a.interval ?? interval;
  if (length === undefined) return;
  a.perInterval.forEach((n, i) => {
    if (n / length > MAX_RATE_PER_SECOND) {
      errors.add([...path, 'perInterval', i], `a count of ${count(n)} per ${formatDuration(length)} interval is a rate above the ${MAX_RATE_PER_SECOND}/s accepted`);
    }
  });
  const steps = intervalsCovering(horizon, a.period) * a.perInterval.length;
  if (steps > MAX_INTERVALS) {
    errors.add([...path, 'period'], `${tooMany(steps, `repeating ${a.perInterval.length} counts every ${formatDuration(a.period)}`)}; use a longer period`);
  }
}

function checkStaffing(s: ParsedStaffing, interval: number | undefined, horizon: number, path: PathElement[], errors: IssueList): void {
  if (typeof s === 'number') return;
  const repeats = intervalsCovering(horizon, s.period);
  if (s.perInterval !== undefined) {
    const length = s.interval ?? interval;
    if (length === undefined) return;
    const steps = repeats * intervalsCovering(s.period, length);
    if (steps > MAX_INTERVALS) {
      errors.add(path, `${tooMany(steps, `staffing per ${formatDuration(length)} interval, repeated every ${formatDuration(s.period)}`)}; use longer intervals`);
    }
  }
  if (s.shifts !== undefined) {
    const steps = (repeats + 1) * s.shifts.length;
    if (steps > MAX_INTERVALS) {
      errors.add(path, `${tooMany(steps, `${s.shifts.length} shifts repeated every ${formatDuration(s.period)}`)}; use a longer period`);
    }
  }
}

/** Runs the size checks over the parsed parts, adding errors to `errors`. */
export function checkSizes(parts: ParsedParts, errors: IssueList): void {
  const { horizon, interval } = parts.fields;
  if (horizon === undefined) return;
  if (interval !== undefined) {
    const reporting = intervalsCovering(horizon, interval);
    if (reporting > MAX_INTERVALS) {
      errors.add(
        ['interval'],
        `${formatDuration(interval)} reporting intervals over the ${formatDuration(horizon)} horizon are ${count(reporting)}, more than the ${MAX_INTERVALS} a run may have (each takes memory in every result); use a longer interval`,
      );
    }
  }
  parts.contactTypes?.forEach((type, i) => {
    if (type?.arrivals !== undefined) checkArrivals(type.arrivals, interval, horizon, ['contactTypes', i, 'arrivals'], errors);
  });
  parts.agentGroups?.forEach((group, i) => {
    if (group !== undefined) checkStaffing(group.agents, interval, horizon, ['agentGroups', i, 'agents'], errors);
  });
}
