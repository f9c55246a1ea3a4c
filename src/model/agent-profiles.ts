import type { RandomStreams } from '../random/streams';
import type { AgentTable } from './agent-table';
import type { LearningCurveDefinition, LearningCurveShape, ProficiencyLearningDefinition } from './agent-profile-definition';
import type { AgentGroupDefinition, ModelDefinition } from './definition';
import { growFloat64 } from '../util/typed-array-growth';
import { learnedLevel, learningFactor } from './learning-curve';

/** The level whose cumulative share first exceeds `u` (the highest level with a share when rounding leaves a gap). */
function drawLevel(shares: readonly number[], u: number): number {
  let acc = 0;
  let last = 0;
  // Stryker disable next-line EqualityOperator: one step past the list reads no share (`?? 0`), which is skipped
  for (let level = 1; level < shares.length; level++) {
    const p = shares[level] ?? 0;
    if (p <= 0) continue;
    last = level;
    acc += p;
    if (u < acc) return level;
  }
  return last;
}

/** The handle-time curve of a group's learning: null when it gives none (it learns only resolution or proficiency). */
function handleTimeCurve(learning: LearningCurveDefinition | null): LearningCurveShape | null {
  if (learning === null) return null;
  // Stryker disable next-line ConditionalExpression: the scenario gives initial, final and halfLife together or none of them (agents-check.ts), so any one of the three tests says the same
  if (learning.initial === undefined || learning.final === undefined || learning.halfLife === undefined) return null;
  return { initial: learning.initial, final: learning.final, halfLife: learning.halfLife };
}

/** True when some group of the model has individual agents (`individuals`). */
export function usesIndividualAgents(groups: readonly AgentGroupDefinition[]): boolean {
  return groups.some((g) => g.individuals !== undefined);
}

/**
 * The individual agents of a run: each agent's proficiency per skill, handle-time factor,
 * resolution factor and contacts handled per skill (for the learning curve), as parallel arrays
 * by agent id. Agents of groups without `individuals` keep the group's values (factors 1, no
 * learning), so their services are exactly as without profiles.
 *
 * Random streams: `agent-handle-factor:<group>`, `agent-resolution-factor:<group>` and
 * `agent-proficiency:<group>` (one draw per drawn skill) give draws per agent slot of the group (in
 * slot order, listed agents included, so editing the list never shifts another agent's draw), once
 * per replication, before the run, and only for a group whose `individuals.draw` asks for them.
 */
export class AgentProfiles {
  /** 1 when the group has individual agents (index group id). */
  readonly individual: Uint8Array;
  /** Proficiency per agent and skill (index agent * skills + skill). */
  readonly proficiency: Int8Array;
  /** Each agent's own handle-time factor (before learning). */
  readonly handleFactor: Float64Array;
  /** Each agent's resolution factor. */
  readonly resolutionFactor: Float64Array;
  /** Contacts handled per agent and skill, experience included (index agent * skills + skill). */
  readonly handled: Float64Array;
  /** Each agent's name in per-agent results. */
  readonly names: readonly string[];
  private readonly skills: number;
  /** Per group, the learning curve of the handle time, or null (no curve, or a group learning only resolution or proficiency). */
  private readonly learning: readonly (LearningCurveShape | null)[];
  /** Per group, the learning curve of the resolution factor, or null. */
  private readonly resolutionLearning: readonly (LearningCurveShape | null)[];
  /** Per group, the proficiency learning, or null. */
  private readonly proficiencyLearning: readonly (ProficiencyLearningDefinition | null)[];
  /** True when some group learns resolution or proficiency: the experience at each service's start is then kept. */
  private readonly keepsStart: boolean;
  /** The resolution multiplier of each contact's service, taken when it started (index contact slot). */
  private startResolution: Float64Array = new Float64Array(0);
  /** Group id of each agent. */
  private readonly groupOf: Int32Array;
  /** Primary skill of each contact type, -1 when it requires none. */
  private readonly primary: Int32Array;
  /** The skills each contact type requires (its primary first, each once): every one learns from its contacts. */
  private readonly taught: readonly Int32Array[];

  constructor(
    private readonly model: ModelDefinition,
    agents: AgentTable,
    streams: RandomStreams,
  ) {
    const n = agents.count;
    const skills = model.skills.length;
    this.skills = skills;
    const groups = model.agentGroups;
    this.individual = Uint8Array.from(groups, (g) => (g.individuals === undefined ? 0 : 1));
    this.learning = groups.map((g) => handleTimeCurve(g.individuals?.learning ?? null));
    this.resolutionLearning = groups.map((g) => g.individuals?.learning?.resolution ?? null);
    this.proficiencyLearning = groups.map((g) => g.individuals?.learning?.proficiency ?? null);
    this.keepsStart = this.resolutionLearning.some((c) => c !== null) || this.proficiencyLearning.some((c) => c !== null);
    this.groupOf = agents.group;
    this.primary = Int32Array.from(model.contactTypes, (t) => t.requirements[0]?.skill ?? -1);
    this.taught = model.contactTypes.map((t) => Int32Array.from(new Set(t.requirements.map((r) => r.skill))));
    this.proficiency = new Int8Array(n * skills);
    this.handleFactor = new Float64Array(n).fill(1);
    this.resolutionFactor = new Float64Array(n).fill(1);
    this.handled = new Float64Array(n * skills);
    // Stryker disable next-line ArrayDeclaration: the loop below names every agent id 0..n-1 (each is a member of one group), so the list ends the same
    const names: string[] = new Array<string>(n);
    groups.forEach((g, gi) => {
      const members = agents.members[gi]!;
      const ind = g.individuals;
      const handleDraw = ind?.draw?.handleTimeFactor ?? null;
      const resolutionDraw = ind?.draw?.resolutionFactor ?? null;
      const handleU = handleDraw === null ? null : streams.stream(`agent-handle-factor:${g.name}`);
      const resolutionU = resolutionDraw === null ? null : streams.stream(`agent-resolution-factor:${g.name}`);
      const levelShares = ind?.draw?.proficiency ?? [];
      // Stryker disable next-line ConditionalExpression,EqualityOperator: asking RandomStreams for a stream draws nothing; a uniform is taken only for a skill with shares (below)
      const levelU = levelShares.some((shares) => shares.length > 0) ? streams.stream(`agent-proficiency:${g.name}`) : null;
      for (let k = 0; k < members.length; k++) {
        const a = members[k]!;
        const listed = ind?.agents[k];
        names[a] = listed?.name ?? `${g.name}#${k}`;
        // Stryker disable next-line EqualityOperator: one step past writes level 0 and this agent's experience into the next agent's first skill, which that agent's own turn then sets (ids run in group and member order; the last agent's write is past the arrays, a no-op)
        for (let s = 0; s < skills; s++) {
          // One draw per slot and drawn skill, in skill order, whether or not the list fixes the level.
          const shares = levelShares[s];
          const drawn = shares === undefined || shares.length === 0 ? 0 : drawLevel(shares, levelU!.next());
          const own = listed?.proficiency[s] ?? 0;
          this.proficiency[a * skills + s] = own > 0 ? own : drawn > 0 ? drawn : (g.proficiency[s] ?? 0);
          this.handled[a * skills + s] = listed?.experience ?? ind?.learning?.experience ?? 0;
        }
        // One draw per slot whether or not the list fixes the factor (see the class comment).
        const drawnHandle = handleDraw === null ? 1 : handleDraw.sample(handleU!);
        const drawnResolution = resolutionDraw === null ? 1 : resolutionDraw.sample(resolutionU!);
        this.handleFactor[a] = listed?.handleTimeFactor ?? drawnHandle;
        this.resolutionFactor[a] = listed?.resolutionFactor ?? drawnResolution;
      }
    });
    this.names = names;
  }

  /** Proficiency of an agent in a skill now (learned with the contacts of the skill handled, when its group learns proficiency). */
  proficiencyOf(agent: number, skill: number): number {
    const slot = agent * this.skills + skill;
    return this.levelAt(agent, slot, this.handled[slot] as number);
  }

  /** The agent's level in the skill of `slot` after `n` contacts of it. */
  private levelAt(agent: number, slot: number, n: number): number {
    const own = this.proficiency[slot] as number;
    const curve = this.proficiencyLearning[this.groupOf[agent] as number] ?? null;
    return curve === null ? own : learnedLevel(curve, own, n);
  }

  /** Contacts of the contact type's primary skill the agent has handled (experience included); 0 for a type without skills. */
  handledOf(agent: number, type: number): number {
    const skill = this.primary[type] as number;
    return skill < 0 ? 0 : (this.handled[agent * this.skills + skill] as number);
  }

  /**
   * The mean of `curve` over the skills contact type `type` requires, each at the contacts of it
   * `agent` handled so far (experience included): for a single-skill type, the curve at that count.
   */
  private meanCurve(curve: LearningCurveShape, agent: number, type: number): number {
    const taught = this.taught[type] as Int32Array;
    const base = agent * this.skills;
    let sum = 0;
    for (let i = 0; i < taught.length; i++) sum += learningFactor(curve, this.handled[base + (taught[i] as number)] as number);
    return sum / taught.length;
  }

  /**
   * The handle-time multiplier of a contact of `type` served by `agent` of individual group
   * `group` now: the group's factor for the agent's level in the type's primary skill, times the
   * agent's factor, times the learning curve: the mean of the curve over the skills the type
   * requires, each at the agent's contacts of that skill so far (for a single-skill type, the curve
   * at that skill's count).
   */
  speedOf(agent: number, group: number, type: number): number {
    const skill = this.primary[type] as number;
    if (skill < 0) return this.handleFactor[agent] as number;
    const slot = agent * this.skills + skill;
    const level = this.levelAt(agent, slot, this.handled[slot] as number);
    const factor = (this.model.agentGroups[group]!.handleTimeFactor[level] ?? 1) * (this.handleFactor[agent] as number);
    const curve = this.learning[group] ?? null;
    return curve === null ? factor : factor * this.meanCurve(curve, agent, type);
  }

  /**
   * {@link AgentProfiles.speedOf} for the service of contact `c` that starts now, which then counts
   * towards the agent's experience of every skill the type requires (the resolution multiplier
   * is kept for `c`'s outcome when the group learns resolution or proficiency).
   */
  startService(agent: number, group: number, type: number, c: number): number {
    const factor = this.speedOf(agent, group, type);
    // Stryker disable next-line ConditionalExpression: without resolution or proficiency learning the kept multipliers are never read
    if (this.keepsStart) {
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator: growing more often or by another size keeps the same values (at least 256 and past c)
      if (c >= this.startResolution.length) this.startResolution = growFloat64(this.startResolution, Math.max(256, 2 * (c + 1)));
      this.startResolution[c] = this.resolutionMultiplier(agent, type);
    }
    const taught = this.taught[type] as Int32Array;
    const base = agent * this.skills;
    // Stryker disable next-line EqualityOperator: one step past the list adds to handled[NaN], which no array holds
    for (let i = 0; i < taught.length; i++) this.handled[base + (taught[i] as number)]!++;
    return factor;
  }

  /**
   * The factor on the resolution probability of a contact of `type` served by `agent` of an
   * individual group: the type's `byProficiency` factor at the agent's level in the primary skill
   * (1 without a resolution rule or a skill), times the agent's resolution factor, times the
   * resolution curve (the mean over the type's skills, as for {@link AgentProfiles.speedOf}).
   * With resolution or proficiency learning this is taken when the service of contact `c` began
   * (the value kept by {@link AgentProfiles.startService}); for `c` = -1, now (the next contact's factor).
   */
  resolutionMultiplier(agent: number, type: number, c = -1): number {
    const skill = this.primary[type] as number;
    const rule = this.model.contactTypes[type]!.resolution;
    const own = this.resolutionFactor[agent] as number;
    if (skill < 0 || rule === null) return own;
    const slot = agent * this.skills + skill;
    if (!this.keepsStart) return (rule.byProficiency[this.proficiency[slot] as number] ?? 1) * own;
    if (c >= 0) return this.startResolution[c] as number;
    const curve = this.resolutionLearning[this.groupOf[agent] as number] ?? null;
    const learned = curve === null ? 1 : this.meanCurve(curve, agent, type);
    return (rule.byProficiency[this.levelAt(agent, slot, this.handled[slot] as number)] ?? 1) * own * learned;
  }
}
