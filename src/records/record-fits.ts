import { fitExponentialCensored, type ExponentialPatienceFit } from '../fit/censored-exponential';
import { fitWeibullCensored, type WeibullPatienceFit } from '../fit/censored-weibull';
import { kaplanMeier, restrictedMean } from '../fit/kaplan-meier';
import { fitLognormal, type LognormalFit } from '../fit/lognormal-fit';
import type { DistributionSpecInput } from '../scenario/distribution-spec';
import type { CallRecord } from './call-record';

/**
 * The distributions a replay takes from records: handle times (the observed times themselves by
 * default, or a fitted lognormal), and patience fitted from waits censored by service (exponential
 * or Weibull), checked against the Kaplan–Meier estimate.
 *
 * @module
 */

/** The patience distributions a replay can fit. */
export type PatienceModel = 'exponential' | 'weibull';

/** How handle times enter the scenario. */
export type HandleTimeModel = 'empirical' | 'lognormal';

/** Share by which a fitted distribution's mean may differ from the sample mean before {@link fitRecords} warns. */
export const FIT_MEAN_TOLERANCE = 0.05;

/** Options of {@link fitRecords}. */
export interface RecordFitOptions {
  /** @default 'empirical' */
  handleTime?: HandleTimeModel;
  /** Multiplies every handle time (a calibration unknown). @default 1 */
  handleTimeScale?: number;
  /** Multiplies the patience mean (a calibration unknown). @default 1 */
  patienceScale?: number;
  /** Exponential or Weibull patience, both by maximum likelihood from censored waits. @default 'exponential' */
  patience?: PatienceModel;
}

/** What {@link fitRecords} found. */
export interface RecordFits {
  /** Handle times of served contacts with a service longer than 0 s (seconds). */
  readonly handleTimes: readonly number[];
  /** Their sample mean (seconds). */
  readonly handleTimeMean: number;
  /** The lognormal maximum-likelihood fit, for comparison. */
  readonly lognormal: LognormalFit;
  /** The handle-time distribution the scenario uses. */
  readonly handleTime: DistributionSpecInput;
  /** Exponential patience from censored waits (before `patienceScale`). */
  readonly patienceFit: ExponentialPatienceFit;
  /** Weibull patience from censored waits (before `patienceScale`); `null` when it cannot be fitted. */
  readonly weibullFit: WeibullPatienceFit | null;
  /** Kaplan–Meier mean patience restricted to `patienceHorizon` (no distribution assumed). */
  readonly patienceRestrictedMean: number;
  /** The horizon of that restricted mean: the 90th percentile of the waits (seconds). */
  readonly patienceHorizon: number;
  /** The patience distribution the scenario uses. */
  readonly patience: DistributionSpecInput;
  /** Warnings, e.g. a fitted mean far from the sample mean. */
  readonly warnings: readonly string[];
}

/**
 * Fits handle time and patience to records (of one or several days).
 *
 * @throws RangeError when the records hold fewer than 2 served contacts with a positive handle
 *   time, or nobody abandoned (patience cannot then be estimated)
 */
export function fitRecords(records: readonly CallRecord[], options: RecordFitOptions = {}): RecordFits {
  const hts = options.handleTimeScale ?? 1;
  const ps = options.patienceScale ?? 1;
  for (const [k, v] of [['handleTimeScale', hts], ['patienceScale', ps]] as const) {
    if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`fitRecords: ${k} must be a positive number, got ${v}`);
  }
  const handleTimes = records.flatMap((r) => (r.outcome === 'served' && r.serviceEnd !== null && r.serviceStart !== null && r.serviceEnd > r.serviceStart ? [r.serviceEnd - r.serviceStart] : []));
  if (handleTimes.length < 2) throw new RangeError(`fitRecords: need at least 2 served contacts with a handle time > 0, got ${handleTimes.length}`);
  const handleTimeMean = handleTimes.reduce((a, t) => a + t, 0) / handleTimes.length;
  const lognormal = fitLognormal(handleTimes);
  const warnings: string[] = [];
  const gap = lognormal.mean / handleTimeMean - 1;
  if (Math.abs(gap) > FIT_MEAN_TOLERANCE) {
    warnings.push(`handle time: the fitted lognormal's mean (${lognormal.mean.toFixed(1)} s) is ${(100 * gap).toFixed(1)} % off the sample mean (${handleTimeMean.toFixed(1)} s; tolerance ${100 * FIT_MEAN_TOLERANCE} %)`);
  }
  const handleTime: DistributionSpecInput =
    (options.handleTime ?? 'empirical') === 'empirical'
      ? { kind: 'empirical', samples: handleTimes.map((t) => t * hts) }
      : { kind: 'lognormal', mean: lognormal.mean * hts, cv: lognormal.cv };
  const waits = records.map((r) => ({ time: r.wait, abandoned: r.outcome === 'abandoned' }));
  const patienceFit = fitExponentialCensored(waits);
  let weibullFit: WeibullPatienceFit | null = null;
  try {
    weibullFit = fitWeibullCensored(waits);
  } catch (error) {
    if (options.patience === 'weibull') throw error;
  }
  // The fitted patience against Kaplan–Meier, over the waits the data sees well.
  const sortedWaits = waits.map((w) => w.time).sort((a, b) => a - b);
  const patienceHorizon = Math.max(1, sortedWaits[Math.floor(0.9 * (sortedWaits.length - 1))]!);
  const patienceRestrictedMean = restrictedMean(kaplanMeier(waits), patienceHorizon);
  const model = options.patience ?? 'exponential';
  const survival =
    model === 'weibull' && weibullFit !== null
      ? (t: number) => Math.exp(-((t / weibullFit.scale) ** weibullFit.shape))
      : (t: number) => Math.exp(-t / patienceFit.mean);
  const fittedRestricted = integrate(survival, patienceHorizon);
  const patienceGap = fittedRestricted / patienceRestrictedMean - 1;
  if (Math.abs(patienceGap) > FIT_MEAN_TOLERANCE) {
    warnings.push(
      `patience: the fitted ${model}'s mean over the first ${patienceHorizon.toFixed(0)} s (${fittedRestricted.toFixed(1)} s) is ${(100 * patienceGap).toFixed(1)} % off the Kaplan–Meier estimate (${patienceRestrictedMean.toFixed(1)} s; tolerance ${100 * FIT_MEAN_TOLERANCE} %)`,
    );
  }
  const patience: DistributionSpecInput =
    model === 'weibull' && weibullFit !== null ? { kind: 'weibull', shape: weibullFit.shape, scale: weibullFit.scale * ps } : { kind: 'exponential', mean: patienceFit.mean * ps };
  return { handleTimes, handleTimeMean, lognormal, handleTime, patienceFit, weibullFit, patienceRestrictedMean, patienceHorizon, patience, warnings };
}

/** ∫₀^h f(t) dt by the trapezoid rule on 400 steps. */
function integrate(f: (t: number) => number, h: number): number {
  const steps = 400;
  let sum = (f(0) + f(h)) / 2;
  for (let i = 1; i < steps; i++) sum += f((i * h) / steps);
  return (sum * h) / steps;
}
