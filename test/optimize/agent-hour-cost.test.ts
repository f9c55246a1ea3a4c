import { describe, expect, it } from 'vitest';
import { agentHourCost } from '../../src/optimize/bounds';
import type { ScenarioInput } from '../../src/scenario/schema';

const scenario = (costs?: unknown): ScenarioInput =>
  ({
    name: 'costs',
    skills: ['s'],
    sites: [{ name: 'home', kind: 'remote' }, { name: 'office', kind: 'in-house' }],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '60/h' } }],
    agentGroups: [
      { name: 'a', site: 'office', skills: { s: 1 }, agents: 1 },
      { name: 'b', site: 'home', skills: { s: 1 }, agents: 1 },
      { name: 'c', site: 'office', skills: { s: 1 }, agents: 1 },
    ],
    ...(costs === undefined ? {} : { costs }),
  }) as ScenarioInput;

describe('agentHourCost()', () => {
  it('counts agent-hours (1 each) without prices', () => {
    expect(agentHourCost(scenario(), {})).toEqual({ a: 1, b: 1, c: 1 });
  });

  it("reads the scenario's group price, then its site's, then 1; the option overrides both", () => {
    const costs = { currency: 'EUR', agentGroups: { a: { perHour: 32 } }, sites: { home: { perHour: 25 } } };
    expect(agentHourCost(scenario(costs), {})).toEqual({ a: 32, b: 25, c: 1 });
    expect(agentHourCost(scenario(costs), { costPerAgentHour: { a: 40 } })).toEqual({ a: 40, b: 25, c: 1 });
  });

  it('reads site prices without group prices, and group prices without site prices', () => {
    expect(agentHourCost(scenario({ currency: 'EUR', sites: { home: { perHour: 25 } } }), {})).toEqual({ a: 1, b: 25, c: 1 });
    expect(agentHourCost(scenario({ currency: 'EUR', agentGroups: { c: { perHour: 30 } } }), {})).toEqual({ a: 1, b: 1, c: 30 });
    expect(agentHourCost(scenario(), { costPerAgentHour: { a: 0 } })).toEqual({ a: 0, b: 1, c: 1 });
  });

  it('gives a group without a site no site price, even of a site named "undefined"', () => {
    const s = scenario({ currency: 'EUR', sites: { undefined: { perHour: 7 } } });
    const noSite = { ...s, agentGroups: [{ name: 'd', skills: { s: 1 }, agents: 1 }] } as ScenarioInput;
    expect(agentHourCost(noSite, {})).toEqual({ d: 1 });
  });

  it('names an unknown group and a bad price', () => {
    expect(() => agentHourCost(scenario(), { costPerAgentHour: { a: Number.POSITIVE_INFINITY, b: Number.NaN } })).toThrow(
      /costPerAgentHour\.a: must be a finite number >= 0, got Infinity[\s\S]*costPerAgentHour\.b: must be a finite number >= 0, got NaN/,
    );
    expect(() => agentHourCost(scenario(), { costPerAgentHour: { z: 1, a: -1 } })).toThrow(/costPerAgentHour\.z: no agent group is named 'z'[\s\S]*costPerAgentHour\.a: must be a finite number >= 0/);
  });
});
