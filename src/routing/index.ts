/** Routing layer: the policy interface, the built-in policies, selectors and the registry. */
export type { RoutingContext, RoutingPolicy, RoutingPolicyFactory } from './policy';
export { AFFINITY_WALK_LIMIT, AGENT_AFFINITY, agentAffinityPolicy } from './agent-affinity';
export type { AgentAffinityOptions } from './agent-affinity';
export { BEST_SKILL, bestSkillPolicy } from './best-skill';
export { CONTEXT_AWARE, CONTEXT_WALK_LIMIT, contextAwarePolicy } from './context-aware';
export type { ContextAwareOptions } from './context-aware';
export { LEAST_OCCUPIED, leastOccupiedPolicy } from './least-occupied';
export type { LeastOccupiedOptions } from './least-occupied';
export { LONGEST_IDLE_AGENT, longestIdleAgentPolicy } from './longest-idle-agent';
export { RANDOM_AGENT, randomAgentPolicy } from './random-agent';
export { SKILLS_PRIORITY, skillsPriorityPolicy } from './skills-priority';
export type { SkillsPriorityOptions } from './skills-priority';
export { VALUE_BASED, valueBasedPolicy } from './value-based';
export { FIXED_QUEUE_RATIO, fixedQueueRatioPolicy, checkFixedQueueRatioOptions } from './fixed-queue-ratio';
export type { FixedQueueRatioOptions } from './fixed-queue-ratio';
export { QUEUE_IDLENESS_RATIO, queueIdlenessRatioPolicy, checkQueueIdlenessRatioOptions } from './queue-idleness-ratio';
export type { QueueIdlenessRatioOptions } from './queue-idleness-ratio';
export { QUEUE_RATIO_THRESHOLD, queueRatioThresholdPolicy, checkQueueRatioThresholdOptions } from './queue-ratio-threshold';
export type { QueueRatioThresholdOptions } from './queue-ratio-threshold';
export { GENERALIZED_C_MU, generalizedCMuPolicy, checkGeneralizedCMuOptions } from './generalized-c-mu';
export type { GeneralizedCMuOptions } from './generalized-c-mu';
export { RESOLUTION_RATE, resolutionRatePolicy, checkResolutionRateOptions } from './resolution-rate';
export type { ResolutionRateOptions } from './resolution-rate';
export { WEIGHT_BASED, weightBasedPolicy, checkWeightBasedOptions } from './weight-based';
export type { WeightBasedOptions } from './weight-based';
export { LITERATURE_POLICIES } from './literature-policies';
export { pairRates } from './pair-rates';
export type { PairRates } from './pair-rates';
export { readNumberByName, readNumberByPair } from './option-maps';
export type { NumberRule } from './option-maps';
export type { ValueBasedOptions } from './value-based';
export {
  bestContactForAgent,
  bestFreeAgent,
  busyFraction,
  compareDefaultOrder,
  compareDueCallbacks,
  compareLongestIdle,
  defaultContactOrder,
  firstContactInDefaultOrder,
  firstDueCallback,
  firstFreeAgentInOrder,
  freeAgentInGroup,
  isDueCallback,
  longestIdleAgent,
  oldestContactOfType,
} from './selectors';
export type { AgentOrder, ContactOrder } from './selectors';
export {
  groupQualifiesFor,
  ineligibilityReason,
  primarySkills,
  qualifiedGroups,
  qualifiedTypes,
} from './eligibility';
export {
  checkOptionKeys,
  choiceIssue,
  describeValue,
  isPlainRecord,
  optionKeyIssues,
  positiveNumberIssue,
  unknownOptionIssue,
} from './options';
export { OptionReader } from './option-reader';
export { formatOptionIssue, formatOptionPath, throwOptionIssues } from './option-issues';
export type { OptionCheckContext, OptionIssue, PolicyOptionChecker } from './option-issues';
export { checkAgentAffinityOptions } from './agent-affinity';
export { checkContextAwareOptions } from './context-aware';
export { checkLeastOccupiedOptions } from './least-occupied';
export { checkSkillsPriorityOptions } from './skills-priority';
export { checkValueBasedOptions } from './value-based';
export { BUILT_IN_POLICIES, PolicyRegistry } from './registry';
export type { PolicyCreationContext, PolicyDescription, PolicyEntry, PolicyRegistration } from './registry';
