import { CHANNELS } from '../model/channel';
import type { ModelDefinition } from '../model/definition';

/**
 * Static eligibility from the model, for policy factories that precompute their lists before the
 * run (the engine's `view.eligibleGroups(type)` answers the same question during the run):
 * a group qualifies for a contact type when it handles the type's channel (concurrency > 0) and
 * has every required skill at the required minimum proficiency.
 */

/**
 * Why `group` cannot serve contacts of `type`, or `null` when it can.
 *
 * @returns e.g. `"does not handle channel 'chat'"`, `"lacks skill 'billing' (needs proficiency ≥ 2)"`
 *   or `"has proficiency 1 in skill 'billing' (needs ≥ 2)"`
 */
export function ineligibilityReason(model: ModelDefinition, group: number, type: number): string | null {
  const g = model.agentGroups[group];
  const t = model.contactTypes[type];
  if (g === undefined || t === undefined) return 'does not exist';
  if ((g.concurrency[t.channel] ?? 0) <= 0) {
    return `does not handle channel '${CHANNELS[t.channel] ?? String(t.channel)}'`;
  }
  for (const r of t.requirements) {
    const p = g.proficiency[r.skill] ?? 0;
    if (p >= r.minProficiency) continue;
    const skill = model.skills[r.skill] ?? String(r.skill);
    return p <= 0
      ? `lacks skill '${skill}' (needs proficiency ≥ ${r.minProficiency})`
      : `has proficiency ${p} in skill '${skill}' (needs ≥ ${r.minProficiency})`;
  }
  return null;
}

/** True when agents of `group` have the channel and skills to serve contacts of `type`. */
export function groupQualifiesFor(model: ModelDefinition, group: number, type: number): boolean {
  return ineligibilityReason(model, group, type) === null;
}

/** Ids of the groups qualified for contact type `type`, in group id order. */
export function qualifiedGroups(model: ModelDefinition, type: number): number[] {
  const out: number[] = [];
  // Stryker disable next-line EqualityOperator: a step past the end asks about a group that does not exist, which qualifies for nothing
  for (let g = 0; g < model.agentGroups.length; g++) if (groupQualifiesFor(model, g, type)) out.push(g);
  return out;
}

/** Ids of the contact types `group` is qualified for, in type id order. */
export function qualifiedTypes(model: ModelDefinition, group: number): number[] {
  const out: number[] = [];
  // Stryker disable next-line EqualityOperator: a step past the end asks about a type that does not exist, which no group qualifies for
  for (let t = 0; t < model.contactTypes.length; t++) if (groupQualifiesFor(model, group, t)) out.push(t);
  return out;
}

/**
 * The primary skill of each contact type (its first requirement, which also sets the handle-time
 * speed), or -1 for a type without requirements; indexed by type id.
 */
export function primarySkills(model: ModelDefinition): Int32Array {
  const out = new Int32Array(model.contactTypes.length).fill(-1);
  model.contactTypes.forEach((t, i) => {
    const first = t.requirements[0];
    if (first !== undefined) out[i] = first.skill;
  });
  return out;
}
