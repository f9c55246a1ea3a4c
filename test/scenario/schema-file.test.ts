import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/load-file';
import { SCENARIO_SCHEMA_FILE, scenarioSchemaText } from '../../src/scenario/schema-file';
import { checkJsonSchema } from './json-schema-check';
import { validScenario } from './helpers';

const root = new URL('../../', import.meta.url);
const committed = readFileSync(new URL(SCENARIO_SCHEMA_FILE, root), 'utf8');
const schema = JSON.parse(committed);
const exampleFiles = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml'));

describe(SCENARIO_SCHEMA_FILE, () => {
  it('is what scripts/generate-schema.ts writes now', () => {
    const message = `${SCENARIO_SCHEMA_FILE} is out of date: run \`npx tsx scripts/generate-schema.ts\` and commit the result`;
    expect(committed === scenarioSchemaText(), message).toBe(true);
  });

  it('is pretty-printed JSON with a trailing newline, the same on every generation', () => {
    expect(scenarioSchemaText()).toBe(scenarioSchemaText());
    expect(committed.endsWith('}\n')).toBe(true);
    expect(committed.split('\n')[1]).toMatch(/^ {2}"\$schema": "https:\/\/json-schema\.org\/draft\/2020-12\/schema",$/);
  });

  it('declares extends as a string, and rejects unknown top-level fields like the parser', () => {
    expect(schema.properties.extends.type).toBe('string');
    expect(schema.additionalProperties).toBe(false);
    expect(checkJsonSchema(schema, { ...validScenario(), extends: './base.yaml' })).toEqual([]);
    expect(checkJsonSchema(schema, { ...validScenario(), horizn: '4h' })).toEqual(['$.horizn: not allowed']);
  });

  it.each(exampleFiles)('accepts examples/%s', (file) => {
    const scenario = readScenarioFile(fileURLToPath(new URL(`examples/${file}`, root))) as Record<string, unknown>;
    for (const key of Object.keys(scenario)) expect(schema.properties, key).toHaveProperty([key]);
    expect(checkJsonSchema(schema, scenario)).toEqual([]);
  });

  it('the checker finds errors deep inside (it is able to fail)', () => {
    const s = validScenario();
    s.contactTypes[0].handleTime = { kind: 'lognormal', mean: '5m', cv: 0.8, sd: 1 };
    s.agentGroups[1].skills.cards = 9;
    const problems = checkJsonSchema(schema, s);
    expect(problems.some((p) => p.startsWith('$.contactTypes[0].handleTime'))).toBe(true);
    expect(problems).toContain('$.agentGroups[1].skills.cards: above maximum');
  });
});
