import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/schema';
import type { Scenario } from '../../src/scenario/schema';
import { parseScenario } from '../../src/scenario/resolve';

describe('scenarioJsonSchema()', () => {
  const schema = scenarioJsonSchema() as any;

  it('is a draft 2020-12 object schema that rejects unknown fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['name', 'skills', 'contactTypes', 'agentGroups']);
  });

  it('describes the input form: durations as numbers or unit strings, defaults optional', () => {
    expect(schema.properties.horizon.default).toBe('1d');
    const forms = schema.properties.horizon.anyOf.map((f: any) => f.type);
    expect(forms).toEqual(['number', 'string']);
    const pattern = new RegExp(schema.properties.horizon.anyOf[1].pattern);
    expect(['1h30m', '20s', '5min', '1.5h'].every((t) => pattern.test(t))).toBe(true);
    expect(pattern.test('2w')).toBe(false);
  });

  it('lists every distribution kind once, strictly', () => {
    const options = schema.$defs.distribution.oneOf;
    const kinds = options.map((o: any) => o.properties.kind.const);
    expect(kinds).toContain('lognormal');
    expect(kinds).toContain('mixture');
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(options.every((o: any) => o.additionalProperties === false)).toBe(true);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('the Scenario type', () => {
  it('accepts a scenario written in TypeScript, with units as strings', () => {
    const scenario: Scenario = {
      name: 'typed',
      horizon: '4h',
      skills: ['general'],
      contactTypes: [
        {
          name: 'calls',
          skills: { general: 1 },
          handleTime: { kind: 'gamma', mean: '4m', cv: 0.7 },
          arrivals: { rate: '60/h' },
        },
      ],
      agentGroups: [{ name: 'all', agents: { shifts: [{ start: 0, end: '4h', agents: 6 }] }, skills: { general: 2 } }],
    };
    expect(parseScenario(scenario).ok).toBe(true);
  });

  it('rejects a misspelled field at compile time', () => {
    const scenario: Scenario = {
      name: 'typed',
      skills: [],
      contactTypes: [],
      agentGroups: [],
      // @ts-expect-error: 'horizn' is not a scenario field
      horizn: '4h',
    };
    expect(parseScenario(scenario).ok).toBe(false);
  });
});
