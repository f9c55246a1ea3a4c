import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { errorsOf, lines, validScenario } from './helpers';
import { ScenarioError } from '../../src/scenario/errors';
import { resolveScenario } from '../../src/scenario/resolve';

const BROKEN = `
name: Broken
horizon: 2w
skills: [billing, cards, cards]
segments:
  - { name: gold, share: 0.3 }
  - { name: standard, share: 0.8 }
contactTypes:
  - name: billing-voice
    skills: { biling: 2 }
    handeTime: { kind: lognormal, mean: 5m, cv: 0.8 }
    arrivals: { rate: 120 }
  - name: billing-email
    channel: email
    skills: { billing: 1 }
    handleTime: { kind: lognormal, mean: 5m, cv: -1 }
    patience: { kind: exponential, mean: 1h }
    arrivals: { rate: 0/h }
agentGroups:
  - name: tier1
    site: tel-aviv
    agents: 5
    skills: { billing: 7 }
    channels: { voice: 0 }
routing: { policy: bestskill }
`;

describe('parseScenario() with many problems', () => {
  const errors = lines(errorsOf(YAML.parse(BROKEN), { knownPolicies: ['longest-idle-agent', 'best-skill'] }));

  it('reports every one of them, in document order', () => {
    expect(errors).toEqual([
      "horizon: unknown unit 'w' in duration '2w'; use s, m (or min), h, d, e.g. '30s', '5m', '1h30m'",
      "skills[2]: duplicate name 'cards' (first used at skills[1])",
      'segments: shares must sum to 1, got 1.1',
      "contactTypes[0].skills.biling: unknown skill 'biling'; did you mean 'billing'?",
      "contactTypes[0].handeTime: unknown field; did you mean 'handleTime'?",
      "contactTypes[0].arrivals.rate: give the rate with a unit, e.g. '120/h' (got 120)",
      'contactTypes[0].handleTime: required field is missing',
      "contactTypes[1]: no agent group can serve contact type 'billing-email' (needs channel email and skills billing ≥ 1): tier1 does not handle email",
      'contactTypes[1].handleTime: lognormal: cv must be a positive finite number, got -1',
      "contactTypes[1].patience: only voice and chat customers abandon; remove patience for channel 'email'",
      "contactTypes[1].arrivals.rate: rate must be positive, got '0/h'",
      "agentGroups[0].site: unknown site 'tel-aviv'; known: main",
      'agentGroups[0].skills.billing: proficiency must be an integer between 1 and 5, got 7',
      'agentGroups[0].channels.voice: concurrency must be a whole number ≥ 1, got 0',
      "routing.policy: unknown policy 'bestskill'; did you mean 'best-skill'?",
    ]);
  });
});

describe('resolveScenario()', () => {
  it('returns the model of a valid scenario', () => {
    const model = resolveScenario(validScenario());
    expect(model.contactTypes.map((t) => t.name)).toEqual(['billing-voice', 'cards-chat']);
  });

  it('throws a ScenarioError listing every issue, one per line', () => {
    const s = validScenario();
    s.horizon = '5x';
    s.agentGroups[0].skills.billing = 9;
    let caught: unknown;
    try {
      resolveScenario(s);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const error = caught as ScenarioError;
    expect(error.name).toBe('ScenarioError');
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')).toEqual([
      "horizon: unknown unit 'x' in duration '5x'; use s, m (or min), h, d, e.g. '30s', '5m', '1h30m'",
      'agentGroups[0].skills.billing: proficiency must be an integer between 1 and 5, got 9',
    ]);
  });
});
