import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

const base: ScenarioInput = {
  name: 'help desk',
  horizon: '8h',
  interval: '1h',
  skills: ['billing', 'tech'],
  contactTypes: [
    { name: 'billing', skills: { billing: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, arrivals: { rate: '100/h' } },
    { name: 'tech', skills: { tech: 1 }, handleTime: { kind: 'exponential', mean: '6m' }, arrivals: { rate: '40/h' } },
  ],
  agentGroups: [
    { name: 'billing-agents', skills: { billing: 1 }, agents: 6 },
    { name: 'blended', skills: { billing: 1, tech: 1 }, agents: 6 },
  ],
};

function errors(optimize: unknown, more: Partial<ScenarioInput> = {}): string[] {
  const result = parseScenario({ ...base, ...more, optimize });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('the optimize block of a scenario', () => {
  it('accepts the content of a settings file, durations with units, and changes nothing else', () => {
    const optimize = {
      targets: ['service-level billing 80% 20s', { metric: 'asa', contactType: 'tech', value: '30s', scope: 'day' }, 'occupancy blended 85%'],
      bounds: { blended: { min: 1, max: [9, 9, 9, 9, 9, 9, 9, 9] }, 'billing-agents': { fixed: true } },
      costPerAgentHour: { blended: 36 },
      shiftTemplates: [{ name: '4h', starts: ['0h', '1h', '4h'], length: '4h', break: { length: '1h', earliest: '1h', latest: '2h' } }],
    };
    expect(errors(optimize)).toEqual([]);
    const plain = parseScenario(base);
    const withBlock = parseScenario({ ...base, optimize });
    expect(plain.ok && withBlock.ok).toBe(true);
    if (plain.ok && withBlock.ok) expect(withBlock.model).toEqual(plain.model);
  });

  it('locates contradictory bounds, bounds of unknown groups or intervals, and bad costs', () => {
    expect(
      errors({
        bounds: { blended: { min: 5, max: 3 }, 'billing-agents': { min: [1, 2], fixed: true }, ghost: { max: 1 } },
        costPerAgentHour: { blended: -1, nobody: 3 },
      }),
    ).toEqual([
      'optimize.bounds.blended.min: 5 agents is above max 3 (interval 0): the bounds contradict each other',
      'optimize.bounds.billing-agents.fixed: a fixed group keeps the staffing the scenario gives it: give no min or max with it',
      "optimize.bounds.ghost: unknown agent group 'ghost'; known: billing-agents, blended",
      'optimize.costPerAgentHour.blended: must be a cost ≥ 0, got -1',
      "optimize.costPerAgentHour.nobody: unknown agent group 'nobody'; known: billing-agents, blended",
    ]);
    expect(errors({ bounds: { blended: { max: [4, 4, 4, 4, 4, 4, 4, 4, 4], min: [0, 0, 6, 0, 0, 0, 0, 0] } } })).toEqual([
      'optimize.bounds.blended.max: must give one number per planning interval: the horizon has 8 intervals, the list has 9',
    ]);
    expect(errors({ bounds: { blended: { min: [0, 0, 6, 0, 0, 0, 0, 0], max: 4 } } })).toEqual([
      'optimize.bounds.blended.min[2]: 6 agents is above max 4 (interval 2): the bounds contradict each other',
    ]);
  });

  it('locates targets naming unknown types or groups, bad values, FCR without a journey and unknown fields', () => {
    expect(
      errors({
        targets: ['service-level biling 80% 20s', 'fcr billing 75% interval', 'waiting billing 80%', { metric: 'occupancy', agentGroup: 'blendd', value: 0.85 }, { metric: 'abandonment', value: 5 }, 42],
        extra: 1,
      }),
    ).toEqual([
      "optimize.targets[0]: unknown contact type 'biling'; did you mean 'billing'?",
      'optimize.targets[1]: the scenario has no journey (resolution), so every first contact resolves: an FCR target is met trivially',
      "optimize.targets[2]: the metric must be one of service-level, abandonment, asa, fcr, occupancy, got 'waiting'",
      "optimize.targets[3].agentGroup: unknown agent group 'blendd'; did you mean 'blended'?",
      'optimize.targets[4].value: must be a fraction in (0, 1] (80% is 0.8), got 5',
      'optimize.targets[5]: must be a target as text or an object { metric, contactType, value, ... }, got 42',
      'optimize.extra: unknown field; known: targets, bounds, costPerAgentHour, shiftTemplates',
    ]);
  });

  it('locates shift templates off the interval grid or past the planning day', () => {
    expect(errors({ shiftTemplates: [{ name: '4h', starts: ['0h', '30m', '6h'], length: '4h', break: { length: '1h', earliest: '3h', latest: '4h' } }] })).toEqual([
      'optimize.shiftTemplates[0].starts[1]: must fall on an interval boundary (a multiple of 3600 s), got 1800 s',
      'optimize.shiftTemplates[0].starts[2]: a shift starting at 21600 s ends after the planning day (28800 s)',
      'optimize.shiftTemplates[0].break.latest: a break starting 14400 s in ends after the shift (14400 s)',
    ]);
  });
});
