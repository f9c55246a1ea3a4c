import { describe, expect, it } from 'vitest';
import { networkSize, NETWORK_LADDER } from '../../bench/scale-network';
import { scaleScenario } from '../../bench/scale-scenario';
import { resolveScenario } from '../../src/scenario/resolve';

describe('networkSize()', () => {
  it('describes the network of issue 19: 150 types, 200 skills, 50 agents per group, 500 per site', () => {
    expect(NETWORK_LADDER).toEqual([500, 2_000, 5_000, 20_000, 50_000]);
    expect(networkSize(50_000, 7)).toEqual({ agents: 50_000, groups: 1_000, contactTypes: 150, skills: 200, days: 7, sites: 100 });
    expect(networkSize(500, 1)).toMatchObject({ groups: 10, sites: 1 });
    expect(() => networkSize(499, 7)).toThrow(/agents must be an integer ≥ 500/);
    expect(() => networkSize(5_000, 0)).toThrow(/days must be a positive integer/);
  });

  it('generates a center that resolves, with every type served and about 50 agents per group at the peak', () => {
    const size = networkSize(2_000, 1);
    const model = resolveScenario(scaleScenario(size));
    expect(model.contactTypes).toHaveLength(150);
    expect(model.skills).toHaveLength(200);
    expect(model.agentGroups).toHaveLength(40);
    expect(model.sites).toHaveLength(4);
    expect(new Set(model.agentGroups.map((g) => g.site)).size).toBe(4);
    for (const t of model.contactTypes) expect(t.overflow?.[0]?.groups.length ?? 0, t.name).toBeGreaterThan(0);
    const input = scaleScenario(size);
    const peaks = (input.agentGroups ?? []).map((g) => {
      const plan = g.agents as { perInterval?: number[]; shifts?: { agents: number }[] };
      return plan.perInterval !== undefined ? Math.max(...plan.perInterval) : (plan.shifts ?? []).reduce((n, s) => n + s.agents, 0);
    });
    const total = peaks.reduce((a, b) => a + b, 0);
    // Voice groups peak with the day's curve, shift groups overlap: the sum of peaks is about the size.
    expect(total / peaks.length).toBeGreaterThan(40);
    expect(total / peaks.length).toBeLessThan(60);
  });
});
