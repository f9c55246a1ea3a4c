import type { IndividualAgentsDefinition } from '../model/definition';
import type { ParsedIndividuals } from './agents-schema';

/** Per skill id, the shares of levels 0–5 of a `draw.skills` spec (empty where the skill is not drawn). */
function levelShares(skills: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined, skillId: ReadonlyMap<string, number>): number[][] {
  const out: number[][] = Array.from({ length: skillId.size }, () => []);
  for (const [skill, shares] of Object.entries(skills ?? {})) {
    out[skillId.get(skill) as number] = [0, 1, 2, 3, 4, 5].map((level) => (level === 0 ? 0 : (shares[String(level)] ?? 0)));
  }
  return out;
}

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
        draw === undefined
          ? null
          : { handleTimeFactor: draw.handleTimeFactor ?? null, resolutionFactor: draw.resolutionFactor ?? null, proficiency: levelShares(draw.skills, skillId) },
      learning:
        learning === undefined
          ? null
          : {
              ...(learning.initial === undefined ? {} : { initial: learning.initial }),
              ...(learning.final === undefined ? {} : { final: learning.final }),
              ...(learning.halfLife === undefined ? {} : { halfLife: learning.halfLife }),
              experience: learning.experience,
              ...(learning.resolution === undefined ? {} : { resolution: { ...learning.resolution } }),
              ...(learning.proficiency === undefined ? {} : { proficiency: { ...learning.proficiency } }),
            },
    },
  };
}
