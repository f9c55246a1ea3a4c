/**
 * The scenario layer: a user's scenario (YAML/JSON/object) → parsed, defaults filled, validated
 * → the resolved `ModelDefinition` the engine consumes.
 *
 * @module
 */
export { parseScenario, resolveScenario } from './resolve';
export type { ParseResult, ParseScenarioOptions } from './resolve';
export { ScenarioError, formatIssue, formatPath } from './errors';
export type { ScenarioIssue } from './errors';
export { scenarioSchema, scenarioJsonSchema, DEFAULT_POLICY } from './schema';
export type { Scenario, ScenarioInput } from './schema';
export { DISTRIBUTION_KINDS, distributionSpec } from './distribution-spec';
export type { DistributionSpecInput } from './distribution-spec';
export { DURATION_UNITS, formatDuration, formatRate, parseDuration, parseRate, toSeconds } from './units';
export type { DurationUnit } from './units';
export { DEFAULT_SEGMENT, DEFAULT_SITE, DEFAULT_TIMES, defaultServiceLevel } from './build';
export { mergeScenario, NAMED_LISTS, REMOVE_KEY } from './merge';
export { readScenarioFile } from './load-file';
export { readScenarioDocument, ScenarioFileError } from './read-document';
export { EXTENDS_KEY, loadScenarioFile } from './extends';
export type { LoadedScenarioFile } from './extends';
export { parseScenarioFile } from './parse-file';
export { parseScenarioText } from './parse-text';
export type { ScenarioTextFormat } from './parse-text';
export type { ParseFileResult } from './parse-file';
export { SCENARIO_SCHEMA_FILE, scenarioSchemaText } from './schema-file';
export { CONTEXT_CARRY_OVERS, DEFAULT_JOURNEY, RETURN_WHEN_CLOSED } from './journey-schema';
export { CALLBACK_MODES, DEFAULT_CALLBACK, WAIT_PREDICTORS } from './callback-schema';
