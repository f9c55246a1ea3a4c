import type { CensoredWait } from './censored-exponential';
import { checkSampleArray } from './validate';

/**
 * The Kaplan–Meier estimate of the patience survival function from waits censored by service:
 * no distribution assumed, the check against which a fitted patience is read.
 *
 * @module
 */

/** One step of the Kaplan–Meier curve. */
export interface SurvivalStep {
  /** Time (seconds) at which callers hung up. */
  readonly time: number;
  /** Callers still waiting (at risk) just before `time`. */
  readonly atRisk: number;
  /** Callers who hung up at `time`. */
  readonly abandoned: number;
  /** Estimated P(patience > time). */
  readonly survival: number;
}

/**
 * Kaplan–Meier: S(t) = Π over abandonment times tᵢ ≤ t of (1 − dᵢ/nᵢ), nᵢ the callers still
 * waiting just before tᵢ (a caller answered at tᵢ counts as at risk at tᵢ). The curve ends at the
 * last abandonment; beyond the longest wait it is unknown.
 *
 * @throws RangeError when a time is negative or not finite
 */
export function kaplanMeier(waits: readonly CensoredWait[]): SurvivalStep[] {
  const n = checkSampleArray('kaplanMeier', 'waits', waits);
  // Callers with equal times are counted together below, so their order does not matter.
  const sorted = [...waits].sort((a, b) => a.time - b.time);
  for (const w of sorted) if (!Number.isFinite(w.time) || w.time < 0) throw new RangeError(`kaplanMeier: a wait must be a non-negative finite number, got ${w.time}`);
  const steps: SurvivalStep[] = [];
  let atRisk = n;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const time = sorted[i]!.time;
    let abandoned = 0;
    let leaving = 0;
    while (i < sorted.length && sorted[i]!.time === time) {
      if (sorted[i]!.abandoned) abandoned++;
      leaving++;
      i++;
    }
    if (abandoned > 0) {
      survival *= 1 - abandoned / atRisk;
      steps.push({ time, atRisk, abandoned, survival });
    }
    atRisk -= leaving;
  }
  return steps;
}

/**
 * The mean patience restricted to `horizon` seconds under the Kaplan–Meier curve, ∫₀^horizon S(t) dt:
 * the part of the mean the data can see (the tail past the longest waits is not observed).
 */
export function restrictedMean(steps: readonly SurvivalStep[], horizon: number): number {
  let area = 0;
  let previous = 0;
  let survival = 1;
  for (const s of steps) {
    // Stryker disable next-line EqualityOperator: a step exactly at the horizon adds survival × 0 to the area either way
    if (s.time >= horizon) break;
    area += survival * (s.time - previous);
    previous = s.time;
    survival = s.survival;
  }
  return area + survival * (horizon - previous);
}
