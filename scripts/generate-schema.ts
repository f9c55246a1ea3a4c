/**
 * Writes `schema/scenario.schema.json`, the JSON Schema of the scenario format, from the same zod
 * schema the parser uses (`scenarioJsonSchema()`). Run it after changing the scenario schema:
 *
 *   npx tsx scripts/generate-schema.ts
 *
 * The output is deterministic (two-space indented, trailing newline); a test fails when the
 * committed file differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCENARIO_SCHEMA_FILE, scenarioSchemaText } from '../src/scenario/schema-file';

const target = fileURLToPath(new URL(`../${SCENARIO_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, scenarioSchemaText());
console.log(`wrote ${SCENARIO_SCHEMA_FILE}`);
