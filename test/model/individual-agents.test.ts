import { describe, expect, it } from 'vitest';
import type { IndividualAgentMetrics } from '../../src/metrics/result';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** One voice type, one group of `agents` agents, deterministic 100 s handle times, arrivals at `trace`. */
function scenario(trace: number[], group: Record<string, unknown>, extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'individuals',
    horizon: '1d',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace }, ...extra }],
    agentGroups: [{ name: 'team', agents: 2, skills: { s: 2 }, ...group }],
  } as ScenarioInput;
}

function byAgent(result: { byAgent?: readonly IndividualAgentMetrics[] }): Record<string, IndividualAgentMetrics> {
  return Object.fromEntries((result.byAgent ?? []).map((a) => [a.name, a]));
}

describe('individual agents', () => {
  it("multiplies each agent's handle times by its own factor", () => {
    // Two contacts at 0: longest-idle gives the first to agent 0 (ids break the tie), the second to agent 1.
    const r = simulate(scenario([0, 0], { individuals: { agents: [{ name: 'ann', handleTimeFactor: 0.5 }, { name: 'bob', handleTimeFactor: 2 }] } }), {
      checkInvariants: true,
    });
    const a = byAgent(r);
    expect(a['ann']!.meanHandleTime).toBe(50);
    expect(a['bob']!.meanHandleTime).toBe(200);
    expect(a['ann']!.group).toBe('team');
    expect(a['bob']!.occupancy).toBeCloseTo(200 / 86_400, 12);
  });

  it("uses the agent's own proficiency for the group's handle-time factor and for best-skill routing", () => {
    const group = { handleTimeFactor: { 2: 2, 4: 1 }, individuals: { agents: [{}, { skills: { s: 4 } }] } };
    // longest-idle: agent 0 (level 2: factor 2) takes the single contact.
    const idle = simulate(scenario([0], group), { checkInvariants: true });
    expect(byAgent(idle)['team#0']!.meanHandleTime).toBe(200);
    // best-skill: agent 1, level 4 (factor 1), is preferred although agent 0 is first in idle order.
    const best = simulate({ ...scenario([0], group), routing: { policy: 'best-skill' } } as ScenarioInput, { checkInvariants: true });
    expect(byAgent(best)['team#1']!.meanHandleTime).toBe(100);
    expect(byAgent(best)['team#0']!.served).toBe(0);
  });

  it('without individuals reports no byAgent section and keeps identical agents', () => {
    const r = simulate(scenario([0, 0], {}));
    expect(r.byAgent).toBeUndefined();
    expect(r.overall.meanHandleTime).toBe(100);
  });

  it('resolves per the agent: p = probability × byProficiency × resolutionFactor', () => {
    // probability 0.5 × factor 2 = 1 for agent 0: every service resolves; agent 1 (factor 1) does not resolve all.
    const trace = Array.from({ length: 250 }, (_, i) => i * 300);
    const r = simulate(
      scenario(trace, { agents: 2, individuals: { agents: [{ resolutionFactor: 2 }, {}] } }, { resolution: { probability: 0.5 } }),
      { checkInvariants: true },
    );
    const a = byAgent(r);
    // Each contact arrives after the previous one ended: longest-idle alternates agents 0, 1, 0, ...
    expect(a['team#0']!.served).toBe(125);
    expect(a['team#0']!.resolved).toBe(125);
    expect(a['team#0']!.resolutionRate).toBe(1);
    // Agent 1 resolves with probability 0.5: 125 services, 99.9% binomial interval 0.5 ± 3.29·√(0.25/125).
    expect(a['team#1']!.served).toBe(125);
    expect(Math.abs(a['team#1']!.resolutionRate! - 0.5)).toBeLessThan(3.29 * Math.sqrt(0.25 / 125));
  });

  it('draws factors once per replication from streams of their own; a listed agent does not shift the others', () => {
    const draw = { handleTimeFactor: { kind: 'uniform', min: 0.5, max: 1.5 } };
    const trace = [0, 0, 0];
    const group = { agents: 3 };
    const drawn = byAgent(simulate(scenario(trace, { ...group, individuals: { draw } })));
    const listed = byAgent(simulate(scenario(trace, { ...group, individuals: { draw, agents: [{ handleTimeFactor: 3 }] } })));
    const factors = ['team#0', 'team#1', 'team#2'].map((n) => drawn[n]!.meanHandleTime! / 100);
    for (const f of factors) expect(f).toBeGreaterThanOrEqual(0.5), expect(f).toBeLessThanOrEqual(1.5);
    expect(new Set(factors).size).toBe(3);
    expect(listed['team#0']!.meanHandleTime).toBeCloseTo(300, 9);
    expect(listed['team#1']!.meanHandleTime).toBe(drawn['team#1']!.meanHandleTime);
    expect(listed['team#2']!.meanHandleTime).toBe(drawn['team#2']!.meanHandleTime);
    // Another replication draws other factors; the same replication under another policy the same ones.
    const other = byAgent(simulate(scenario(trace, { ...group, individuals: { draw } }), { replication: 1 }));
    expect(other['team#1']!.meanHandleTime).not.toBe(drawn['team#1']!.meanHandleTime);
    const bestSkill = byAgent(simulate({ ...scenario(trace, { ...group, individuals: { draw } }), routing: { policy: 'best-skill' } } as ScenarioInput));
    expect(new Set(Object.values(bestSkill).map((a) => a.meanHandleTime))).toEqual(new Set(Object.values(drawn).map((a) => a.meanHandleTime)));
  });
});

describe('drawn proficiency', () => {
  /** The agents' proficiency in skill 0, read by an observer when the run starts. */
  function levels(input: ScenarioInput, replication = 0): number[] {
    const out: number[] = [];
    const probe: ContactCenterObserver = {
      attach: (view: ContactCenterView) => {
        for (let a = 0; a < view.agentCount; a++) out.push(view.agentProficiency(a, 0));
      },
    };
    simulate(input, { observers: [probe], replication });
    return out;
  }

  it('draws each agent\'s level from the shares; the list overrides; the handle-time factor follows the level', () => {
    const group = { agents: 3, handleTimeFactor: { 2: 2, 4: 1 }, individuals: { agents: [{ skills: { s: 2 } }], draw: { skills: { s: { 4: 1 } } } } };
    expect(levels(scenario([0, 0, 0], group))).toEqual([2, 4, 4]);
    const a = byAgent(simulate(scenario([0, 0, 0], group)));
    expect([a['team#0']!.meanHandleTime, a['team#1']!.meanHandleTime, a['team#2']!.meanHandleTime]).toEqual([200, 100, 100]);
  });

  it('draws the levels in their shares (binomial 99.9 % interval over 400 agents)', () => {
    const drawn = levels(scenario([], { agents: 400, individuals: { draw: { skills: { s: { 2: 0.5, 4: 0.5 } } } } }));
    expect(new Set(drawn)).toEqual(new Set([2, 4]));
    const fours = drawn.filter((l) => l === 4).length;
    expect(Math.abs(fours - 200)).toBeLessThan(3.29 * Math.sqrt(400 * 0.25));
  });
});

describe('learning curve', () => {
  it('follows final + (initial − final)·halfLife/(halfLife + n) contact by contact', () => {
    // One agent, initial 2, final 1, halfLife 1: factors 2, 1.5, 4/3 for n = 0, 1, 2.
    const r = simulate(scenario([0, 1000, 2000], { agents: 1, individuals: { learning: { initial: 2, final: 1, halfLife: 1 } } }));
    const a = byAgent(r)['team#0']!;
    expect(a.served).toBe(3);
    expect(a.meanHandleTime).toBeCloseTo((200 + 150 + 400 / 3) / 3, 9);
  });

  it('starts from the experience given (a new hire at 0, the others at the group default)', () => {
    const learning = { initial: 3, final: 1, halfLife: 10, experience: 90 };
    const r = simulate(scenario([0, 0], { individuals: { learning, agents: [{}, { name: 'newHire', experience: 0 }] } }));
    const a = byAgent(r);
    expect(a['team#0']!.meanHandleTime).toBeCloseTo(100 * (1 + (2 * 10) / 100), 9);
    expect(a['newHire']!.meanHandleTime).toBeCloseTo(300, 9);
  });

  it('carries experience across the days of a run and starts afresh each replication', () => {
    const day = 86_400;
    const input = { ...scenario([0, day], { agents: 1, individuals: { learning: { initial: 2, final: 1, halfLife: 1 } } }), horizon: '2d' } as ScenarioInput;
    for (const replication of [0, 1]) {
      const a = byAgent(simulate(input, { replication }))['team#0']!;
      expect(a.meanHandleTime).toBeCloseTo((200 + 150) / 2, 9);
    }
  });
});
