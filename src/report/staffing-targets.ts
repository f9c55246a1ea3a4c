import type { TargetReport } from '../optimize/result';
import { percent } from './table';

/**
 * Shared pieces of the staffing renderings (text tables and HTML page): clock times, target values
 * and the one-line-per-target summary.
 *
 * @module
 */

/** Seconds from the start of the day as `HH:MM`. */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A target's value as text: seconds for ASA, a percentage otherwise; `–` for null. */
export function value(report: Pick<TargetReport, 'metric'>, x: number | null): string {
  if (x === null) return '–';
  return report.metric === 'asa' ? `${x.toFixed(1)}s` : percent(x);
}

/**
 * One line per target (worst place shown for per-interval targets): target, bound, where, estimate
 * ± half-width, places met, places met with confidence.
 */
export function targetRows(reports: readonly TargetReport[]): string[][] {
  const groups = new Map<string, TargetReport[]>();
  for (const r of reports) {
    const key = `${r.metric}|${r.contactType ?? r.agentGroup ?? '*'}|${r.scope}|${r.target}|${r.within ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    const measured = list.filter((r) => r.estimate !== null);
    const sense = first.metric === 'service-level' || first.metric === 'fcr' ? 1 : -1;
    const worst = measured.reduce<TargetReport | undefined>((w, r) => (w === undefined || sense * (r.estimate! - w.estimate!) < 0 ? r : w), undefined);
    const bound = sense > 0 ? '≥' : '≤';
    const where = first.scope === 'day' ? 'day' : worst?.start === undefined ? 'per interval' : `worst ${clock(worst.start)}`;
    return [
      `${first.metric} ${first.contactType ?? first.agentGroup ?? 'all'}${first.within === undefined ? '' : ` ${first.within}s`}`,
      `${bound} ${value(first, first.target)}`,
      where,
      worst === undefined ? '–' : `${value(first, worst.estimate)} ± ${worst.halfWidth === null ? '–' : first.metric === 'asa' ? `${worst.halfWidth.toFixed(1)}s` : percent(worst.halfWidth)}`,
      `${measured.filter((r) => r.met).length}/${measured.length}`,
      `${measured.filter((r) => r.confident).length}/${measured.length}`,
    ];
  });
}

