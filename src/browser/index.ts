/**
 * routelab in the browser (`exports["."].browser`, `dist/browser.js`): the engine, scenarios
 * from a string or an object, and experiments whose replications run on Web Workers, without any
 * Node built-in. Same seed, same bytes as on Node. The HTML report (vega) is in `routelab/report`;
 * files, worker threads, the CLI and the staffing optimizer stay in the Node entry. See
 * docs/browser.md.
 *
 * @packageDocumentation
 */

// Running a scenario
export { simulate, simulateModel } from '../run/simulate';
export type { SimulateOptions, SimulationResult } from '../run/simulate';
export { VERSION } from '../version';
export { RunawayError } from '../model/runaway';

// Experiments: replications on Web Workers (see web-worker-pool.ts), comparisons, shards
export {
  compareVariants,
  createReplicationRunner,
  mergeShards,
  pairedDifferences,
  policyVariants,
  runExperiment,
  runSequential,
  runShard,
  scenarioVariant,
  summarizeValues,
} from '../experiment/index';
export { metricAt } from '../experiment/metric-keys';
export type { IntervalMetricKey, MetricKey, MetricRecord } from '../experiment/metric-keys';
export type {
  CompareOptions,
  ComparisonResult,
  DifferenceSummary,
  ExperimentOptions,
  ExperimentResult,
  MetricSummary,
  ReplicationRunner,
  RunnerOptions,
  SequentialOptions,
  SequentialResult,
  ShardOptions,
  ShardResult,
  Variant,
} from '../experiment/index';

// Scenarios from text or objects (no files)
export { ScenarioError, parseScenarioText, formatIssue, mergeScenario, parseDuration, parseRate, parseScenario, resolveScenario, scenarioJsonSchema } from '../scenario/index';
export type { ParseResult, ParseScenarioOptions, Scenario, ScenarioInput, ScenarioIssue, ScenarioTextFormat } from '../scenario/index';
export type { ModelDefinition } from '../model/definition';

// Routing
export { BUILT_IN_POLICIES, PolicyRegistry, firstContactInDefaultOrder, firstFreeAgentInOrder, longestIdleAgent } from '../routing/index';
export type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from '../routing/policy';

// Metrics and queueing theory
export { ContactTrace } from '../metrics/contact-trace';
export type { ContactRecord } from '../metrics/contact-trace';
export type { RunMetrics } from '../metrics/result';
export { confidenceInterval } from '../metrics/stats/index';
export { erlangA, erlangB, erlangC, erlangCStaffing } from '../analytic/index';

// The HTML report is in `routelab/report` (its browser build, dist/report-browser.js), so a page
// that renders no report never bundles vega; the input types stay here.
export type { ComparisonReportOptions, ReportDesign, ReportInput, ReportOptions } from '../report/html/index';
