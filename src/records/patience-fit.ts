import { fitExponentialCensored, type ExponentialPatienceFit } from '../fit/censored-exponential';
import { fitWeibullCensored, type WeibullPatienceFit } from '../fit/censored-weibull';
import { kaplanMeier, restrictedMean } from '../fit/kaplan-meier';
import type { DistributionSpecInput } from '../scenario/distribution-spec';
import type { CallRecord } from './call-record';

/**
 * Patience fitted from waits censored by service (an answered caller's wait is a lower bound on
 * their patience), exponential or Weibull, checked against the Kaplan–Meier estimate. Used for
 * all the records ({@link fitRecords}) and for each customer segment.
 *
 * @module
 */

/** The patience distributions a replay can fit. */
export type PatienceModel = 'exponential' | 'weibull';

/** Share by which a fitted distribution's mean may differ from the sample mean (or Kaplan–Meier's) before a fit warns. */
export const FIT_MEAN_TOLERANCE = 0.05;

/** Options of {@link fitPatience}. */
export interface PatienceFitOptions {
  /** Which fit becomes the scenario's patience. */
  readonly patience: PatienceModel;
  /** Multiplies the patience mean (the Weibull scale). */
  readonly patienceScale: number;
}

/** What {@link fitPatience} found. */
export interface PatienceFits {
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
  /** Warnings: the fitted mean far from Kaplan–Meier's. */
  readonly warnings: readonly string[];
}

/**
 * Fits patience to the waits of `records` (abandoned: an observed patience; served: censored).
 *
 * @throws RangeError when nobody abandoned or every wait is 0 s (from
 *   {@link fitExponentialCensored}); when the Weibull fit fails and `patience` is `weibull`
 */
export function fitPatience(records: readonly CallRecord[], options: PatienceFitOptions): PatienceFits {
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
  const model = options.patience;
  // A Weibull asked for has been fitted (a failed fit threw above).
  const weibull = model === 'weibull' ? weibullFit! : null;
  const survival = weibull !== null ? (t: number) => Math.exp(-((t / weibull.scale) ** weibull.shape)) : (t: number) => Math.exp(-t / patienceFit.mean);
  const fittedRestricted = integrate(survival, patienceHorizon);
  const patienceGap = fittedRestricted / patienceRestrictedMean - 1;
  const warnings: string[] = [];
  if (Math.abs(patienceGap) > FIT_MEAN_TOLERANCE) {
    warnings.push(
      `patience: the fitted ${model}'s mean over the first ${patienceHorizon.toFixed(0)} s (${fittedRestricted.toFixed(1)} s) is ${(100 * patienceGap).toFixed(1)} % off the Kaplan–Meier estimate (${patienceRestrictedMean.toFixed(1)} s; tolerance ${100 * FIT_MEAN_TOLERANCE} %)`,
    );
  }
  const ps = options.patienceScale;
  const patience: DistributionSpecInput =
    weibull !== null ? { kind: 'weibull', shape: weibull.shape, scale: weibull.scale * ps } : { kind: 'exponential', mean: patienceFit.mean * ps };
  return { patienceFit, weibullFit, patienceRestrictedMean, patienceHorizon, patience, warnings };
}

/** ∫₀^h f(t) dt by the trapezoid rule on 400 steps. */
function integrate(f: (t: number) => number, h: number): number {
  const steps = 400;
  let sum = (f(0) + f(h)) / 2;
  for (let i = 1; i < steps; i++) sum += f((i * h) / steps);
  return (sum * h) / steps;
}
