import { describe, expect, it } from 'vitest';
import { parseTargetSpec, resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import { ScenarioError } from '../../src/scenario/errors';

const model = resolveScenario({
  name: 'two types',
  skills: ['s'],
  contactTypes: [
    { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '60/h' }, serviceLevel: { target: 0.8, within: '30s' } },
    { name: 'chats', channel: 'chat', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '20/h' } },
  ],
  agentGroups: [{ name: 'agents', skills: { s: 1 }, channels: { voice: 1, chat: 2 }, agents: 3 }],
});

describe('parseTargetSpec()', () => {
  it('reads every metric in its text form', () => {
    expect(parseTargetSpec('service-level calls 80% 20s')).toEqual({ metric: 'service-level', contactType: 'calls', value: 0.8, within: 20 });
    expect(parseTargetSpec('service-level * 0.9 1m day')).toEqual({ metric: 'service-level', value: 0.9, within: 60, scope: 'day' });
    expect(parseTargetSpec('abandonment calls 5%')).toEqual({ metric: 'abandonment', contactType: 'calls', value: 0.05 });
    expect(parseTargetSpec('asa chats 45s')).toEqual({ metric: 'asa', contactType: 'chats', value: 45 });
    expect(parseTargetSpec('fcr calls 70%')).toEqual({ metric: 'fcr', contactType: 'calls', value: 0.7 });
    expect(parseTargetSpec('occupancy agents 85%')).toEqual({ metric: 'occupancy', agentGroup: 'agents', value: 0.85 });
  });

  it('names the part it cannot read', () => {
    expect(() => parseTargetSpec('waiting calls 80%')).toThrow(/metric must be one of service-level, abandonment, asa, fcr, occupancy, got 'waiting'/);
    expect(() => parseTargetSpec('service-level calls eighty')).toThrow(/'eighty' is not a number or a percentage/);
    expect(() => parseTargetSpec('abandonment calls 5% 20s')).toThrow(/unexpected '20s'/);
  });
});

describe('resolveTargets()', () => {
  it('takes the contact type’s threshold when the target gives none', () => {
    const [t] = resolveTargets(model, [{ metric: 'service-level', contactType: 'calls', value: 0.8 }]);
    expect(t).toMatchObject({ type: 0, within: 30, scope: 'interval', sense: 1 });
  });

  it('lists every problem with its path', () => {
    const bad = () =>
      resolveTargets(model, [
        { metric: 'service-level', contactType: 'cals', value: 0.8 },
        { metric: 'abandonment', contactType: 'calls', value: 5 },
        { metric: 'occupancy', agentGroup: 'agents', value: 0.85, within: 20 },
      ]);
    expect(bad).toThrow(ScenarioError);
    try {
      bad();
    } catch (error) {
      const issues = (error as ScenarioError).issues.map((i) => i.path);
      expect(issues).toEqual(['targets[0].contactType', 'targets[1].value', 'targets[2].within']);
      expect((error as ScenarioError).message).toMatch(/did you mean 'calls'\?/);
    }
  });

  it('refuses an FCR target without a journey and an empty list', () => {
    expect(() => resolveTargets(model, [{ metric: 'fcr', value: 0.7, scope: 'interval' }])).toThrow(/targets\[0\]\.metric: the scenario has no journey/);
    expect(() => resolveTargets(model, [])).toThrow(/targets: give at least one target/);
  });
});
