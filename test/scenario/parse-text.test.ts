import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors';
import { parseScenarioText } from '../../src/scenario/parse-text';

const YAML = `name: tiny
skills: [s]
contactTypes:
  - { name: calls, skills: { s: 1 }, arrivals: { rate: 60/h }, handleTime: { kind: exponential, mean: 2m } }
agentGroups:
  - { name: team, skills: { s: 1 }, agents: 3 }
`;

describe('parseScenarioText()', () => {
  it('reads YAML and JSON text into the same checked scenario', () => {
    const fromYaml = parseScenarioText(YAML);
    expect(fromYaml.name).toBe('tiny');
    expect(parseScenarioText(JSON.stringify(fromYaml), { format: 'json' })).toEqual(fromYaml);
  });

  it('names the line of a syntax error', () => {
    expect(() => parseScenarioText('name: [unclosed\n')).toThrow(/^scenario text: not valid YAML: .*line 2/);
    expect(() => parseScenarioText('{"name": }', { format: 'json' })).toThrow(SyntaxError);
  });

  it('lists the problems of the scenario as a ScenarioError', () => {
    const broken = YAML.replace('agents: 3', 'agents: -3');
    expect(() => parseScenarioText(broken)).toThrow(ScenarioError);
    expect(() => parseScenarioText(broken)).toThrow(/agentGroups\[0\]\.agents/);
  });
});
