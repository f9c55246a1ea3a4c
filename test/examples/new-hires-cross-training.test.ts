import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type ComparisonResult } from '../../src/index';
import { billingOnly, compareDesigns, crossTrained, difference, formatComparison } from '../../examples/agents/new-hires-cross-training';

/**
 * The cross-training story on one day (5 replications, common random numbers, fixed seed; the
 * example's own run is 20 replications of 3 days). What the reasoning says, each checked by its
 * paired confidence interval: cross-trained new hires take tech calls and disputes, which are
 * longer than billing calls and new to them on the tech side (learning factor 1.8 at first), so
 * their mean handle time rises and the center's occupancy with it; five more agents able to take
 * tech calls raise tech's service level.
 */
describe('examples/agents/new-hires-cross-training.ts', () => {
  let comparison: ComparisonResult;
  beforeAll(async () => {
    comparison = await compareDesigns({ replications: 5, seed: 1, threads: 1, horizon: '1d' });
  });

  it('both designs are valid and differ only in the new hires’ tech skill', () => {
    const base = parseScenario(billingOnly());
    const cross = parseScenario(crossTrained());
    expect(base.ok && base.warnings).toEqual([]);
    expect(cross.ok && cross.warnings).toEqual([]);
    if (!base.ok || !cross.ok) return;
    const tech = base.model.skills.indexOf('tech');
    expect(base.model.agentGroups[1]!.proficiency[tech]).toBe(0);
    expect(cross.model.agentGroups[1]!.proficiency[tech]).toBe(2);
    expect({ ...cross.model.agentGroups[1]!, proficiency: [] }).toEqual({ ...base.model.agentGroups[1]!, proficiency: [] });
  });

  it('cross-trained new hires take longer contacts, at their slow start on tech', () => {
    expect(difference(comparison, 'byAgentGroup.new hires.meanHandleTime').lower!).toBeGreaterThan(0);
    expect(difference(comparison, 'agents.occupancy').lower!).toBeGreaterThan(0);
  });

  it('more agents able to take tech calls raise tech’s service level', () => {
    expect(difference(comparison, 'byContactType.tech.serviceLevel').lower!).toBeGreaterThan(0);
  });

  it('prints every measure with its paired difference', () => {
    const text = formatComparison(comparison);
    expect(text.split('\n')).toHaveLength(8);
    expect(text).toMatch(/handle time, new hires +\d+\.\ds +\+\d+\.\ds ± \d+\.\ds \*/);
  });
});
