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
