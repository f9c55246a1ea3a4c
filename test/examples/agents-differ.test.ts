import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type ComparisonResult } from '../../src/index';
import { MEASURES, compareCenters, difference, differentAgents, formatCenters, identicalAgents } from '../../examples/agents/agents-differ';

/**
 * The agents-differ story with the paired confidence intervals of two small comparisons (10
 * replications, common random numbers, fixed seed). Exact where the reasoning is exact: with
 * identical agents p-mu ties on every agent and routes as longest idle, so its paired differences
 * are 0 in every replication. Statistical where it is not: with agents who differ p-mu prefers
 * the fast agents (shorter mean handle time), and agent-affinity shortens calls in both centers
 * (the last agent knows the case: handle-time factor 0.8 instead of 1.2).
 */
describe('examples/agents/agents-differ.ts', () => {
  let result: { differ: ComparisonResult; identical: ComparisonResult };
  beforeAll(async () => {
    result = await compareCenters({ replications: 10, seed: 1, threads: 1 });
  });

  it('both centers are valid and differ only in the individuals block', () => {
    const differ = parseScenario(differentAgents());
    const identical = parseScenario(identicalAgents());
    expect(differ.ok && differ.warnings).toEqual([]);
    expect(identical.ok && identical.model.agentGroups[0]!.individuals).toBeUndefined();
    expect(differ.ok && differ.model.agentGroups[0]!.individuals?.agents.map((a) => a.name)).toEqual(['new-hire-1', 'new-hire-2']);
  });

  it('with identical agents p-mu routes exactly as longest idle', () => {
    for (const m of MEASURES) {
      const d = difference(result.identical, 'p-mu', m.path);
      expect([d.mean, d.halfWidth], m.path).toEqual([0, 0]);
    }
  });

  it('with agents who differ p-mu picks the faster agents', () => {
    expect(difference(result.differ, 'p-mu', 'overall.meanHandleTime').upper!).toBeLessThan(0);
  });

  it('agent-affinity shortens calls whether agents differ or not', () => {
    expect(difference(result.identical, 'agent-affinity', 'overall.meanHandleTime').upper!).toBeLessThan(0);
    expect(difference(result.differ, 'agent-affinity', 'overall.meanHandleTime').upper!).toBeLessThan(0);
  });

  it('prints both tables and a reading without holes', () => {
    const out = formatCenters(result);
    expect(out).toContain('Agents who differ');
    expect(out).toContain('Identical agents');
    for (const m of MEASURES) expect(out).toContain(m.label);
    expect(out).toMatch(/^service level \(20 s\) +[\d.]+% +[−+][\d.]+ pt ± [\d.]+ pt/m);
    expect(out).not.toMatch(/NaN|undefined/);
  });
});
