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

describe('resolveTargets(): every field filled in', () => {
  const withJourney = resolveScenario({
    name: 'journey',
    journey: {},
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '60/h' }, resolution: { probability: 0.8 } }],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 3 }],
  });

  it('resolves names to ids (-1: all), the sense, the scope and the label of each metric', () => {
    expect(
      resolveTargets(model, [
        { metric: 'service-level', value: 0.9 },
        { metric: 'abandonment', contactType: 'chats', value: 0.05, scope: 'day' },
        { metric: 'asa', value: 0 },
        { metric: 'occupancy', agentGroup: 'agents', value: 1 },
        { metric: 'service-level', contactType: 'chats', value: 0.5, within: 0 },
      ]),
    ).toEqual([
      { index: 0, metric: 'service-level', type: -1, group: -1, value: 0.9, within: 20, scope: 'interval', sense: 1, label: 'service-level all ≥ 90% within 20s (per interval)' },
      { index: 1, metric: 'abandonment', type: 1, group: -1, value: 0.05, within: 0, scope: 'day', sense: -1, label: 'abandonment chats ≤ 5% (day)' },
      { index: 2, metric: 'asa', type: -1, group: -1, value: 0, within: 0, scope: 'interval', sense: -1, label: 'asa all ≤ 0s (per interval)' },
      { index: 3, metric: 'occupancy', type: -1, group: 0, value: 1, within: 0, scope: 'interval', sense: -1, label: 'occupancy agents ≤ 100% (per interval)' },
      { index: 4, metric: 'service-level', type: 1, group: -1, value: 0.5, within: 0, scope: 'interval', sense: 1, label: 'service-level chats ≥ 50% within 0s (per interval)' },
    ]);
  });

  it('an FCR target holds over the day unless told otherwise, and is at least its value', () => {
    expect(resolveTargets(withJourney, [{ metric: 'fcr', contactType: 'calls', value: 2 / 3 }])).toEqual([
      { index: 0, metric: 'fcr', type: 0, group: -1, value: 2 / 3, within: 0, scope: 'day', sense: 1, label: 'fcr calls ≥ 66.667% (day)' },
    ]);
    expect(resolveTargets(withJourney, [{ metric: 'fcr', value: 0.7, scope: 'interval' }])[0]).toMatchObject({ scope: 'interval', type: -1 });
  });

  /** The `path: message` lines of the ScenarioError that resolving `targets` throws. */
  function problems(targets: unknown, where?: string): string[] {
    try {
      resolveTargets(model, targets as never, where);
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
    }
    throw new Error('expected a ScenarioError');
  }

  it('locates every problem under the path given', () => {
    expect(problems('x', 'optimize.targets')).toEqual(['optimize.targets: give at least one target (e.g. service-level calls 80% 20s)']);
    expect(
      problems(
        [
          null,
          { metric: 'waiting', value: 0.8 },
          { metric: 'asa', contactType: 'zzz', agentGroup: 'agents', value: -1 },
          { metric: 'occupancy', contactType: 'calls', agentGroup: 'agnts', value: 0 },
          { metric: 'abandonment', value: 1.5, within: 20 },
          { metric: 'service-level', value: Number.NaN, within: -5, scope: 'week' },
          { metric: 'fcr', contactType: 'calls', value: 0.7 },
          { metric: 'service-level', value: '0.8' },
          5,
          { metric: 'fcr', contactType: 'zzz', value: 0.7 },
        ],
        'optimize.targets',
      ),
    ).toEqual([
      'optimize.targets[0]: must be an object with metric and value',
      'optimize.targets[1].metric: must be one of service-level, abandonment, asa, fcr, occupancy, got "waiting"',
      "optimize.targets[2].contactType: no contact type is named 'zzz' (known: calls, chats)",
      'optimize.targets[2].agentGroup: a asa target names a contactType, not an agent group',
      'optimize.targets[2].value: must be a number of seconds >= 0, got -1',
      "optimize.targets[3].agentGroup: no agent group is named 'agnts'; did you mean 'agents'? (known: agents)",
      'optimize.targets[3].contactType: an occupancy target names an agentGroup, not a contact type',
      'optimize.targets[3].value: must be a fraction in (0, 1] (80% is 0.8), got 0',
      'optimize.targets[4].value: must be a fraction in (0, 1] (80% is 0.8), got 1.5',
      'optimize.targets[4].within: only a service-level target has a threshold',
      'optimize.targets[5].value: must be a fraction in (0, 1] (80% is 0.8), got NaN',
      'optimize.targets[5].within: must be seconds >= 0, got -5',
      "optimize.targets[5].scope: must be 'interval' or 'day', got \"week\"",
      'optimize.targets[6].metric: the scenario has no journey (resolution), so every first contact resolves: an FCR target is met trivially',
      'optimize.targets[7].value: must be a fraction in (0, 1] (80% is 0.8), got 0.8',
      'optimize.targets[8]: must be an object with metric and value',
      // An unknown type is named once: whether the scenario has a journey is not asked then.
      "optimize.targets[9].contactType: no contact type is named 'zzz' (known: calls, chats)",
    ]);
    expect(problems([{ metric: 'asa', value: Number.POSITIVE_INFINITY }])).toEqual(['targets[0].value: must be a number of seconds >= 0, got Infinity']);
  });
});
