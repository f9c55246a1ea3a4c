import type { CallRecord } from './call-record';
import type { FigureMeasure } from './day-figures';
import { simulateDay } from './day-runs';
import { buildDayModel, fitsFor, resolveReplayOptions, type ReplayOptions } from './replay';
import { figuresOf } from './day-figures';
import { offeredOf } from './replay';

/**
 * Calibration: one unknown of the replay model (availability factor, patience scale or
 * handle-time scale) is chosen so that the simulated abandonment or ASA, averaged over the
 * calibration days, matches the observed average. The search is a bisection over a stated range:
 * every candidate is simulated with the same seed and replications (common random numbers), so
 * the simulated measure moves with the unknown and not with the noise, and is monotone in it
 * (more available agents, shorter handle times: less abandonment and waiting; more patience: less
 * abandonment). The result is the end of the final bracket whose simulated value is closer to the observed one
 * (the staffing is whole agents, so the simulated measure moves in small steps).
 *
 * @module
 */

/** The unknowns that can be calibrated, with the replay option each sets. */
export const CALIBRATION_UNKNOWNS = ['availability', 'patienceScale', 'handleTimeScale'] as const;
/** One of {@link CALIBRATION_UNKNOWNS}. */
export type CalibrationUnknown = (typeof CALIBRATION_UNKNOWNS)[number];
/** The measures a calibration can match. */
export const CALIBRATION_TARGETS = ['abandonment', 'asa'] as const;
/** One of {@link CALIBRATION_TARGETS}. */
export type CalibrationTarget = (typeof CALIBRATION_TARGETS)[number] & FigureMeasure;

/** Default search range of each unknown. */
export const CALIBRATION_RANGES: Readonly<Record<CalibrationUnknown, readonly [number, number]>> = {
  availability: [0.3, 1.5],
  patienceScale: [0.25, 4],
  handleTimeScale: [0.5, 2],
};

/** Options of {@link calibrate}: the replay options (the unknown's own is ignored) and the search. */
export interface CalibrationOptions extends Omit<ReplayOptions, 'days' | 'fitDays'> {
  /** The calibration days (also the fit days). */
  on: readonly string[];
  /** @default 'availability' */
  unknown?: CalibrationUnknown;
  /** @default 'abandonment' */
  target?: CalibrationTarget;
  /** Search range. @default CALIBRATION_RANGES[unknown] */
  range?: readonly [number, number];
  /** Bisection steps after the two ends (the bracket shrinks 2^steps times). @default 8 */
  steps?: number;
}

/** One candidate tried. */
export interface CalibrationStep {
  /** Value of the unknown. */
  readonly value: number;
  /** Simulated target, averaged over replications and calibration days. */
  readonly simulated: number;
  /** Standard deviation of the target between simulated single days (replications of one day, pooled over the days). */
  readonly daySd: number;
}

/** What {@link calibrate} found. */
export interface CalibrationResult {
  /** The unknown. */
  readonly unknown: CalibrationUnknown;
  /** The measure matched. */
  readonly target: CalibrationTarget;
  /** The calibration days. */
  readonly on: readonly string[];
  /** Observed target averaged over the calibration days. */
  readonly observed: number;
  /** The calibrated value: the end of the final bracket closer to the observed (or a range end, see `atBound`). */
  readonly value: number;
  /** The final bracket. */
  readonly bracket: readonly [number, number];
  /** Simulated target at `value`. */
  readonly simulated: number;
  /**
   * Approximate 95 % interval of the unknown: the values whose simulated target lies within
   * observed ± 1.96 · sd/√days, sd being the model's spread of single days at `value` (how far
   * an observed average of that many days strays from the model's mean), read off the tried
   * candidates by linear interpolation and clipped to the range. Ignores the error of the fits.
   */
  readonly interval: readonly [number, number];
  /** `'low'`/`'high'` when the observed value lies beyond what the range can reach (the value is then that end); else `null`. */
  readonly atBound: 'low' | 'high' | null;
  /** Every candidate, in the order tried. */
  readonly steps: readonly CalibrationStep[];
  /** Replications per candidate and day. */
  readonly replications: number;
}

/**
 * Calibrates one unknown on the calibration days (see the module doc).
 *
 * @throws RangeError on calibration days not in the records, a bad range, or a target the
 *   observed days do not define (e.g. ASA with nothing answered)
 */
export function calibrate(records: readonly CallRecord[], options: CalibrationOptions): CalibrationResult {
  const unknown = options.unknown ?? 'availability';
  const target = options.target ?? 'abandonment';
  if (!CALIBRATION_UNKNOWNS.includes(unknown)) throw new RangeError(`calibrate: unknown must be one of ${CALIBRATION_UNKNOWNS.join(', ')}, got '${String(unknown)}'`);
  if (!CALIBRATION_TARGETS.includes(target)) throw new RangeError(`calibrate: target must be one of ${CALIBRATION_TARGETS.join(', ')}, got '${String(target)}'`);
  const [low, high] = options.range ?? CALIBRATION_RANGES[unknown];
  if (!(low > 0 && high > low && Number.isFinite(high))) throw new RangeError(`calibrate: range must be [low, high] with 0 < low < high, got [${low}, ${high}]`);
  const steps = options.steps ?? 8;
  const base = resolveReplayOptions(records, { ...options, replications: options.replications ?? 10, days: options.on, fitDays: options.on });
  const observedOf = (day: string): number => {
    const value = figuresOf(records.filter((r) => r.day === day).map(offeredOf))[target];
    if (value === null) throw new RangeError(`calibrate: the observed ${target} of ${day} is undefined (nothing offered or answered)`);
    return value;
  };
  const observed = base.days.reduce((a, d) => a + observedOf(d), 0) / base.days.length;
  const tried: CalibrationStep[] = [];
  const evaluate = (value: number): number => {
    const o = { ...base, [unknown]: value };
    const fits = fitsFor(records, o);
    let sum = 0;
    let n = 0;
    let squares = 0;
    let dof = 0;
    for (const day of o.days) {
      const model = buildDayModel(records, day, fits, o);
      const values = simulateDay(model.scenario, { replications: o.replications, seed: o.seed }).daily.flatMap((f) => (f[target] === null ? [] : [f[target]]));
      const dayMean = values.reduce((a, v) => a + v, 0) / Math.max(1, values.length);
      for (const v of values) squares += (v - dayMean) ** 2;
      dof += Math.max(0, values.length - 1);
      sum += values.reduce((a, v) => a + v, 0);
      n += values.length;
    }
    if (n === 0) throw new RangeError(`calibrate: no replication defines the simulated ${target} at ${unknown} = ${value}`);
    const simulated = sum / n;
    tried.push({ value, simulated, daySd: dof === 0 ? 0 : Math.sqrt(squares / dof) });
    return simulated;
  };
  const fLow = evaluate(low);
  const fHigh = evaluate(high);
  const increasing = fHigh > fLow;
  const result = (value: number, bracket: readonly [number, number], simulated: number, atBound: 'low' | 'high' | null): CalibrationResult => {
    // Stryker disable next-line OptionalChaining: value is always one of the candidates tried
    const sd = tried.find((t) => t.value === value)?.daySd ?? 0;
    const margin = (1.96 * sd) / Math.sqrt(base.days.length);
    const ends = [invertSteps(tried, observed - margin, [low, high]), invertSteps(tried, observed + margin, [low, high])].sort((a, b) => a - b) as [number, number];
    return { unknown, target, on: base.days, observed, value, bracket, simulated, interval: ends, atBound, steps: tried, replications: base.replications };
  };
  if (increasing ? observed <= fLow : observed >= fLow) return result(low, [low, low], fLow, 'low');
  if (increasing ? observed >= fHigh : observed <= fHigh) return result(high, [high, high], fHigh, 'high');
  let lo = low;
  let hi = high;
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    const f = evaluate(mid);
    // Stryker disable next-line EqualityOperator: a mid simulated exactly at the observed value is a right end of the bracket on either side
    if (f < observed === increasing) lo = mid;
    else hi = mid;
  }
  // The staffing is whole agents, so the simulated measure moves in steps: of the bracket's two
  // ends (both tried, or a range end), keep the one whose simulated value is closer to the observed.
  const ends = tried.filter((t) => t.value === lo || t.value === hi);
  const best = ends.reduce((a, b) => (Math.abs(b.simulated - observed) < Math.abs(a.simulated - observed) ? b : a));
  return result(best.value, [lo, hi], best.simulated, null);
}

/**
 * The value of the unknown at which the simulated target equals `level`, by linear interpolation
 * between the tried candidates (sorted by value; the curve is monotone up to noise); a range end
 * when `level` is beyond what the candidates reach. (How {@link calibrate} reads its interval off
 * the candidates.)
 */
export function invertSteps(tried: readonly CalibrationStep[], level: number, range: readonly [number, number]): number {
  const points = [...tried].sort((a, b) => a.value - b.value);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const increasing = last.simulated > first.simulated;
  if (increasing ? level <= first.simulated : level >= first.simulated) return range[0];
  if (increasing ? level >= last.simulated : level <= last.simulated) return range[1];
  // The level now lies strictly between the first and the last value, so some pair crosses it; the
  // points before the first such pair all lie on the first's side, so its `a` is off the level and
  // its `b` differs from `a` (no division by zero).
  // Stryker disable next-line EqualityOperator: the loop returns at the first crossing pair, before i reaches points.length
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    // Stryker disable next-line ArithmeticOperator: a quotient has the sign of the product; where b lies on the level, the next pair returns b's value instead
    if ((level - a.simulated) * (level - b.simulated) <= 0) {
      return a.value + ((level - a.simulated) / (b.simulated - a.simulated)) * (b.value - a.value);
    }
  }
  return range[increasing ? 1 : 0];
}
