import { describe, expect, it } from 'vitest';
import type { IndividualAgentsDefinition } from '../../src/model/agent-profile-definition';
import { AgentProfiles } from '../../src/model/agent-profiles';
import { CenterState } from '../../src/model/center-state';
import type { ModelDefinition } from '../../src/model/definition';
import type { Distribution } from '../../src/random/distributions/distribution';
import { deterministic } from '../../src/random/distributions/deterministic';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import type { RandomStreams } from '../../src/random/streams';
import { singleQueueModel } from '../support/models';

/**
 * AgentProfiles built by hand, its draws from fixed lists per stream name. Skills s and t; types
 * `calls` (s), `plain` (no skill, no resolution rule) and `both` (t then s); group `team` (3
 * agents, levels s 2 and t 1, handle-time factor by level 1 → 1.5, 2 → 1.2, 3 → 1) with the
 * individuals given, group `other` (1 agent, level s 3) without.
 */
function profiles(individuals: Partial<IndividualAgentsDefinition>, uniforms: Readonly<Record<string, readonly number[]>> = {}) {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 3, horizon: 1000 });
  const calls = { ...base.contactTypes[0]!, resolution: { probability: 0.8, byProficiency: [1, 0.9, 0.8, 0.7, 0.6, 0.5], withContext: 1 } };
  const model: ModelDefinition = {
    ...base,
    skills: ['s', 't'],
    contactTypes: [
      calls,
      { ...calls, id: 1, name: 'plain', requirements: [], resolution: null },
      { ...calls, id: 2, name: 'both', requirements: [{ skill: 1, minProficiency: 1 }, { skill: 0, minProficiency: 1 }] },
    ],
    agentGroups: [
      { ...base.agentGroups[0]!, name: 'team', proficiency: [2, 1], handleTimeFactor: [1, 1.5, 1.2, 1, 1, 1], individuals: { agents: [], draw: null, learning: null, ...individuals } },
      { ...base.agentGroups[0]!, id: 1, name: 'other', proficiency: [3, 0], staffing: { kind: 'constant', agents: 1 } },
    ],
  };
  const asked: string[] = [];
  const streams = {
    stream: (name: string) => {
      asked.push(name);
      return new FixedUniformSource(uniforms[name] ?? [0.5]);
    },
  } as unknown as RandomStreams;
  const state = new CenterState(model, [3, 1], { now: 0 });
  return { p: new AgentProfiles(model, state.agents, streams), asked };
}

/** A factor of 1 + u: each agent's draw shows in its factor. */
const onePlusU = { sample: (u: { next(): number }) => 1 + u.next() } as unknown as Distribution;
const agent = (o: Partial<{ name: string; proficiency: number[]; handleTimeFactor: number; resolutionFactor: number; experience: number }>) => ({
  name: null,
  proficiency: [0, 0],
  handleTimeFactor: null,
  resolutionFactor: null,
  experience: null,
  ...o,
});

describe('AgentProfiles: drawn and listed agents', () => {
  it("draws each slot's level from its skill's shares; past their sum, the highest level with a share", () => {
    const draw = { handleTimeFactor: null, resolutionFactor: null, proficiency: [[0, 0.5, 0.4, 0, 0, 0], []] };
    const { p, asked } = profiles({ draw }, { 'agent-proficiency:team': [0.3, 0.5, 0.95] });
    expect([0, 1, 2].map((a) => p.proficiencyOf(a, 0))).toEqual([1, 2, 2]);
    // Skill t is not drawn: the group's level; the other group's agent keeps its group's.
    expect([0, 1, 2].map((a) => p.proficiencyOf(a, 1))).toEqual([1, 1, 1]);
    expect(p.proficiencyOf(3, 0)).toBe(3);
    expect(asked).toEqual(['agent-proficiency:team']);
  });

  it('lets a listed level, factor or name win while the slot still takes its draws', () => {
    const draw = { handleTimeFactor: onePlusU, resolutionFactor: onePlusU, proficiency: [[0, 0, 0.5, 0.5, 0, 0], []] };
    const { p } = profiles(
      { draw, agents: [agent({ name: 'ann', proficiency: [5, 0], handleTimeFactor: 0.7, resolutionFactor: 0.6 }), agent({ proficiency: [0, 3] })] },
      { 'agent-proficiency:team': [0.25, 0.75, 0.25], 'agent-handle-factor:team': [0.25, 0.5, 0.75], 'agent-resolution-factor:team': [0.125, 0.375, 0.625] },
    );
    expect([0, 1, 2].map((a) => p.proficiencyOf(a, 0))).toEqual([5, 3, 2]);
    expect([0, 1, 2].map((a) => p.proficiencyOf(a, 1))).toEqual([1, 3, 1]);
    expect(Array.from(p.handleFactor)).toEqual([0.7, 1.5, 1.75, 1]);
    expect(Array.from(p.resolutionFactor)).toEqual([0.6, 1.375, 1.625, 1]);
    expect(p.names).toEqual(['ann', 'team#1', 'team#2', 'other#0']);
    expect(Array.from(p.individual)).toEqual([1, 0]);
  });

  it('draws nothing and keeps factors 1 without draws', () => {
    const { p, asked } = profiles({});
    expect(asked).toEqual([]);
    expect(Array.from(p.handleFactor)).toEqual([1, 1, 1, 1]);
    expect(Array.from(p.resolutionFactor)).toEqual([1, 1, 1, 1]);
  });

  it("starts each agent's experience from its own, else the group's learning, else 0", () => {
    const learning = { initial: 2, final: 1, halfLife: 10, experience: 10 };
    const { p } = profiles({ learning, agents: [agent({ experience: 30 })] });
    expect([0, 1, 3].map((a) => p.handledOf(a, 0))).toEqual([30, 10, 0]);
    expect(p.handledOf(0, 1)).toBe(0);
    expect(p.handledOf(0, 2)).toBe(30);
  });
});

describe('AgentProfiles: speed and resolution', () => {
  it("multiplies the group's factor at the agent's level, its own factor and the learning curve at its experience", () => {
    const learning = { initial: 2, final: 1, halfLife: 10, experience: 10 };
    const { p } = profiles({ learning, agents: [agent({}), agent({ handleTimeFactor: 0.5 })] });
    // Agent 1: level 2 → 1.2; own 0.5; the curve at 10: 1 + 1 · 10/20 = 1.5.
    expect(p.speedOf(1, 0, 0)).toBeCloseTo(1.2 * 0.5 * 1.5, 12);
    // No skill: the agent's own factor alone.
    expect(p.speedOf(1, 0, 1)).toBe(0.5);
  });

  it('counts a service towards every skill its type needs, the speed taken before it counts', () => {
    const learning = { initial: 2, final: 1, halfLife: 10, experience: 10 };
    const { p } = profiles({ learning });
    expect(p.startService(1, 0, 0, 0)).toBeCloseTo(1.2 * 1.5, 12);
    expect([p.handled[1 * 2 + 0], p.handled[1 * 2 + 1]]).toEqual([11, 10]);
    // Type `both` (primary t, level 1 → 1.5): the mean of the curve at 10 (t) and 11 (s).
    const mean = (1.5 + (1 + 10 / 21)) / 2;
    expect(p.startService(1, 0, 2, 1)).toBeCloseTo(1.5 * mean, 12);
    expect([p.handled[1 * 2 + 0], p.handled[1 * 2 + 1]]).toEqual([12, 11]);
    // A type without skills counts towards none.
    p.startService(1, 0, 1, 2);
    expect([p.handled[1 * 2 + 0], p.handled[1 * 2 + 1]]).toEqual([12, 11]);
  });

  it("takes byProficiency at the agent's level times its own factor; its own factor alone without a rule or a skill", () => {
    const { p } = profiles({ agents: [agent({}), agent({ proficiency: [4, 0], resolutionFactor: 0.5 })] });
    expect(p.resolutionMultiplier(1, 0)).toBeCloseTo(0.6 * 0.5, 12);
    expect(p.resolutionMultiplier(0, 0)).toBeCloseTo(0.8, 12);
    expect(p.resolutionMultiplier(1, 1)).toBe(0.5);
    // Without resolution or proficiency learning nothing is kept per service: a contact's factor is the agent's now.
    expect(p.resolutionMultiplier(1, 0, 5)).toBeCloseTo(0.6 * 0.5, 12);
  });

  it('with resolution learning, keeps the multiplier of a service from its start and gives the next one on request', () => {
    const learning = { experience: 0, resolution: { initial: 0.5, final: 1, halfLife: 1 } };
    const { p } = profiles({ learning, agents: [agent({}), agent({ resolutionFactor: 0.5 })] });
    // Agent 1, level 2 (0.8), own factor 0.5; the curve at 0 contacts: 0.5, at 1: 0.75.
    // No handle-time curve in this learning: the speed is the level's factor alone.
    expect(p.startService(1, 0, 0, 7)).toBe(1.2);
    expect(p.resolutionMultiplier(1, 0, 7)).toBeCloseTo(0.8 * 0.5 * 0.5, 12);
    expect(p.resolutionMultiplier(1, 0)).toBeCloseTo(0.8 * 0.5 * 0.75, 12);
    p.startService(1, 0, 0, 300);
    expect(p.resolutionMultiplier(1, 0, 300)).toBeCloseTo(0.8 * 0.5 * 0.75, 12);
    expect(p.resolutionMultiplier(1, 0, 7)).toBeCloseTo(0.8 * 0.5 * 0.5, 12);
  });

  it('with proficiency learning, raises the level with the contacts handled', () => {
    const learning = { experience: 0, proficiency: { final: 4, halfLife: 1 } };
    const { p } = profiles({ learning });
    const before = p.proficiencyOf(0, 0);
    expect(before).toBe(2);
    for (let k = 0; k < 50; k++) p.startService(0, 0, 0, k);
    expect(p.proficiencyOf(0, 0)).toBe(4);
    expect(p.proficiencyOf(3, 0)).toBe(3);
  });

  it('with proficiency learning in one group only, takes byProficiency at the level each service started with', () => {
    // Group `other` learns nothing; `team` learns proficiency alone. Agent 0 (own level 2 in s):
    // after n contacts L = 4 − 2 · 1/(1 + n), rounded half up: n = 0 → 2, n = 1 → 3, n = 2 → 3.33 → 3, n = 3 → 3.5 → 4.
    const learning = { experience: 0, proficiency: { final: 4, halfLife: 1 } };
    const { p } = profiles({ learning });
    for (let k = 0; k < 4; k++) p.startService(0, 0, 0, k);
    // byProficiency [1, 0.9, 0.8, 0.7, 0.6, 0.5], own factor 1, no resolution curve.
    expect([0, 1, 2, 3].map((c) => p.resolutionMultiplier(0, 0, c))).toEqual([0.8, 0.7, 0.7, 0.6]);
    expect(p.resolutionMultiplier(0, 0)).toBe(0.6);
  });

  it("reads the agent's own level in a type's primary skill other than the first", () => {
    // Type `both` has primary skill t: agent 0 is listed at t 3, agent 1 keeps the group's t 1.
    const { p } = profiles({ agents: [agent({ proficiency: [0, 3] })] });
    // Handle-time factor by level: 1 → 1.5, 3 → 1; byProficiency: 1 → 0.9, 3 → 0.7.
    expect([p.speedOf(0, 0, 2), p.speedOf(1, 0, 2)]).toEqual([1, 1.5]);
    expect([p.resolutionMultiplier(0, 2), p.resolutionMultiplier(1, 2)]).toEqual([0.7, 0.9]);
  });
});
