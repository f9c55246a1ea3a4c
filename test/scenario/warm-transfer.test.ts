import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/resolve';

function scenario(transfer: unknown): unknown {
  return {
    name: 'warm',
    skills: ['front', 'back'],
    contactTypes: [
      { name: 'front', skills: { front: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, arrivals: { rate: '10/h' }, transfer },
      { name: 'back', skills: { back: 1 }, handleTime: { kind: 'exponential', mean: '5m' } },
    ],
    agentGroups: [
      { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
      { name: 'experts', agents: 2, skills: { back: 1 } },
    ],
  };
}

describe('transfer.warm (scenario)', () => {
  it('resolves the consult time; a transfer without warm stays cold (no warm key)', () => {
    const warm = parseScenario(scenario({ to: 'back', warm: { consultTime: { kind: 'deterministic', value: '45s' } } }));
    expect(warm.ok && warm.model.contactTypes[0]!.transfer?.warm?.consultTime.mean).toBe(45);
    const cold = parseScenario(scenario({ to: 'back' }));
    expect(cold.ok && cold.model.contactTypes[0]!.transfer).toEqual({ to: 1, probability: 1 });
  });

  it('reports a bad or missing consult time at its path', () => {
    const missing = parseScenario(scenario({ to: 'back', warm: {} }));
    expect(missing.ok ? [] : missing.errors.map((e) => e.path)).toEqual(['contactTypes[0].transfer.warm.consultTime']);
    const negative = parseScenario(scenario({ to: 'back', warm: { consultTime: { kind: 'deterministic', value: -1 } } }));
    expect(negative.ok ? [] : negative.errors.map((e) => e.path)).toEqual(['contactTypes[0].transfer.warm.consultTime.value']);
  });
});
