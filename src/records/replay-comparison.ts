import { tQuantile } from '../metrics/stats/confidence';
import { FIGURE_MEASURES, type DayFigures, type FigureMeasure } from './day-figures';
import type { ReplayResult } from './replay';

/**
 * Simulated against observed: per day and per hour, the simulated mean with its 95 % confidence
 * interval, the prediction band of single days (2.5–97.5 % of the replications), the error and
 * whether the observed value falls in the band; then summary rows over the days (mean absolute
 * error, bias, band coverage) beside the persistence yardstick ("same as the previous day").
 *
 * @module
 */

/** One measure of one day (or hour): observed beside simulated. */
export interface MeasureComparison {
  /** The measure. */
  readonly measure: FigureMeasure;
  /** Observed value; `null` when undefined (nothing offered or answered). */
  readonly observed: number | null;
  /** Mean over the replications with a value; `null` when none has one. */
  readonly mean: number | null;
  /** Half-width of the 95 % Student t interval of the mean; `null` with fewer than 2 values. */
  readonly halfWidth: number | null;
  /** 2.5 % quantile of the replications' values (the prediction band's low end); `null` when none. */
  readonly bandLow: number | null;
  /** 97.5 % quantile of the replications' values; `null` when none. */
  readonly bandHigh: number | null;
  /** mean − observed; `null` when either is null. */
  readonly error: number | null;
  /** bandLow ≤ observed ≤ bandHigh; `null` when either side is missing. */
  readonly inBand: boolean | null;
}

/** The comparison of one day. */
export interface DayComparison {
  /** The day. */
  readonly day: string;
  /** The whole day, one entry per measure of {@link FIGURE_MEASURES}. */
  readonly measures: readonly MeasureComparison[];
  /** Hour by hour (24 entries), each with one entry per measure. */
  readonly hours: readonly (readonly MeasureComparison[])[];
  /** The persistence forecast (the previous day's observed value) per measure; empty on the first day. */
  readonly persistence: Partial<Readonly<Record<FigureMeasure, number | null>>>;
}

/** A summary row over the replayed days, for one measure. */
export interface ReplaySummaryRow {
  /** The measure. */
  readonly measure: FigureMeasure;
  /** Days with both an observed and a simulated value. */
  readonly days: number;
  /** Mean |simulated mean − observed| over those days; `null` when none. */
  readonly meanAbsoluteError: number | null;
  /** Mean (simulated mean − observed); `null` when none. */
  readonly bias: number | null;
  /** Share of those days whose observed value lies in the prediction band; `null` when none. */
  readonly bandCoverage: number | null;
  /** Days that have a previous day in the records (where persistence can be scored). */
  readonly persistenceDays: number;
  /** Mean |previous day's observed − observed| over those days; `null` when none. */
  readonly persistenceError: number | null;
  /** The model's mean absolute error over the same days as persistence; `null` when none. */
  readonly modelErrorOnPersistenceDays: number | null;
}

/** Everything a replay prints. */
export interface ReplayComparison {
  /** Per day. */
  readonly days: readonly DayComparison[];
  /** One row per measure. */
  readonly summary: readonly ReplaySummaryRow[];
}

/** Quantile p of sorted values, linear interpolation between order statistics (R type 7). */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)]!;
  return a + (h - lo) * (b - a);
}

/** Compares one measure: `values` are the replications' values (nulls skipped). */
export function compareMeasure(measure: FigureMeasure, observed: number | null, values: readonly (number | null)[]): MeasureComparison {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = xs.length;
  const mean = n === 0 ? null : xs.reduce((a, x) => a + x, 0) / n;
  let halfWidth: number | null = null;
  // Stryker disable next-line ConditionalExpression: two values or more always have a mean (the test only narrows the type)
  if (mean !== null && n >= 2) {
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
    halfWidth = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  }
  const bandLow = n === 0 ? null : quantileOfSorted(xs, 0.025);
  const bandHigh = n === 0 ? null : quantileOfSorted(xs, 0.975);
  return {
    measure,
    observed,
    mean,
    halfWidth,
    bandLow,
    bandHigh,
    error: mean === null || observed === null ? null : mean - observed,
    inBand: observed === null || n === 0 ? null : observed >= bandLow! - 1e-12 && observed <= bandHigh! + 1e-12,
  };
}

function compareFigures(observed: DayFigures, simulated: readonly DayFigures[]): MeasureComparison[] {
  return FIGURE_MEASURES.map((m) => compareMeasure(m, observed[m], simulated.map((f) => f[m])));
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, x) => a + x, 0) / xs.length);

/** Sets every replayed day beside its observations, and sums up over the days. */
export function compareReplay(replay: ReplayResult): ReplayComparison {
  const days: DayComparison[] = replay.days.map((d) => ({
    day: d.day,
    measures: compareFigures(d.observed, d.simulated.daily),
    hours: d.observedHourly.map((obs, h) => compareFigures(obs, d.simulated.hourly.map((rep) => rep[h]!))),
    persistence: d.previous === null ? {} : Object.fromEntries(FIGURE_MEASURES.map((m) => [m, d.previous![m]])),
  }));
  const summary = FIGURE_MEASURES.map((measure, i): ReplaySummaryRow => {
    const scored = days.map((d) => ({ c: d.measures[i]!, p: d.persistence[measure] })).filter(({ c }) => c.error !== null);
    // (A scored day has an observation: its error needs one; and so a band check.)
    const persist = scored.filter(({ p }) => p !== undefined && p !== null);
    return {
      measure,
      days: scored.length,
      meanAbsoluteError: mean(scored.map(({ c }) => Math.abs(c.error!))),
      bias: mean(scored.map(({ c }) => c.error!)),
      bandCoverage: mean(scored.map(({ c }) => (c.inBand ? 1 : 0))),
      persistenceDays: persist.length,
      persistenceError: mean(persist.map(({ p, c }) => Math.abs(p! - c.observed!))),
      modelErrorOnPersistenceDays: mean(persist.map(({ c }) => Math.abs(c.error!))),
    };
  });
  return { days, summary };
}
