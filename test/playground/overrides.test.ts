import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from 'routelab';
import { applyControls, scaleAgents } from '../../playground/overrides';

const scenario = {
  name: 'two groups',
  agentGroups: [
    { name: 'a', agents: 7 },
    { name: 'b', agents: { perInterval: [2, 5, 0] } },
    { name: 'c', agents: { shifts: [{ start: '0h', end: '4h', agents: 3 }] } },
  ],
  routing: { policy: 'agent-affinity', options: { waitLimit: '30s' } },
} as unknown as ScenarioInput;

describe('applyControls', () => {
  it('changes nothing at multiplier 1 and the scenario own policy', () => {
    expect(JSON.stringify(applyControls(scenario, { staffing: 1, policy: '' }))).toBe(JSON.stringify(scenario));
    expect(JSON.stringify(applyControls(scenario, { staffing: 1, policy: 'agent-affinity' }))).toBe(JSON.stringify(scenario));
  });

  it('scales every agent count, rounding to whole agents, and leaves the input alone', () => {
    const before = JSON.stringify(scenario);
    const scaled = applyControls(scenario, { staffing: 1.3 }) as unknown as { agentGroups: { agents: unknown }[] };
    // 7 × 1.3 = 9.1 → 9; 2, 5, 0 × 1.3 = 2.6, 6.5, 0 → 3, 7, 0; 3 × 1.3 = 3.9 → 4
    expect(scaled.agentGroups.map((g) => g.agents)).toEqual([9, { perInterval: [3, 7, 0] }, { shifts: [{ start: '0h', end: '4h', agents: 4 }] }]);
    expect(JSON.stringify(scenario)).toBe(before);
  });

  it('sets another policy without the old policy options', () => {
    expect(applyControls(scenario, { staffing: 1, policy: 'best-skill' }).routing).toEqual({ policy: 'best-skill' });
  });

  it('never scales below zero agents', () => {
    expect(scaleAgents(1, 0.4)).toBe(0);
    expect(scaleAgents(1, 0.5)).toBe(1);
  });
});
