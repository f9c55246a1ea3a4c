import { describe, expect, it } from 'vitest';
import { compareVariants, type ScenarioInput } from 'routelab';
import { addDesign, designName, designVariants, differenceRows, formatDifference, type PlaygroundDesign } from '../../playground/designs';

/** 90 calls an hour of 4 minutes on average: 6 erlangs offered to 5 agents, overloaded. */
const scenario: ScenarioInput = {
  name: 'one queue',
  horizon: '2h',
  skills: ['calls'],
  contactTypes: [{ name: 'calls', skills: { calls: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, patience: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '90/h' } }],
  agentGroups: [
    { name: 'front', skills: { calls: 1 }, agents: 3 },
    { name: 'back', skills: { calls: 1 }, agents: 2 },
  ],
};

describe('designName()', () => {
  it('names the policy, or "as written", and the staffing multiplier when it is not 1', () => {
    expect(designName({ policy: '', staffing: 1 })).toBe('as written');
    expect(designName({ policy: undefined, staffing: 1.3 })).toBe('as written, staffing × 1.3');
    expect(designName({ policy: 'best-skill', staffing: 2 })).toBe('best-skill, staffing × 2');
  });
});

describe('addDesign()', () => {
  it('appends the controls as a design, and refuses the same controls twice', () => {
    const one = addDesign([], { policy: '', staffing: 1 });
    expect(Array.isArray(one)).toBe(true);
    const two = addDesign(one as PlaygroundDesign[], { policy: 'random-agent', staffing: 1 });
    expect((two as PlaygroundDesign[]).map((d) => d.name)).toEqual(['as written', 'random-agent']);
    expect(addDesign(two as PlaygroundDesign[], { policy: 'random-agent', staffing: 1 })).toMatch(/'random-agent' is already a design/);
    // The list given is left alone.
    expect((one as PlaygroundDesign[]).length).toBe(1);
  });
});

describe('designVariants()', () => {
  it('applies each design to the scenario: its policy and its staffing', () => {
    const variants = designVariants(scenario, [
      { name: 'as written', controls: { policy: '', staffing: 1 } },
      { name: 'random-agent, staffing × 2', controls: { policy: 'random-agent', staffing: 2 } },
    ]);
    expect(variants[0]).toEqual({ name: 'as written', scenario });
    const doubled = variants[1]!.scenario as { agentGroups: { agents: number }[]; routing?: unknown };
    expect(doubled.agentGroups.map((g) => g.agents)).toEqual([6, 4]);
    expect(doubled.routing).toEqual({ policy: 'random-agent' });
    expect((scenario.agentGroups as { agents: number }[]).map((g) => g.agents)).toEqual([3, 2]);
  });
});

describe('formatDifference()', () => {
  it('signs the difference, in percentage points for fractions and seconds for times', () => {
    expect(formatDifference(0.1234, 'percent')).toBe('+12.3 pt');
    expect(formatDifference(-0.05, 'percent')).toBe('−5.0 pt');
    expect(formatDifference(-12.34, 'seconds')).toBe('−12.3 s');
    expect(formatDifference(0.00001, 'percent')).toBe('0.0 pt');
    expect(formatDifference(null, 'seconds')).toBe('–');
  });
});

describe('differenceRows()', () => {
  it('gives each design its paired differences from the baseline; doubling the agents of an overloaded queue raises the service level', async () => {
    const designs: PlaygroundDesign[] = [
      { name: 'as written', controls: { policy: '', staffing: 1 } },
      { name: 'as written, staffing × 2', controls: { policy: '', staffing: 2 } },
    ];
    const comparison = await compareVariants(designVariants(scenario, designs), { replications: 4, seed: 3, threads: 1 });
    const rows = differenceRows(comparison);
    expect(rows.map((r) => r.metric)).toEqual(['overall.serviceLevel', 'overall.asa', 'overall.abandonmentRate', 'journey.overall.fcr', 'agents.occupancy']);
    expect(new Set(rows.map((r) => r.design))).toEqual(new Set(['as written, staffing × 2']));
    // With every replication paired, the mean of the differences is the difference of the means.
    const mean = (name: string) => comparison.variants.find((v) => v.name === name)!.experiment.summary['overall.serviceLevel']!.mean!;
    const expected = mean('as written, staffing × 2') - mean('as written');
    expect(rows[0]!.difference).toBe(`+${(expected * 100).toFixed(1)} pt`);
    // 6 erlangs on 5 agents against 10 agents: the service level rises, beyond doubt over 4 days.
    expect(expected).toBeGreaterThan(0.2);
    expect(rows[0]!.significant).toBe('yes');
    expect(rows[1]!.difference.startsWith('−')).toBe(true);
    expect(rows[0]!.interval).toMatch(/^\+\d+\.\d pt to \+\d+\.\d pt$/);
  });
});
