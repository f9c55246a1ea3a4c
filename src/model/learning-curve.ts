import type { LearningCurveShape, ProficiencyLearningDefinition } from './agent-profile-definition';

/**
 * The handle-time factor of a contact an agent takes after handling `n` contacts of the same skill:
 * `final + (initial − final) · halfLife / (halfLife + n)`. It moves monotonically from `initial`
 * (n = 0) to `final` (n → ∞) and is halfway at n = `halfLife`; it stays between the two, so it is
 * positive when both are.
 *
 * @param curve - the learning curve (scenario `individuals.learning`)
 * @param n - contacts of the skill handled before (experience included), ≥ 0
 */
export function learningFactor(curve: LearningCurveShape, n: number): number {
  return curve.final + ((curve.initial - curve.final) * curve.halfLife) / (curve.halfLife + n);
}

/**
 * The proficiency level an agent of own level `own` in a skill works at after `n` contacts of that
 * skill: `max(own, ⌊L + 1/2⌋)` with `L = final + (own − final) · halfLife / (halfLife + n)`, the
 * curve of {@link learningFactor} from `own` to `final`, rounded half up. It steps up from `own`
 * to `final`; an agent already at or above `final` keeps its level. A skill the agent lacks (level 0) stays 0.
 *
 * @param curve - scenario `individuals.learning.proficiency`
 * @param own - the agent's own level in the skill (0–5)
 * @param n - contacts of the skill handled before (experience included), ≥ 0
 */
export function learnedLevel(curve: ProficiencyLearningDefinition, own: number, n: number): number {
  if (own === 0) return own;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; at own ≥ final the curve runs from own down to final, so max(own, min(final, level)) below is own too
  if (own >= curve.final) return own;
  const level = Math.floor(learningFactor({ initial: own, final: curve.final, halfLife: curve.halfLife }, n) + 0.5);
  return Math.max(own, Math.min(curve.final, level));
}
