import type { PlaceEstimate } from './evaluation';
import type { ResolvedTarget } from './targets';

/**
 * When a target counts as met at a place, under the optimizer's criterion.
 *
 * @module
 */

/** How a target counts as met: its mean estimate, or its one-sided confidence bound. */
export type TargetCriterion = 'mean' | 'confidence';

/** The value of a place that is compared with the target under a criterion. */
export function criterionValue(estimate: PlaceEstimate, criterion: TargetCriterion): number | null {
  return criterion === 'confidence' ? (estimate.bound ?? estimate.mean) : estimate.mean;
}

/** Whether a place meets its target (a place without a value always does). */
export function placeMet(target: ResolvedTarget, estimate: PlaceEstimate, criterion: TargetCriterion): boolean {
  const v = criterionValue(estimate, criterion);
  return v === null || target.sense * (v - target.value) >= -1e-12;
}

/** `[0, 1, …, n − 1]`. */
export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
