/**
 * Writes `src/scenario/scenario-types.ts`, the public TypeScript types of the scenario format,
 * from `schema/scenario.schema.json` (itself written from the zod schema by
 * `scripts/generate-schema.ts`). Run both after changing the scenario schema:
 *
 *   npx tsx scripts/generate-schema.ts && npx tsx scripts/generate-scenario-types.ts
 *
 * The public `ScenarioInput` is this plain type, not `z.input<...>`, so that a user's `tsc` never
 * descends into zod's type files. A test fails when the committed file differs from what this
 * script writes, and the typecheck fails when the two types stop being assignable both ways.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioTypesText, SCENARIO_TYPES_FILE } from './scenario-types-text';

const target = fileURLToPath(new URL(`../${SCENARIO_TYPES_FILE}`, import.meta.url));
writeFileSync(target, await scenarioTypesText());
console.log(`wrote ${SCENARIO_TYPES_FILE}`);
