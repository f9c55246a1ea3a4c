/**
 * Queueing-theory formulas for contact centers: Erlang B, Erlang C (with staffing helpers),
 * Erlang A (exact), M/M/c/K, and non-preemptive priority M/M/c. Pure math, no dependencies;
 * numerically stable for thousands of agents. Time is seconds, rates are per second.
 *
 * @packageDocumentation
 */
export { agentsForBlocking, erlangB } from './erlang-b';
export { erlangC, erlangCProbabilityOfWait } from './erlang-c';
export type { ErlangCOptions, ErlangCResult } from './erlang-c';
export { agentsForServiceLevel, erlangCStaffing } from './staffing';
export type {
  ErlangCStaffing,
  ErlangCStaffingOptions,
  ServiceLevelTargetOptions,
  StaffingRow,
} from './staffing';
export { erlangA } from './erlang-a';
export type { ErlangAOptions, ErlangAResult } from './erlang-a';
export { finiteQueue } from './finite-queue';
export type { FiniteQueueOptions, FiniteQueueResult } from './finite-queue';
export { priorityQueue } from './priority';
export type { PriorityClassResult, PriorityQueueOptions, PriorityQueueResult } from './priority';
