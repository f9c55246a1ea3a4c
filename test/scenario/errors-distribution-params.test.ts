import { describe, expect, it } from 'vitest';
import { errorAt, modelOf, validScenario } from './helpers';

describe('distribution specs', () => {
  it('turns a factory range error into an issue at the spec', () => {
    const s = validScenario();
    s.contactTypes[0].handleTime = { kind: 'lognormal', mean: '5m', cv: -1 };
    expect(errorAt(s, 'contactTypes[0].handleTime')).toBe('lognormal: cv must be a positive finite number, got -1');
  });

  it('reports impossible parameters of other kinds', () => {
    const s = validScenario();
    s.contactTypes[1].handleTime = { kind: 'uniform', min: '5m', max: '1m' };
    s.agentGroups[0].wrapUp = { kind: 'hyperexponential', probabilities: [0.5, 0.4], means: ['1m', '5m'] };
    expect(errorAt(s, 'contactTypes[1].handleTime')).toMatch(/^uniform: /);
    expect(errorAt(s, 'agentGroups[0].wrapUp')).toBe('hyperexponential: probabilities must sum to 1, got 0.9');
  });

  it('reports an error inside a mixture component at its path', () => {
    const s = validScenario();
    s.contactTypes[0].handleTime = {
      kind: 'mixture',
      weights: [0.5, 0.5],
      components: [{ kind: 'exponential', mean: '1m' }, { kind: 'gamma', shape: -1, scale: '2m' }],
    };
    expect(errorAt(s, 'contactTypes[0].handleTime.components[1]')).toBe('gamma: shape must be a positive finite number, got -1');
  });

  it('suggests a kind for a misspelled one', () => {
    const s = validScenario();
    s.contactTypes[0].handleTime = { kind: 'lognorml', mean: '5m', cv: 1 };
    expect(errorAt(s, 'contactTypes[0].handleTime.kind')).toBe("unknown distribution kind 'lognorml'; did you mean 'lognormal'?");
  });

  it('reads time-valued parameters as durations and an exponential rate with a unit', () => {
    const s = validScenario();
    s.contactTypes[0].handleTime = { kind: 'triangular', min: '1m', mode: '3m', max: '8m' };
    s.contactTypes[0].patience = { kind: 'exponential', rate: '2/m' };
    s.contactTypes[1].handleTime = { kind: 'mixture', weights: [0.25, 0.75], components: [{ kind: 'deterministic', value: '1m' }, { kind: 'erlang', k: 2, mean: '5m' }] };
    s.agentGroups[0].wrapUp = { kind: 'empirical', samples: ['10s', 20, '1m'] };
    const { model } = modelOf(s);
    expect(model.contactTypes[0]!.handleTime.mean).toBeCloseTo((60 + 180 + 480) / 3, 9);
    expect(model.contactTypes[0]!.patience?.mean).toBeCloseTo(30, 12);
    expect(model.contactTypes[1]!.handleTime.mean).toBeCloseTo(0.25 * 60 + 0.75 * 300, 9);
    expect(model.agentGroups[0]!.wrapUp?.mean).toBeCloseTo(30, 12);
  });
});
