import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** Where the generated scenario types live, relative to the package root. */
export const SCENARIO_TYPES_FILE = 'src/scenario/scenario-types.ts';

const HEADER = `/**
 * The scenario format as plain TypeScript types, generated from schema/scenario.schema.json by
 * scripts/generate-scenario-types.ts (json-schema-to-typescript). Do not edit by hand. These are
 * the public scenario types: they stand on their own, without zod's types.
 *
 * @module
 */
/* eslint-disable */
`;

/** The text of {@link SCENARIO_TYPES_FILE} for the committed JSON Schema. */
export async function scenarioTypesText(): Promise<string> {
  const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url)), 'utf8')) as JSONSchema;
  const text = await compile(draft07Tuples(schema) as JSONSchema, 'ScenarioInput', {
    bannerComment: HEADER,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 140 },
  });
  // A type alias rather than an interface: an alias has an implicit index signature, so a scenario
  // stays assignable to Record<string, unknown> (mergeScenario and friends take plain objects).
  return text.replace(/^export interface (\w+) \{\n([\s\S]*?)^\}\n/m, 'export type $1 = {\n$2};\n');
}

/**
 * The schema with draft 2020-12 tuples (`prefixItems`, `items: false`) written the draft-07 way
 * (`items: [...]`, `additionalItems: false`), which json-schema-to-typescript turns into tuple types.
 */
function draft07Tuples(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(draft07Tuples);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = draft07Tuples(value);
  if (Array.isArray(out['prefixItems'])) {
    out['additionalItems'] = out['items'] ?? true;
    out['items'] = out['prefixItems'];
    delete out['prefixItems'];
  }
  return out;
}
