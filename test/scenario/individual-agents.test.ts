import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/resolve';

function scenario(individuals: unknown, agents: unknown = 3): unknown {
  return {
    name: 'individuals',
    skills: ['billing', 'tech'],
    contactTypes: [{ name: 'calls', skills: { billing: 2 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '10/h' } }],
    agentGroups: [{ name: 'team', agents, skills: { billing: 3 }, individuals }],
  };
}

function errors(input: unknown): string[] {
  const r = parseScenario(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('individuals (scenario)', () => {
  it('resolves a list, draws and a learning curve into the group definition', () => {
    const r = parseScenario(
      scenario({
        agents: [{ name: 'ann', skills: { billing: 5 }, handleTimeFactor: 0.8, resolutionFactor: 1.2 }, { experience: 0 }],
        draw: { handleTimeFactor: { kind: 'lognormal', mean: 1, cv: 0.3 } },
        learning: { initial: 1.6, final: 0.9, halfLife: 150, experience: 500 },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ind = r.model.agentGroups[0]!.individuals!;
    expect(ind.agents[0]).toEqual({ name: 'ann', proficiency: [5, 0], handleTimeFactor: 0.8, resolutionFactor: 1.2, experience: null });
    expect(ind.agents[1]).toEqual({ name: null, proficiency: [0, 0], handleTimeFactor: null, resolutionFactor: null, experience: 0 });
    expect(ind.draw?.handleTimeFactor?.mean).toBeCloseTo(1, 12);
    expect(ind.draw?.resolutionFactor).toBeNull();
    expect(ind.learning).toEqual({ initial: 1.6, final: 0.9, halfLife: 150, experience: 500 });
  });

  it('a group without individuals resolves exactly as before (no individuals key)', () => {
    const r = parseScenario(scenario(undefined));
    expect(r.ok && 'individuals' in r.model.agentGroups[0]!).toBe(false);
  });

  it('rejects a list longer than the group, naming the list', () => {
    expect(errors(scenario({ agents: [{}, {}, {}, {}] }))).toEqual([
      "agentGroups[0].individuals.agents: lists 4 agents but group 'team' has at most 3 on duty at once: agent k of the list is the group's agent k, so the list can be no longer",
    ]);
    // the group's peak over a schedule counts
    expect(errors(scenario({ agents: [{}, {}, {}, {}] }, { perInterval: [2, 4, 1], interval: '1h' }))).toEqual([]);
  });

  it('reports a list longer than a constant group together with the other errors', () => {
    const e = errors(scenario({ agents: [{}, {}, {}, {}], learning: { initial: -1, final: 1, halfLife: 5 } }));
    expect(e.map((x) => x.split(':')[0])).toEqual(['agentGroups[0].individuals.agents', 'agentGroups[0].individuals.learning.initial']);
  });

  it('rejects learning curves that would make a factor zero or negative, at the field', () => {
    const e = errors(scenario({ learning: { initial: -0.5, final: 0, halfLife: 10 } }));
    expect(e).toHaveLength(2);
    expect(e[0]).toMatch(/^agentGroups\[0\]\.individuals\.learning\.initial: learning initial factor must be a positive number .*got -0\.5$/);
    expect(e[1]).toMatch(/^agentGroups\[0\]\.individuals\.learning\.final: .*turn negative\), got 0$/);
    expect(errors(scenario({ learning: { initial: 2, final: 1, halfLife: 0 } }))[0]).toMatch(/^agentGroups\[0\]\.individuals\.learning\.halfLife: /);
  });

  it('rejects negative factors and a drawn factor that can be 0', () => {
    expect(errors(scenario({ agents: [{ handleTimeFactor: -1 }] }))[0]).toMatch(/^agentGroups\[0\]\.individuals\.agents\[0\]\.handleTimeFactor: handleTimeFactor must be a positive number/);
    expect(errors(scenario({ draw: { resolutionFactor: { kind: 'empirical', samples: [0, 1, 2] } } }))).toEqual([
      'agentGroups[0].individuals.draw.resolutionFactor: draws a factor of 0 with probability 0.333333333333: a factor must be positive',
    ]);
  });

  it("rejects an agent's skill the group lacks or below the group's level", () => {
    const e = errors(scenario({ agents: [{ skills: { tech: 3, billing: 2 } }] }));
    expect(e).toEqual([
      "agentGroups[0].individuals.agents[0].skills.tech: 'tech' is not a skill of group 'team' (its skills: billing); an agent refines the group's levels, it adds no skill",
      "agentGroups[0].individuals.agents[0].skills.billing: proficiency 2 is below the group's 3: the group's level is what qualifies its agents for contact types, so an agent's is at least that",
    ]);
  });

  it('resolves drawn levels and rejects a skill the group lacks, a level below its own and shares not summing to 1', () => {
    const r = parseScenario(scenario({ draw: { skills: { billing: { 3: 0.25, 5: 0.75 } } } }));
    expect(r.ok && r.model.agentGroups[0]!.individuals!.draw!.proficiency).toEqual([[0, 0, 0, 0.25, 0, 0.75], []]);
    expect(errors(scenario({ draw: { skills: { tech: { 3: 1 }, billing: { 2: 0.5, 4: 0.4 } } } }))).toEqual([
      "agentGroups[0].individuals.draw.skills.tech: 'tech' is not a skill of group 'team': agents draw levels only in the group's skills",
      'agentGroups[0].individuals.draw.skills.billing: shares must sum to 1, got 0.9',
      "agentGroups[0].individuals.draw.skills.billing.2: level must be an integer from the group's 3 to 5, got '2'",
    ]);
  });

  it('rejects duplicate agent names and names with #', () => {
    const e = errors(scenario({ agents: [{ name: 'ann' }, { name: 'ann' }, { name: 'team#0' }] }));
    expect(e).toEqual([
      "agentGroups[0].individuals.agents[1].name: duplicate agent name 'ann' (first used at agentGroups[0].individuals.agents[0])",
      "agentGroups[0].individuals.agents[2].name: agent name 'team#0' must not contain '#' (kept for the default names <group>#<k>)",
    ]);
  });
});
