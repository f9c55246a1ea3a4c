import { z } from 'zod';
import { distributionSpec } from './distribution-spec';
import { MAX_COUNT, MAX_FACTOR } from './limits';
import { describeValue, integer, name, proficiency, share, strictObject } from './schema-parts';

/**
 * Scenario fields of individual agents (see docs/agents.md): an agent group's `individuals`, with
 * its agents listed one by one, factors drawn per agent, and a learning curve. Skill names and
 * levels against the group's are checked in `agents-check.ts`, and so is a list longer than the
 * group.
 *
 * @module
 */

/** A positive factor (a multiplier of handle times or of a probability), at most {@link MAX_FACTOR}. */
function factor(what: string, consequence: string) {
  const message = (issue: { input?: unknown }): string =>
    `${what} must be a positive number of at most ${MAX_FACTOR} (${consequence}), got ${describeValue(issue.input)}`;
  return z.number({ error: message }).positive({ error: message }).max(MAX_FACTOR, { error: message });
}

/** One agent of a group, listed: agent k of the group is the k-th entry. */
export const agentProfileSchema = strictObject({
  name: name().optional().meta({ description: "The agent's name in per-agent results (default <group>#<k>)." }),
  skills: z
    .record(z.string(), proficiency())
    .optional()
    .meta({ description: "The agent's own proficiency in some of the group's skills, at least the group's level." }),
  handleTimeFactor: factor('handleTimeFactor', 'it multiplies the handle times').optional(),
  resolutionFactor: factor('resolutionFactor', 'it multiplies the resolution probability').optional(),
  experience: integer(0, 'experience', MAX_COUNT)
    .optional()
    .meta({ description: 'Contacts of each skill the agent handled before the run (learning; 0 for a new hire).' }),
});

/** Factors drawn once per replication for the agents the list does not fix. */
export const agentDrawSchema = strictObject({
  handleTimeFactor: distributionSpec.optional(),
  resolutionFactor: distributionSpec.optional(),
  skills: z
    .record(z.string(), z.record(z.string(), share('share of agents at this level')))
    .optional()
    .meta({ description: "Per skill of the group, the share of agents at each proficiency level (1-5, at least the group's), summing to 1." }),
});

/** A learning curve on the resolution factor: the same shape as the handle-time curve. */
export const resolutionLearningSchema = strictObject({
  initial: factor('learning resolution initial factor', 'a factor of 0 or less would make the resolution probability vanish or turn negative'),
  final: factor('learning resolution final factor', 'a factor of 0 or less would make the resolution probability vanish or turn negative'),
  halfLife: factor('learning resolution halfLife', 'contacts after which half the gap between initial and final is closed'),
});

/** Proficiency that grows per skill with the contacts handled, from each agent's own level toward `final`. */
export const proficiencyLearningSchema = strictObject({
  final: proficiency().meta({ description: 'The level (1-5) the agents tend to in each skill they have.' }),
  halfLife: factor('learning proficiency halfLife', 'contacts after which half the gap between the own level and final is closed'),
});

/**
 * The learning of a group's agents, each curve optional and independent (checked in
 * agents-check.ts: the handle-time curve's three fields come together, and some curve is given).
 * On the handle time: factor(n) = final + (initial − final) · halfLife / (halfLife + n), n the
 * contacts of the skill the agent handled before.
 */
export const learningSchema = strictObject({
  initial: factor('learning initial factor', 'a factor of 0 or less would make handle times vanish or turn negative')
    .optional()
    .meta({ description: 'Handle-time factor of a new hire (with final and halfLife; all three absent: handle times do not learn).' }),
  final: factor('learning final factor', 'a factor of 0 or less would make handle times vanish or turn negative')
    .optional()
    .meta({ description: 'Handle-time factor the agents tend to with experience (with initial and halfLife).' }),
  halfLife: factor('learning halfLife', 'contacts after which half the gap between initial and final is closed')
    .optional()
    .meta({ description: 'Contacts after which half the gap between initial and final is closed (with initial and final).' }),
  experience: integer(0, 'experience', MAX_COUNT).default(0),
  resolution: resolutionLearningSchema
    .optional()
    .meta({ description: "A curve on the agents' resolution factor, same shape, counted per skill: { initial: 0.8, final: 1.1, halfLife: 40 }." }),
  proficiency: proficiencyLearningSchema
    .optional()
    .meta({ description: "Proficiency rising per skill with contacts handled, from the agent's own level toward final (rounded half up): { final: 5, halfLife: 200 }." }),
});

/** An agent group's individual agents. */
export const individualsSchema = strictObject({
  agents: z.array(agentProfileSchema).default([]),
  draw: agentDrawSchema.optional(),
  learning: learningSchema.optional(),
});

/** The agent-group field of individual agents. */
export const individualsField = {
  individuals: individualsSchema
    .optional()
    .meta({ description: "Individual agents: each agent's proficiency, handle-time and resolution factors, and a learning curve." }),
};

/** The `individuals` block after the schema pass. */
export type ParsedIndividuals = z.output<typeof individualsSchema>;
