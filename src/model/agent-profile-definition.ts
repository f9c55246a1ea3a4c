import type { Distribution } from '../random/distributions/distribution';

/**
 * Individual agents within a group (scenario `agentGroups[].individuals`): each agent's own
 * proficiency, handle-time factor and resolution factor, and a learning curve. A group without
 * `individuals` has identical agents, exactly as before. See docs/agents.md.
 *
 * @module
 */

/** One agent of a group as the scenario lists it (`individuals.agents[k]` is the group's agent k). */
export interface AgentProfileDefinition {
  /** The agent's name in per-agent results; null: `<group>#<k>`. */
  readonly name: string | null;
  /**
   * Proficiency (1–5) per skill id; 0 where the agent has the group's level. Never below the
   * group's level (the group's `skills` is what qualifies it for contact types).
   */
  readonly proficiency: readonly number[];
  /** Multiplier of the agent's handle times (on top of the group's factor for the agent's level); null: drawn or 1. */
  readonly handleTimeFactor: number | null;
  /** Multiplier of the probability that the agent's services resolve the issue; null: drawn or 1. */
  readonly resolutionFactor: number | null;
  /** Contacts of each skill the agent handled before the run (learning); null: the curve's `experience`. */
  readonly experience: number | null;
}

/** Factors drawn once per replication for every agent of the group the list does not fix. */
export interface AgentDrawDefinition {
  /** Distribution of the agents' handle-time factors (stream `agent-handle-factor:<group>`); null: 1. */
  readonly handleTimeFactor: Distribution | null;
  /** Distribution of the agents' resolution factors (stream `agent-resolution-factor:<group>`); null: 1. */
  readonly resolutionFactor: Distribution | null;
  /**
   * Per skill id, the probability of each proficiency level (index 0–5, summing to 1) an agent
   * draws (stream `agent-proficiency:<group>`); an empty list where the skill is not drawn.
   */
  readonly proficiency: readonly (readonly number[])[];
}

/**
 * The shape of a learning curve: the factor after n contacts of a skill is
 * `final + (initial − final) · halfLife / (halfLife + n)`.
 */
export interface LearningCurveShape {
  /** Factor at n = 0 (a new hire), > 0. */
  readonly initial: number;
  /** Factor the agent tends to with experience, > 0. */
  readonly final: number;
  /** Contacts after which half the gap between `initial` and `final` is closed, > 0. */
  readonly halfLife: number;
}

/**
 * Proficiency that grows with the contacts of a skill handled: an agent of own level `p` in a
 * skill works at level `max(p, round(final + (p − final) · halfLife / (halfLife + n)))` after n
 * contacts of that skill (rounding half up). Its level rises one step at a time from `p` toward
 * `final` and never drops below `p`.
 */
export interface ProficiencyLearningDefinition {
  /** The level the agents tend to (1–5). */
  readonly final: number;
  /** Contacts after which half the gap between the agent's own level and `final` is closed, > 0. */
  readonly halfLife: number;
}

/**
 * The learning of a group's agents. Each curve is optional and independent: a handle-time curve
 * (`initial`, `final`, `halfLife`, all three or none), a resolution curve and proficiency
 * learning. On the handle time, the agent's contact of a type takes
 * `final + (initial − final) · halfLife / (halfLife + n)` times its handle time, n the contacts of
 * a required skill handled before (experience included); for a type requiring several skills, the
 * mean of that factor over its skills. Every skill a contact requires counts it.
 */
export interface LearningCurveDefinition {
  /** Handle-time factor of an agent with no experience (a new hire), > 0; absent (with `final` and `halfLife`): handle times do not learn. */
  readonly initial?: number;
  /** Handle-time factor the agent tends to with experience, > 0; absent with `initial`. */
  readonly final?: number;
  /** Contacts after which half the gap between `initial` and `final` is closed, > 0; absent with `initial`. */
  readonly halfLife?: number;
  /** Contacts of each skill an agent handled before the run, unless its own `experience` says otherwise. */
  readonly experience: number;
  /**
   * A learning curve on the resolution factor (scenario `learning.resolution`): the agent's
   * resolution factor is multiplied by the curve at the contacts of the type's skills it had
   * started before this one (the mean over the skills of a multi-skill type). Absent: the
   * resolution factor does not learn.
   */
  readonly resolution?: LearningCurveShape;
  /** Proficiency that grows per skill with contacts handled (scenario `learning.proficiency`); absent: fixed levels. */
  readonly proficiency?: ProficiencyLearningDefinition;
}

/** The individual agents of one group. */
export interface IndividualAgentsDefinition {
  /** Agents listed one by one, agent k first (at most the group's peak staffing). */
  readonly agents: readonly AgentProfileDefinition[];
  /** Factors drawn for the agents the list does not fix; null: none drawn. */
  readonly draw: AgentDrawDefinition | null;
  /** The learning curve of the group's agents; null: no learning. */
  readonly learning: LearningCurveDefinition | null;
}
