import { scenarioJsonSchema } from './schema';

/**
 * The text of the shipped `schema/scenario.schema.json`, written by `scripts/generate-schema.ts`.
 *
 * @module
 */

/** Where the JSON Schema is shipped, relative to the package root. */
export const SCENARIO_SCHEMA_FILE = 'schema/scenario.schema.json';

/**
 * The JSON Schema of the scenario format ({@link scenarioJsonSchema}) as the text of
 * `schema/scenario.schema.json`: two-space indented JSON with a trailing newline, the same on
 * every call.
 */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
