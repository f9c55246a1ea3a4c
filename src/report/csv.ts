import { metricAt } from '../experiment/metric-keys';
import type { ComparisonResult } from '../experiment/compare';
import type { DifferenceSummary } from '../experiment/differences';
import { flattenMetrics } from '../experiment/metric-paths';
import type { ExperimentResult } from '../experiment/result-format';
import type { MetricSummary } from '../experiment/summary';
import type { SimulationResult } from '../run/simulate';

/**
 * CSV renderings of run, experiment and comparison results (pure functions; the layouts are
 * documented in docs/result-schema.md). Fields are quoted as RFC 4180 says: a field containing a
 * comma, a double quote, CR or LF is enclosed in double quotes, with inner quotes doubled
 * (metric paths such as `byContactType["sales, \"vip\""].asa` need it). `null` is an empty field,
 * booleans are `true` / `false`, numbers are written in full precision (JavaScript's shortest
 * round-trip form). Lines end with LF, and the text ends with one.
 *
 * @module
 */

/** A value of one CSV field. */
export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field as RFC 4180 writes it.
 *
 * @example csvField('a,b') // '"a,b"'; csvField(null) // ''; csvField(0.25) // '0.25'
 * @throws RangeError on a number that is not finite (NaN cannot be told from a real value in CSV)
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`csvField: numbers must be finite, got ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A header line and data lines, each field quoted by {@link csvField}, every line ending in LF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]): string => cells.map(csvField).join(',');
  return [line(header), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/** Header of {@link runCsv}. */
export const RUN_CSV_HEADER = ['metric', 'value'] as const;

/** One run: a `metric,value` line per metric path (see `flattenMetrics`), in the result's order. */
export function runCsv(result: SimulationResult): string {
  const { paths, values } = flattenMetrics(result);
  return csvTable(
    RUN_CSV_HEADER,
    paths.map((path, i) => [path, values[i] ?? null]),
  );
}

/** Header of {@link experimentCsv}. */
export const EXPERIMENT_CSV_HEADER = ['metric', 'n', 'mean', 'sd', 'half_width', 'lower', 'upper'] as const;

/** The summary cells `n, mean, sd, half_width, lower, upper` of one metric. */
function summaryCells(s: MetricSummary): CsvValue[] {
  return [s.n, s.mean, s.sd, s.halfWidth, s.lower, s.upper];
}

/**
 * An experiment: one line per metric path (in the experiment's `metrics` order) with its summary
 * over the replications; the intervals are at the experiment's `level`.
 */
export function experimentCsv(experiment: ExperimentResult): string {
  return csvTable(
    EXPERIMENT_CSV_HEADER,
    experiment.metrics.flatMap((path) => {
      const s = metricAt(experiment.summary, path);
      return s === undefined ? [] : [[path, ...summaryCells(s)]];
    }),
  );
}

/** Header of {@link comparisonCsv}. */
export const COMPARISON_CSV_HEADER = ['kind', 'design', 'baseline', 'metric', 'n', 'mean', 'sd', 'half_width', 'lower', 'upper', 'significant'] as const;

/**
 * A comparison in long format, one table with a `kind` column:
 * - `summary` lines: each design's summary of each metric (`baseline` and `significant` empty);
 * - `difference` lines: the paired difference `design − baseline` of each metric, with
 *   `significant` `true` when its interval excludes 0, `false` when it contains 0, empty when
 *   there is no interval (n < 2).
 *
 * Designs come in the order given, summaries before differences.
 */
export function comparisonCsv(comparison: ComparisonResult): string {
  const rows: CsvValue[][] = [];
  for (const { name, experiment } of comparison.variants) {
    for (const path of experiment.metrics) {
      const s = metricAt(experiment.summary, path);
      if (s !== undefined) rows.push(['summary', name, null, path, ...summaryCells(s), null]);
    }
  }
  for (const d of comparison.differences) {
    for (const [path, s] of Object.entries(d.summary) as [string, DifferenceSummary][]) {
      rows.push(['difference', d.variant, d.baseline, path, ...summaryCells(s), s.significant]);
    }
  }
  return csvTable(COMPARISON_CSV_HEADER, rows);
}
