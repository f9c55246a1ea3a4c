import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { mergeScenario } from '../../src/scenario/merge';
import type { ScenarioInput } from '../../src/scenario/schema';

describe('mergeScenario keeps the type of its base', () => {
  it('so a merged ScenarioInput goes straight to simulate, which validates it', () => {
    const base: ScenarioInput = {
      name: 'desk',
      skills: ['support'],
      contactTypes: [{ name: 'calls', skills: { support: 1 }, arrivals: { rate: '60/h' }, handleTime: { kind: 'exponential', mean: '3m' } }],
      agentGroups: [{ name: 'agents', skills: { support: 1 }, agents: 4 }],
    };
    const longer = mergeScenario(base, { horizon: '2d', endOfDay: 'cut' });
    expect(simulate(longer, { seed: 3 }).endTime).toBe(2 * 86_400);
    expect(() => simulate(mergeScenario(base, { horizon: '-1d' }), { seed: 3 })).toThrow(/horizon/);
  });
});
