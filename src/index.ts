/**
 * routelab: simulate contact-center routing policies with a fast, reproducible discrete-event
 * engine. Every export is listed here by name; importing the package has no side effects.
 *
 * @packageDocumentation
 */

// Running a scenario
export { simulate, simulateModel } from './run/simulate';
export type { SimulateOptions, SimulationResult } from './run/simulate';
export { VERSION } from './version';
export { RunawayError } from './model/runaway';
export type { RunawayMechanism } from './model/runaway';

// Experiments: replications with confidence intervals, comparisons, workers, shards
export {
  compareVariants,
  createReplicationRunner,
  intervalSummaries,
  measureVarianceReduction,
  mergeShards,
  mser,
  pairedDifferences,
  policyVariants,
  runBatchMeans,
  runExperiment,
  runSequential,
  runShard,
  scenarioVariant,
  suggestWarmup,
  summarizeValues,
  varianceReduction,
  metricObjective,
  replicationMetrics,
  tunePolicy,
  ratioOfMeans,
  ratioSummaries,
  RATIO_DENOMINATORS,
} from './experiment/index';
export type {
  BatchMeansOptions,
  BatchMeansResult,
  CompareOptions,
  ComparisonResult,
  DifferenceSummary,
  ExperimentOptions,
  ExperimentResult,
  IntervalSummary,
  MetricSummary,
  RatioSummary,
  PrecisionTarget,
  ReplicationRunner,
  RunnerOptions,
  SequentialOptions,
  SequentialResult,
  ShardOptions,
  ShardResult,
  Variant,
  VarianceReductionReport,
  ReplicationMetrics,
  TunePolicyOptions,
  TuningCandidate,
  TuningObjective,
  TuningResult,
} from './experiment/index';
export type { BatchMetric, BatchMetricResult } from './experiment/batch-means';
export { metricAt } from './experiment/metric-keys';
export type { IntervalMetricKey, MetricKey, MetricRecord } from './experiment/metric-keys';
export type { StreamMode, VariantDifferences } from './experiment/compare';
export type { MserResult } from './experiment/mser';
export type { ReplicationRecord } from './experiment/result-format';
export type { SequentialReport, TargetStatus } from './experiment/sequential';
export type { MergeOptions } from './experiment/shards';
export type { VarianceReductionRow } from './experiment/variance-reduction';
export type { WarmupSuggestion } from './experiment/warmup';

// Customer journey and overflow metrics
export type { JourneyResult, NamedJourneyMetrics } from './metrics/journey-collector';
export type { JourneyMetrics } from './metrics/journey-tally';
export type { OverflowMetrics, OverflowStepMetrics } from './metrics/result';
export { CallbackCollector } from './metrics/callback-collector';
export type { CallbackMetrics } from './metrics/callback-collector';
export { QueueExitCollector } from './metrics/queue-exit-collector';
export type { QueueExitMetrics } from './metrics/queue-exit-collector';
export { JourneyCollector } from './metrics/journey-collector';
export { EconomicsCollector } from './metrics/economics-collector';
export type { AgentEconomics, ContactEconomics, EconomicsResult, EconomicsTotals, Named, PenaltyCosts } from './metrics/economics-result';
export { churnProbability, effortScore } from './metrics/churn';
export type { JourneyCounts } from './metrics/churn';
export { scheduledAgentSeconds } from './metrics/paid-hours';
export type { AgentRates, ChannelRates, ChurnModel, EconomicsDefinition, JourneyWeights, PenaltyRates } from './model/economics';
export { checkSameCurrency } from './experiment/currency-check';
export { formatMoneySummaryTable, formatRunMoneyTable, MONEY_HEADLINES } from './report/money-table';
export { ContactTrace, CONTACT_RECORD_FIELDS } from './metrics/contact-trace';
export type { ContactRecord, ContactTraceOptions } from './metrics/contact-trace';

// Scenarios: parse -> fill defaults -> validate -> resolved model
export {
  DEFAULT_POLICY,
  DURATION_UNITS,
  ScenarioError,
  formatDuration,
  formatIssue,
  formatRate,
  mergeScenario,
  parseDuration,
  parseRate,
  parseScenario,
  resolveScenario,
  scenarioJsonSchema,
  scenarioSchemaText,
  loadScenarioFile,
  parseScenarioFile,
  readScenarioDocument,
  readScenarioFile,
  ScenarioFileError,
  parseScenarioText,
  EXTENDS_KEY,
  REMOVE_KEY,
  RETURN_WHEN_CLOSED,
} from './scenario/index';
// Documented ranges of scenario numbers, and the size of a run before it starts
export { SCENARIO_LIMITS } from './scenario/limits';
export { estimateExperimentBytes, estimateRunSize } from './scenario/run-size';
export type { RunSizeEstimate } from './scenario/run-size';
export type {
  LoadedScenarioFile,
  ParseFileResult,
  ParseResult,
  ParseScenarioOptions,
  Scenario,
  ScenarioInput,
  ScenarioIssue,
  ScenarioTextFormat,
} from './scenario/index';
export type { DistributionSpecInput, DurationInput } from './scenario/distribution-spec';

// The resolved model, the engine and its observers
export { CHANNELS, isOnlineChannel } from './model/channel';
export type { Channel } from './model/channel';
export { SITE_KINDS } from './model/definition';
export type {
  AgentGroupDefinition,
  ArrivalDefinition,
  CallbackDefinition,
  WaitPredictorName,
  ContextCarryOver,
  ReturnWhenClosed,
  JourneyDefinition,
  OverflowProtection,
  OverflowStepDefinition,
  RepeatDefinition,
  ResolutionDefinition,
  TransferDefinition,
  ContactTypeDefinition,
  ModelDefinition,
  RoutingDefinition,
  SegmentDefinition,
  ServiceLevelTarget,
  SiteDefinition,
  SiteKind,
  SkillRequirement,
  StaffingDefinition,
} from './model/definition';
export { ContactState, ServiceOutcome } from './model/contact-table';
export type { ContactStateValue, ServiceOutcomeValue } from './model/contact-table';
export type { ContactCenterView } from './model/view';
export type { ContactCenterObserver, ObserverHook, QueueExitKind } from './model/observer';
export type { AnnouncementDefinition, BalkingDefinition, IntervalParameters, MaxWaitAction, MaxWaitDefinition, QueueExitDefinition } from './model/queue-exit-definition';
export { ContactCenterEngine } from './model/engine';
export type { EngineOptions } from './model/engine';
export { InvariantChecker } from './model/invariant-checker';

// Workforce realism: shrinkage, absenteeism, breaks and agent-hours (docs/workforce.md)
export type { BreakRule, ShiftDefinition, WorkforceDefinition } from './model/definition';
export { productiveAgents } from './model/workforce-controller';

// Channels as they really are: slowdown, self-service, silent abandonment (docs/channels.md)
export type { SelfServiceDefinition, SilentAbandonmentDefinition } from './model/definition';
export { SelfServiceOutcome } from './model/self-service-flow';
export type { SelfServiceOutcomeValue } from './model/self-service-flow';
export { SelfServiceCollector } from './metrics/self-service-collector';
export type { SelfServiceMetrics } from './metrics/self-service-collector';
export { SilentAbandonCollector } from './metrics/silent-abandon-collector';
export type { SilentAbandonmentMetrics } from './metrics/silent-abandon-collector';
export type { MessagingSessionDefinition, SlotDuringGap } from './model/definition';
export { MAX_SESSION_TURNS } from './model/messaging-session-definition';
export { MessagingSessionCollector } from './metrics/messaging-session-collector';
export type { MessagingSessionMetrics } from './metrics/messaging-session-collector';
// Interruptible work (preemptive resume, docs/channels.md)
export { InterruptionCollector } from './metrics/interruption-collector';
export type { InterruptionMetrics } from './metrics/interruption-collector';
export type { InterruptionDefinition } from './model/definition';
export { usesInterruptions } from './model/interruptions';
export type { WorkforceGroupMetrics, WorkforceHours, WorkforceIntervalHours } from './model/workforce-ledger';

// Individual agents, learning curves, per-agent results and warm transfers (docs/agents.md)
export type { AgentDrawDefinition, AgentProfileDefinition, IndividualAgentsDefinition, LearningCurveDefinition } from './model/definition';
export { learnedLevel, learningFactor } from './model/learning-curve';
export type { LearningCurveShape, ProficiencyLearningDefinition } from './model/agent-profile-definition';
export { usesIndividualAgents } from './model/agent-profiles';
export type { IndividualAgentMetrics } from './metrics/result';
export { agentMu, agentResolve } from './routing/pair-rates';
export { AGENT_COLUMNS, agentsOfMetrics, experimentAgentCsv, formatExperimentAgentTable, formatRunAgentTable, runAgentCsv } from './report/agent-table';

// Routing
export type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './routing/policy';
export {
  AGENT_AFFINITY,
  BEST_SKILL,
  BUILT_IN_POLICIES,
  CONTEXT_AWARE,
  agentAffinityPolicy,
  contextAwarePolicy,
  LEAST_OCCUPIED,
  LONGEST_IDLE_AGENT,
  PolicyRegistry,
  RANDOM_AGENT,
  SKILLS_PRIORITY,
  VALUE_BASED,
  bestContactForAgent,
  bestFreeAgent,
  bestSkillPolicy,
  compareDefaultOrder,
  compareLongestIdle,
  firstContactInDefaultOrder,
  compareDueCallbacks,
  firstDueCallback,
  isDueCallback,
  firstFreeAgentInOrder,
  freeAgentInGroup,
  leastOccupiedPolicy,
  longestIdleAgent,
  longestIdleAgentPolicy,
  oldestContactOfType,
  randomAgentPolicy,
  skillsPriorityPolicy,
  valueBasedPolicy,
  OptionReader,
  formatOptionIssue,
  throwOptionIssues,
  FIXED_QUEUE_RATIO,
  GENERALIZED_C_MU,
  LITERATURE_POLICIES,
  QUEUE_IDLENESS_RATIO,
  QUEUE_RATIO_THRESHOLD,
  RESOLUTION_RATE,
  WEIGHT_BASED,
  fixedQueueRatioPolicy,
  generalizedCMuPolicy,
  queueIdlenessRatioPolicy,
  queueRatioThresholdPolicy,
  resolutionRatePolicy,
  weightBasedPolicy,
  pairRates,
  readNumberByName,
  readNumberByPair,
} from './routing/index';
export type { OptionCheckContext, OptionIssue, PolicyOptionChecker, PolicyRegistration } from './routing/index';
export type { PolicyCreationContext, PolicyEntry } from './routing/registry';
export type {
  AgentAffinityOptions,
  AgentOrder,
  ContactOrder,
  ContextAwareOptions,
  LeastOccupiedOptions,
  PolicyDescription,
  SkillsPriorityOptions,
  ValueBasedOptions,
  FixedQueueRatioOptions,
  GeneralizedCMuOptions,
  NumberRule,
  PairRates,
  QueueIdlenessRatioOptions,
  QueueRatioThresholdOptions,
  ResolutionRateOptions,
  WeightBasedOptions,
} from './routing/index';

// Benchmark instances with published answers
export { defaultBenchmarksDir, estimateFigure, loadBenchmarks, metric, product, runBenchmark, sumOfTerms } from './benchmark/index';
export type {
  BenchmarkInstance,
  BenchmarkOptions,
  BenchmarkRow,
  BenchmarkSource,
  RecordedFigure,
  FigureEstimate,
  FigureEstimator,
  PublishedFigure,
  ReplicationValue,
} from './benchmark/index';

// Metrics
export { MetricsCollector } from './metrics/collector';
export type { MetricsOptions } from './metrics/collector';
export type {
  AgentMetrics,
  ContactMetrics,
  IntervalMetrics,
  NamedAgentMetrics,
  NamedContactMetrics,
  RunMetrics,
  WaitDistributionPoint,
  WaitSummary,
} from './metrics/result';
export { WAIT_DISTRIBUTION_THRESHOLDS } from './metrics/result';
export type {
  DelayMetrics,
  DetailedMetrics,
  GroupBusyRow,
  GroupTypeBusy,
  NamedDelayMetrics,
  TypeIntervalMetrics,
  TypeIntervals,
} from './metrics/detail-result';
export {
  IntervalCounter,
  IntervalGrid,
  IntervalTimeWeighted,
  QuantileSketch,
  RunningStats,
  ThresholdCounter,
  TimeWeightedStats,
  confidenceInterval,
  tQuantile,
} from './metrics/stats/index';
export type { ConfidenceInterval, QuantileSketchOptions } from './metrics/stats/index';
export type { SampleSummary } from './metrics/stats/confidence';

// Queueing theory
export {
  agentsForBlocking,
  agentsForServiceLevel,
  erlangA,
  erlangB,
  erlangC,
  erlangCStaffing,
  finiteQueue,
  priorityQueue,
} from './analytic/index';
export type {
  ErlangAOptions,
  ErlangAResult,
  ErlangCOptions,
  ErlangCResult,
  ErlangCStaffing,
  FiniteQueueOptions,
  FiniteQueueResult,
  PriorityQueueOptions,
  PriorityQueueResult,
} from './analytic/index';
export type { ErlangCStaffingOptions, ServiceLevelTargetOptions, StaffingRow } from './analytic/staffing';
export type { PriorityClassResult } from './analytic/priority';
export { preemptivePriorityQueue } from './analytic/preemptive-priority';
export type { PreemptiveClassResult } from './analytic/preemptive-priority';

// Random streams and distributions
export {
  FixedUniformSource,
  RandomStream,
  RandomStreams,
  deterministic,
  empirical,
  erlang,
  exponential,
  fromSpec,
  gamma,
  hyperexponential,
  hyperexponentialFromMeanCv,
  lognormal,
  mixture,
  toSpec,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from './random/index';
export type { Distribution, DistributionSpec, UniformSource } from './random/index';
export type { DeterministicParams } from './random/distributions/deterministic';
export type { EmpiricalParams } from './random/distributions/empirical';
export type { ErlangParams } from './random/distributions/erlang';
export type { ExponentialParams } from './random/distributions/exponential';
export type { GammaParams } from './random/distributions/gamma';
export type { HyperexponentialParams, MeanCvParams } from './random/distributions/hyperexponential';
export type { LognormalParams } from './random/distributions/lognormal';
export type { MixtureParams } from './random/distributions/mixture';
export type { TriangularParams } from './random/distributions/triangular';
export type { TruncatedNormalParams } from './random/distributions/truncated-normal';
export type { UniformParams } from './random/distributions/uniform';
export type { WeibullParams } from './random/distributions/weibull';

// The kernel
export { EventQueue } from './core/event-queue';
export type { EventHandle } from './core/event-queue';
export { Simulator } from './core/simulator';
export type { EventHandler, EventKind, RunOptions } from './core/simulator';
export { EventPriority } from './core/priority';
export type { EventPriorityName } from './core/priority';

// Reports. The HTML report's functions (renderHtmlReport, reportFromExperiment,
// reportFromComparison, renderReplayHtml) are in `routelab/report` (src/report/index.ts), so that
// this entry never loads vega; its input types stay here too (types cost nothing at run time).
export type { ComparisonReportOptions, ReportDesign, ReportInput, ReportOptions } from './report/html/index';
export { RUN_FORMAT, RUN_FORMAT_VERSION, runDocument } from './report/run-format';
export type { RunDocument } from './report/run-format';

// A center's own data: call records, staffing inference, calibration, replay
export {
  agentsSeen,
  arrivalProfile,
  BANK_MAPPING,
  BUILT_IN_MAPPINGS,
  busyAgents,
  busynessFactor,
  calibrate,
  calibrateJointly,
  CALIBRATION_RANGES,
  CALIBRATION_TARGETS,
  CALIBRATION_UNKNOWNS,
  callRecordsCsv,
  checkDays,
  compareMeasure,
  compareReplay,
  dayScenario,
  daysOf,
  FIGURE_MEASURES,
  figuresOf,
  FIT_MEAN_TOLERANCE,
  fitRecords,
  formatRecordIssue,
  hourlyFigures,
  importCallRecords,
  inferStaffing,
  parseMapping,
  recordRows,
  RecordsError,
  recordsOfDay,
  replayDays,
  ROUTELAB_MAPPING,
  ROUTELAB_RECORD_COLUMNS,
  sessionAgents,
  simulateDay,
  STAFFING_ESTIMATES,
  staffingPlan,
  synthesizeCallRecords,
  weekdayOf,
  workSessions,
  fitPatience,
  fitSegmentPatience,
  daySegments,
  segmentNameOf,
  NO_PRIORITY_SEGMENT,
} from './records/index';
export type {
  PatienceFits,
  PatienceFitOptions,
  SegmentPatience,
  DaySegment,
  ArrivalProfile,
  CalibrationOptions,
  CalibrationPair,
  CalibrationResult,
  CalibrationStep,
  CalibrationTarget,
  CalibrationUnknown,
  CallRecord,
  DayComparison,
  DayFigures,
  DayModel,
  DayReplay,
  DayScenarioInputs,
  DropCount,
  FigureMeasure,
  HandleTimeModel,
  ImportedRecords,
  ImportOptions,
  JointCalibrationOptions,
  JointCalibrationResult,
  MeasureComparison,
  NameColumn,
  OfferedContact,
  OutcomeMeaning,
  PatienceModel,
  RecordFitOptions,
  RecordFits,
  RecordIssue,
  RecordMapping,
  RecordOutcome,
  RecordValue,
  ReplayComparison,
  ReplayOptions,
  ReplayResult,
  ReplaySummaryRow,
  SimulateDayOptions,
  SimulatedDay,
  StaffingEstimateName,
  StaffingEstimates,
  StaffingInferenceOptions,
  SyntheticOptions,
  TimeColumn,
} from './records/index';
export { formatReplayTables, replayCsv, replayDocument } from './report/replay-output';
export type { ReplayTableContext } from './report/replay-output';

// Fitting distributions to data
export { fitExponentialCensored, fitLognormal, fitWeibullCensored, kaplanMeier, ksDistance, restrictedMean, ZERO_WAIT } from './fit/index';
export type { CensoredWait, ExponentialPatienceFit, LognormalFit, SurvivalStep, WeibullPatienceFit } from './fit/index';
export { formatTable, wrapText } from './report/table';

// Staffing optimization (simulation + integer programs solved by HiGHS)
export { optimizeStaffing, OPTIMIZE_OPTION_KEYS } from './optimize/optimize-staffing';
export type { OptimizeOptions } from './optimize/optimize-staffing';
export { parseTargetSpec, resolveTargets, TARGET_METRICS } from './optimize/targets';
export type { ResolvedTarget, StaffingTarget, TargetMetric, TargetScope } from './optimize/targets';
export { agentHourCost } from './optimize/bounds';
export type { GroupBounds } from './optimize/bounds';
export { scheduleShifts } from './optimize/shifts';
export type { ShiftTemplate } from './optimize/shifts';
export { mergeOptimizeSettings, readOptimizeSettings, scenarioOptimizeSettings } from './optimize/optimize-settings';
export type { MergedOptimizeSettings, OptimizeSettings, SettingsSource } from './optimize/optimize-settings';
export { planWorkforceHours } from './optimize/plan-workforce';
export type { PlanGroupHours, PlanHours, PlanWorkforce, PlanWorkforceOptions } from './optimize/plan-workforce';
export { STAFFING_FORMAT } from './optimize/result';
export type { GroupShiftPlan, ShiftResult, StaffingResult, TargetReport } from './optimize/result';
export type { OptimizeProgress } from './optimize/search';
export type { ValidationRound } from './optimize/repair';
export type { TargetCriterion } from './optimize/criterion';
export { formatStaffingTables, staffingCsv, staffingHtml } from './report/staffing-output';
export { staffingSummary } from './report/staffing-html';
export type { StaffingHtmlOptions } from './report/staffing-html';
