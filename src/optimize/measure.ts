import type { JourneyResult } from '../metrics/journey-collector';
import type { TargetTallies } from './target-collector';
import type { ResolvedTarget } from './targets';

/**
 * Turns one run's tallies into one value per target and place (interval or day): the numbers the
 * optimizer compares with the targets. A ratio with a zero denominator (no contact in that
 * interval) is `null`: such a place constrains nothing.
 *
 * @module
 */

/** Where one measured value belongs: a target and an interval (or -1 for the day). */
export interface MeasurePlace {
  /** Index of the target in the resolved list. */
  readonly target: number;
  /** Interval index, or -1 for a day-scope target. */
  readonly interval: number;
}

/** The places of every target, in order: per-interval targets give one place per interval. */
export function measurePlaces(targets: readonly ResolvedTarget[], intervals: number): MeasurePlace[] {
  const places: MeasurePlace[] = [];
  targets.forEach((t, i) => {
    if (t.scope === 'day') places.push({ target: i, interval: -1 });
    else for (let k = 0; k < intervals; k++) places.push({ target: i, interval: k });
  });
  return places;
}

/** The distinct service-level thresholds of the targets, the order the collector tallies them in. */
export function targetThresholds(targets: readonly ResolvedTarget[]): number[] {
  return [...new Set(targets.filter((t) => t.metric === 'service-level').map((t) => t.within))];
}

/** Sums of a (type or group) row over intervals [from, to), or over all rows when `row` is -1. */
function sum(table: Float64Array, rows: number, intervals: number, row: number, from: number, to: number, offset = 0): number {
  let total = 0;
  for (let r = Math.max(row, 0); r < (row < 0 ? rows : row + 1); r++) {
    for (let k = from; k < to; k++) total += table[offset + r * intervals + k]!;
  }
  return total;
}

function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/**
 * The value of every place of one run (see {@link measurePlaces}).
 *
 * @param types - number of contact types; `groups` number of agent groups
 */
export function measureRun(
  targets: readonly ResolvedTarget[],
  places: readonly MeasurePlace[],
  tallies: TargetTallies,
  journey: JourneyResult,
  types: number,
  groups: number,
): (number | null)[] {
  const T = tallies.intervals;
  const stride = types * T;
  return places.map(({ target, interval }) => {
    const t = targets[target]!;
    const from = Math.max(interval, 0);
    const to = interval < 0 ? T : interval + 1;
    switch (t.metric) {
      case 'service-level': {
        const j = tallies.thresholds.indexOf(t.within);
        const within = sum(tallies.within, types, T, t.type, from, to, j * stride);
        const handled = sum(tallies.answered, types, T, t.type, from, to) + sum(tallies.abandoned, types, T, t.type, from, to);
        return ratio(within, handled);
      }
      case 'abandonment': {
        const abandoned = sum(tallies.abandoned, types, T, t.type, from, to);
        return ratio(abandoned, abandoned + sum(tallies.answered, types, T, t.type, from, to));
      }
      case 'asa':
        return ratio(sum(tallies.waitSum, types, T, t.type, from, to), sum(tallies.answered, types, T, t.type, from, to));
      case 'occupancy':
        return ratio(sum(tallies.busy, groups, T, t.group, from, to), sum(tallies.onDuty, groups, T, t.group, from, to));
      case 'fcr':
        if (interval >= 0) return ratio(sum(tallies.resolvedAtFirst, types, T, t.type, from, to), sum(tallies.firstEnded, types, T, t.type, from, to));
        return t.type < 0 ? journey.overall.fcr : (journey.byContactType[t.type]?.fcr ?? null);
    }
  });
}
