import { describe, expect, it } from 'vitest';
import { optimizeStaffing } from '../../src/optimize/optimize-staffing';
import { parseTargetSpec } from '../../src/optimize/targets';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * A center whose answer is known without simulation: three 10-minute calls arrive together at the
 * start of the first half hour and one at the start of the second, every call must be answered at
 * once (service level 100 % within 0 s), and nothing is random. The fixed group `other` (2 agents,
 * a lower skill level) serves calls too, so the planned group `team` needs 3 − 2 = 1 agent in the
 * first half hour and none in the second.
 */
const scenario: ScenarioInput = {
  name: 'exact',
  horizon: '1h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 600 }, arrivals: { trace: [0, 0, 0, 1800] } }],
  agentGroups: [
    { name: 'team', skills: { s: 1 }, agents: 1 },
    { name: 'other', skills: { s: 2 }, agents: 2 },
  ],
} as ScenarioInput;

describe('optimizeStaffing() on a center worked by hand', () => {
  it('finds the staffing every call needs, costs it, and reports the search and its validation', async () => {
    const phases = new Set<string>();
    const result = await optimizeStaffing(scenario, {
      targets: [parseTargetSpec('service-level calls 100% 0s')],
      bounds: { other: { fixed: true } },
      costPerAgentHour: { team: 30 },
      threads: 1,
      replications: 2,
      validationReplications: 2,
      criterion: 'mean',
      seed: 'x',
      onProgress: (p) => phases.add(p.phase),
    });
    expect(result).toMatchObject({
      format: 'routelab-staffing',
      version: 1,
      scenario: 'exact',
      status: 'met',
      staffing: { team: [1, 0], other: [2, 2] },
      intervalLength: 1800,
      // team: half an agent-hour at 30; other: 2 agent-hours at the default price 1.
      cost: 0.5 * 30 + 2,
      agentHours: { team: 0.5, other: 2 },
      unreachable: [],
      seed: 'x',
      replications: 2,
      validationReplications: 2,
      level: 0.95,
      criterion: 'mean',
      maxReplications: 8,
    });
    expect(result.targets.map((t) => [t.interval, t.estimate, t.met])).toEqual([
      [0, 1, true],
      [1, 1, true],
    ]);
    expect(result.validation).toMatchObject({ seed: 'x/validation', level: 0.95 });
    expect(result.validation!.rounds).toHaveLength(1);
    // No templates, no shifts: the key is left out of the result (and of its JSON).
    expect(Object.keys(result)).not.toContain('shifts');
    expect(phases.has('search')).toBe(true);
    expect(phases.has('validate')).toBe(true);
    expect(result.evaluations).toBeGreaterThan(0);
  });

  it('plans shifts when templates are given', async () => {
    const result = await optimizeStaffing(scenario, {
      targets: [parseTargetSpec('service-level calls 100% 0s')],
      bounds: { other: { fixed: true } },
      threads: 1,
      replications: 2,
      validationReplications: 2,
      criterion: 'mean',
      shiftTemplates: [{ name: 'hour', starts: [0], length: 3600 }],
    });
    // One one-hour shift covers the agent of the first half hour.
    expect(result.shifts!.groups).toEqual([{ group: 'team', shifts: [{ template: 'hour', start: 0, end: 3600, breakStart: null, agents: 1 }], paidHours: 1, coverage: [1, 1] }]);
    expect(result.shifts!.cost).toBe(1);
  });

  it('refuses bad options before simulating anything', async () => {
    const targets = [parseTargetSpec('service-level calls 100% 0s')];
    const cases: [Record<string, unknown>, string][] = [
      [{ replications: 1 }, 'replications must be an integer >= 2, got 1'],
      [{ replications: 4, maxReplications: 3 }, 'maxReplications must be an integer >= replications (4), got 3'],
      [{ repairRounds: -1 }, 'repairRounds must be an integer >= 0, got -1'],
      [{ validationReplications: 1 }, 'validationReplications must be an integer >= 2, got 1'],
      [{ maxIterations: 0 }, 'maxIterations must be an integer >= 1, got 0'],
      [{ polishRounds: -1 }, 'polishRounds must be an integer >= 0, got -1'],
      [{ seeds: 3 }, "optimizeStaffing: unknown option 'seeds'; did you mean 'seed'?"],
    ];
    for (const [bad, message] of cases) await expect(optimizeStaffing(scenario, { targets, ...bad })).rejects.toThrow(message);
    await expect(optimizeStaffing(scenario, { targets, criterion: 'median' as never })).rejects.toThrow(new RangeError(`criterion must be 'mean' or 'confidence', got "median"`));
    for (const shrinkage of [-0.1, 1, Number.NaN, '0.5' as never]) await expect(optimizeStaffing(scenario, { targets, shrinkage })).rejects.toThrow(new RangeError(`shrinkage must be a fraction in [0, 1), got ${shrinkage}`));
    await expect(optimizeStaffing(scenario, undefined as never)).rejects.toThrow(new TypeError('optimizeStaffing: options must be an object with targets'));
  });
});
