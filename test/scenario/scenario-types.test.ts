import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { scenarioTypesText, SCENARIO_TYPES_FILE } from '../../scripts/scenario-types-text';
import type { RoutelabScenario } from '../../src/scenario/scenario-types';
import type { scenarioSchema } from '../../src/scenario/schema';

/**
 * The public scenario types are generated from the JSON Schema (no zod in a user's typecheck).
 * The generated type and zod's input type must accept the same objects: `npm run typecheck`
 * fails on the two assignments below when either drifts from the other.
 */
type ZodScenarioInput = z.input<typeof scenarioSchema>;
/**
 * `T` without `undefined` in its optional properties, at every depth: zod's input types allow
 * `field?: X | undefined`, the generated ones `field?: X` (the same objects once `undefined`
 * fields are left out, as YAML and JSON leave them).
 */
type WithoutUndefined<T> = T extends readonly [unknown, ...unknown[]]
  ? { [K in keyof T]: WithoutUndefined<T[K]> }
  : T extends (infer U)[]
    ? WithoutUndefined<U>[]
    : T extends object
      ? { [K in keyof T]: WithoutUndefined<Exclude<T[K], undefined>> }
      : T;
export function generatedAcceptsZod(x: WithoutUndefined<ZodScenarioInput>): RoutelabScenario {
  return x;
}
export function zodAcceptsGenerated(x: RoutelabScenario): ZodScenarioInput {
  return x;
}

describe('generated scenario types', () => {
  it('are what scripts/generate-scenario-types.ts writes from the committed JSON Schema', async () => {
    const committed = readFileSync(fileURLToPath(new URL(`../../${SCENARIO_TYPES_FILE}`, import.meta.url)), 'utf8');
    expect(committed, 'run: npx tsx scripts/generate-scenario-types.ts').toBe(await scenarioTypesText());
  });
});
