import { parse as parseYaml } from 'yaml';
import type { ScenarioInput } from './schema';
import { resolveScenario, type ParseScenarioOptions } from './resolve';

/**
 * A scenario from text (what a browser has instead of a file): YAML or JSON, validated.
 *
 * @module
 */

/** How a scenario text is written. YAML reads JSON too. */
export type ScenarioTextFormat = 'yaml' | 'json';

/**
 * Parses a scenario written as YAML or JSON text and checks it like `resolveScenario` (no
 * `extends`: there are no files to extend). Returns the scenario as written, typed, ready for
 * `simulate` or `runExperiment`.
 *
 * @param text - the scenario text
 * @param options - `format` (default `'yaml'`, which also reads JSON) and the options of
 *   `parseScenario`
 * @throws SyntaxError naming the line and column when the text is not valid YAML/JSON;
 *   ScenarioError listing every problem of the scenario
 * @example
 * ```ts
 * const scenario = parseScenarioText(textarea.value);
 * const result = simulate(scenario, { seed: 1 });
 * ```
 */
export function parseScenarioText(text: string, options: ParseScenarioOptions & { readonly format?: ScenarioTextFormat } = {}): ScenarioInput {
  const { format = 'yaml', ...parseOptions } = options;
  let document: unknown;
  try {
    document = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new SyntaxError(`scenario text: not valid ${format === 'json' ? 'JSON' : 'YAML'}: ${message.replace(/:$/, '')}`);
  }
  resolveScenario(document, parseOptions);
  return document as ScenarioInput;
}
