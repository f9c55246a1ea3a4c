import type { IndividualAgentsDefinition } from '../model/definition';
import type { ParsedIndividuals } from './agents-schema';

/**
 * The resolved individual agents of a group (skill names become per-skill-id levels, 0 where the
 * agent keeps the group's); nothing when the group gives no `individuals`.
 */
export function buildIndividuals(
  individuals: ParsedIndividuals | undefined,
  skillId: ReadonlyMap<string, number>,
): { individuals?: IndividualAgentsDefinition } {
  if (individuals === undefined) return {};
  const draw = individuals.draw;
  const learning = individuals.learning;
  return {
    individuals: {
      agents: individuals.agents.map((a) => {
        const proficiency = new Array<number>(skillId.size).fill(0);
        for (const [skill, level] of Object.entries(a.skills ?? {})) proficiency[skillId.get(skill) as number] = level;
        return {
          name: a.name ?? null,
          proficiency,
          handleTimeFactor: a.handleTimeFactor ?? null,
          resolutionFactor: a.resolutionFactor ?? null,
          experience: a.experience ?? null,
        };
      }),
      draw:
        draw === undefined ? null : { handleTimeFactor: draw.handleTimeFactor ?? null, resolutionFactor: draw.resolutionFactor ?? null },
      learning:
        learning === undefined
          ? null
          : { initial: learning.initial, final: learning.final, halfLife: learning.halfLife, experience: learning.experience },
    },
  };
}
