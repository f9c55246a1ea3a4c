import type { ExponentialPatienceFit } from '../fit/censored-exponential';
import type { WeibullPatienceFit } from '../fit/censored-weibull';
import { fitLognormal, type LognormalFit } from '../fit/lognormal-fit';
import type { DistributionSpecInput } from '../scenario/distribution-spec';
import type { CallRecord } from './call-record';
import { FIT_MEAN_TOLERANCE, fitPatience, type PatienceModel } from './patience-fit';
import { fitSegmentPatience, type SegmentPatience } from './segment-patience';

/**
 * The distributions a replay takes from records: handle times (the observed times themselves by
 * default, or a fitted lognormal), and patience fitted from waits censored by service (exponential
 * or Weibull), checked against the Kaplan–Meier estimate.
 *
 * @module
 */

/** How handle times enter the scenario. */
export type HandleTimeModel = 'empirical' | 'lognormal';

export { FIT_MEAN_TOLERANCE, type PatienceModel } from './patience-fit';

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
  /**
   * Patience per customer segment (one per priority value in the records, see
   * {@link fitSegmentPatience}); empty when the records hold fewer than two priority values.
   */
  readonly segments: readonly SegmentPatience[];
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
  const patience = fitPatience(records, { patience: options.patience ?? 'exponential', patienceScale: ps });
  warnings.push(...patience.warnings);
  const segments = fitSegmentPatience(records, { patience: options.patience ?? 'exponential', patienceScale: ps });
  for (const seg of segments) warnings.push(...seg.warnings.map((w) => `segment ${seg.name}: ${w}`));
  return { handleTimes, handleTimeMean, lognormal, handleTime, patienceFit: patience.patienceFit, weibullFit: patience.weibullFit, patienceRestrictedMean: patience.patienceRestrictedMean, patienceHorizon: patience.patienceHorizon, patience: patience.patience, segments, warnings };
}
