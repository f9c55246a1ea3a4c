import type { LearningCurveDefinition } from './agent-profile-definition';

/**
 * The handle-time factor of a contact an agent takes after handling `n` contacts of the same skill:
 * `final + (initial − final) · halfLife / (halfLife + n)`. It moves monotonically from `initial`
 * (n = 0) to `final` (n → ∞) and is halfway at n = `halfLife`; it stays between the two, so it is
 * positive when both are.
 *
 * @param curve - the learning curve (scenario `individuals.learning`)
 * @param n - contacts of the skill handled before (experience included), ≥ 0
 */
export function learningFactor(curve: LearningCurveDefinition, n: number): number {
  return curve.final + ((curve.initial - curve.final) * curve.halfLife) / (curve.halfLife + n);
}
