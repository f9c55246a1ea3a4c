import type { FigureMeasure } from '../records/day-figures';
import type { CalibrationResult } from '../records/calibrate';
import type { MeasureComparison, ReplayComparison } from '../records/replay-comparison';
import { csvTable, type CsvValue } from './csv';
import { formatTable } from './table';

/**
 * Text, JSON and CSV renderings of a replay (simulated against observed days). Rates are shown in
 * % and ASA in seconds in the table; JSON and CSV keep fractions and seconds.
 *
 * @module
 */

const LABELS: Readonly<Record<FigureMeasure, string>> = {
  abandonment: 'abandoned %',
  asa: 'ASA s',
  within20: 'in 20 s %',
  within60: 'in 60 s %',
  offered: 'offered',
};

/** A value of a measure as the table shows it. */
export function showMeasure(measure: FigureMeasure, value: number | null): string {
  if (value === null) return '-';
  if (measure === 'asa') return value.toFixed(1);
  if (measure === 'offered') return value.toFixed(0);
  return (100 * value).toFixed(1);
}

function rowCells(c: MeasureComparison): string[] {
  const s = (v: number | null) => showMeasure(c.measure, v);
  const hw = c.halfWidth === null ? '' : ` ± ${s(c.halfWidth)}`;
  return [LABELS[c.measure], s(c.observed), `${s(c.mean)}${hw}`, `${s(c.bandLow)}–${s(c.bandHigh)}`, c.error === null ? '-' : s(c.error), c.inBand === null ? '-' : c.inBand ? 'yes' : 'NO'];
}

/** Header of the per-day tables. */
const DAY_HEADER = ['measure', 'observed', 'simulated (95 % CI)', 'band 2.5–97.5 %', 'error', 'in band'];

/** Everything the table shows beside the comparison. */
export interface ReplayTableContext {
  /** Lines printed first (fits, staffing, drops). */
  readonly preamble: readonly string[];
  /** The calibrations that ran (one per unknown), if any. */
  readonly calibrations?: readonly CalibrationResult[];
  /** Print the hour-by-hour tables. @default true */
  readonly hourly?: boolean;
}

/** The plain-text report: per day, then per hour, then the summary with the persistence yardstick. */
export function formatReplayTables(comparison: ReplayComparison, context: ReplayTableContext): string {
  const parts: string[] = [...context.preamble];
  for (const cal of context.calibrations ?? []) {
    const bound = cal.atBound === null ? '' : ` (at the ${cal.atBound} end of the range: the observed ${cal.target} is out of reach)`;
    parts.push(
      `Calibration: ${cal.unknown} = ${cal.value.toFixed(3)} (95 % interval ${cal.interval[0].toFixed(3)}–${cal.interval[1].toFixed(3)})${bound}, matching ${cal.target} on ${cal.on.join(', ')}: observed ${showMeasure(cal.target, cal.observed)}, simulated ${showMeasure(cal.target, cal.simulated)} (${cal.steps.length} candidates × ${cal.replications} replications, common random numbers).`,
    );
  }
  for (const day of comparison.days) {
    parts.push('', `Day ${day.day}`, formatTable(DAY_HEADER, day.measures.map(rowCells)));
    if (context.hourly ?? true) {
      const rows: string[][] = [];
      day.hours.forEach((hour, h) => {
        const offered = hour.find((c) => c.measure === 'offered');
        if (offered?.observed === 0 && (offered.mean ?? 0) === 0) return;
        for (const c of hour) if (c.measure === 'abandonment' || c.measure === 'asa') rows.push([`${String(h).padStart(2, '0')}:00`, ...rowCells(c)]);
      });
      parts.push('', `Day ${day.day}, hour by hour (abandonment and ASA)`, formatTable(['hour', ...DAY_HEADER], rows));
    }
  }
  parts.push(
    '',
    'Summary over the days (error = simulated mean − observed; persistence = the previous day\'s observed value)',
    formatTable(
      ['measure', 'days', 'mean abs error', 'bias', 'band coverage %', 'persistence days', 'persistence error', 'model error, same days'],
      comparison.summary.map((r) => [
        LABELS[r.measure],
        String(r.days),
        showMeasure(r.measure, r.meanAbsoluteError),
        showMeasure(r.measure, r.bias),
        r.bandCoverage === null ? '-' : (100 * r.bandCoverage).toFixed(0),
        String(r.persistenceDays),
        showMeasure(r.measure, r.persistenceError),
        showMeasure(r.measure, r.modelErrorOnPersistenceDays),
      ]),
    ),
  );
  return parts.join('\n');
}

/** Header of {@link replayCsv}. */
export const REPLAY_CSV_HEADER = ['day', 'hour', 'measure', 'observed', 'mean', 'half_width', 'band_low', 'band_high', 'error', 'in_band'] as const;

/** One CSV row per day × measure (hour empty) and per day × hour × measure (hour 0–23). */
export function replayCsv(comparison: ReplayComparison): string {
  const rows: CsvValue[][] = [];
  const row = (day: string, hour: number | null, c: MeasureComparison) => rows.push([day, hour, c.measure, c.observed, c.mean, c.halfWidth, c.bandLow, c.bandHigh, c.error, c.inBand]);
  for (const d of comparison.days) {
    for (const c of d.measures) row(d.day, null, c);
    d.hours.forEach((hour, h) => hour.forEach((c) => row(d.day, h, c)));
  }
  return csvTable(REPLAY_CSV_HEADER, rows);
}

/** The JSON document of a replay. */
export function replayDocument(comparison: ReplayComparison, extra: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ format: 'routelab-replay', version: 1, ...extra, days: comparison.days, summary: comparison.summary }, null, 2);
}

