import type { ArrivalDefinition, ModelDefinition } from '../model/definition';
import { staffingSteps } from '../model/staffing-plan';
import type { IssueList, ScenarioIssue } from './errors';
import { MAX_AGENTS, MAX_EXPECTED_ARRIVALS, MEMORY_WARNING_BYTES } from './limits';
import { intervalsCovering } from './size-checks';
import { formatDuration } from './units';

/**
 * The size of a run, known before it starts: what its memory grows with (reporting intervals and
 * agents, allocated up front) and how many contacts arrive from outside (what its time grows with).
 * Validation turns it into errors beyond the documented limits and a warning when the memory
 * estimate is large (docs/scenario-limits.md).
 *
 * @module
 */

/** Bytes one reporting interval takes in a single run (measured: about 200 B in `simulate`, more with JSON output). */
export const BYTES_PER_INTERVAL = 250;

/** Bytes one agent takes in a single run (measured: about 35 B of tables, up to 260 B with its events). */
export const BYTES_PER_AGENT = 300;

/**
 * Bytes one reporting interval takes in an experiment (replications summarized), beyond the run
 * itself: its metrics become metric paths with summaries (measured: about 3.5 kB with 100,000
 * intervals).
 */
export const BYTES_PER_INTERVAL_SUMMARY = 4_000;

/** Bytes one reporting interval takes per replication an experiment keeps (measured: about 1.8 kB). */
export const BYTES_PER_INTERVAL_REPLICATION = 2_000;

/** What a run of a resolved model allocates and processes, estimated before it starts. */
export interface RunSizeEstimate {
  /** Reporting intervals over the horizon (`horizon ÷ interval`, rounded up): one record each in the result. */
  readonly intervals: number;
  /** Agents of all groups, each group at its peak staffing: the agent table is this large. */
  readonly agents: number;
  /** Contacts expected to arrive from outside before the horizon (mean rates; no repeats, retrials or transfers). */
  readonly expectedArrivals: number;
  /** Expected arrivals per contact type, in scenario order. */
  readonly expectedArrivalsByType: readonly number[];
  /**
   * Memory a single run takes up front, in bytes: intervals × {@link BYTES_PER_INTERVAL} + agents ×
   * {@link BYTES_PER_AGENT}. Contacts in the system at once (a backlog) come on top, about 200 B each.
   */
  readonly bytes: number;
}

/** Expected arrivals before `horizon` of one contact type (mean rates). */
function expectedArrivals(a: ArrivalDefinition, horizon: number): number {
  if (a.kind === 'poisson') return a.rate * horizon;
  if (a.kind === 'trace') return a.times.filter((t) => t < horizon).length;
  let sum = 0;
  for (let start = 0; start < horizon; start += a.period) {
    a.rates.forEach((rate, i) => {
      const from = start + i * a.intervalLength;
      const to = Math.min(from + a.intervalLength, start + a.period, horizon);
      if (to > from) sum += rate * (to - from);
    });
  }
  return sum;
}

/**
 * Estimates the size of a run of `model` (see {@link RunSizeEstimate}). Cheap: one pass over the
 * staffing and arrival steps, which validation keeps within the documented limits.
 */
export function estimateRunSize(model: ModelDefinition): RunSizeEstimate {
  const intervals = intervalsCovering(model.horizon, model.intervalLength);
  const agents = model.agentGroups.reduce((sum, g) => sum + staffingSteps(g.staffing, model.horizon).peak, 0);
  const byType = model.contactTypes.map((type) => expectedArrivals(type.arrivals, model.horizon));
  return {
    intervals,
    agents,
    expectedArrivals: byType.reduce((a, b) => a + b, 0),
    expectedArrivalsByType: byType,
    bytes: intervals * BYTES_PER_INTERVAL + agents * BYTES_PER_AGENT,
  };
}

/**
 * Memory an experiment of `replications` replications of a run of this size takes, in bytes: the
 * run ({@link RunSizeEstimate.bytes}, once per worker thread) plus, per reporting interval,
 * {@link BYTES_PER_INTERVAL_SUMMARY} and {@link BYTES_PER_INTERVAL_REPLICATION} per replication.
 * `runExperiment` summarizes even one replication this way (the CLI runs a single replication
 * with `simulate`, which takes {@link RunSizeEstimate.bytes}). Measured with 100,000 intervals and
 * 4 replications: 1.2 GB peak, as estimated.
 */
export function estimateExperimentBytes(size: RunSizeEstimate, replications: number, threads = 1): number {
  return size.bytes * Math.max(1, threads) + size.intervals * (BYTES_PER_INTERVAL_SUMMARY + BYTES_PER_INTERVAL_REPLICATION * replications);
}

/**
 * The warning for an experiment whose memory estimate ({@link estimateExperimentBytes}) reaches
 * {@link MEMORY_WARNING_BYTES}, at `interval`; undefined below it, or for a single replication
 * (the CLI runs it with `simulate`; validation warns about the run itself).
 */
export function experimentMemoryWarning(model: ModelDefinition, replications: number): ScenarioIssue | undefined {
  if (replications <= 1) return undefined;
  const size = estimateRunSize(model);
  const bytes = estimateExperimentBytes(size, replications);
  if (bytes < MEMORY_WARNING_BYTES) return undefined;
  const perInterval = BYTES_PER_INTERVAL_SUMMARY + BYTES_PER_INTERVAL_REPLICATION * replications;
  return {
    path: 'interval',
    message:
      `an experiment of ${replications} replications needs about ${formatBytes(bytes)} of memory: each of the ${size.intervals} ` +
      `reporting intervals of ${formatDuration(model.intervalLength)} keeps its metrics for every replication ` +
      `(about ${formatBytes(perInterval)} each: ${BYTES_PER_INTERVAL_SUMMARY} B + ${BYTES_PER_INTERVAL_REPLICATION} B per replication); a longer interval needs less`,
  };
}

/** Bytes for messages: `2.2 GB`, `350 MB`, `1 kB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${Number((bytes / 1e9).toPrecision(2))} GB`;
  if (bytes >= 1e6) return `${Number((bytes / 1e6).toPrecision(2))} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1e3))} kB`;
}

/**
 * Adds an error when the run exceeds {@link MAX_AGENTS} agents or {@link MAX_EXPECTED_ARRIVALS}
 * expected arrivals, and a warning with the estimate when it needs {@link MEMORY_WARNING_BYTES}
 * or more.
 */
export function checkRunSize(model: ModelDefinition, errors: IssueList, warnings: IssueList): void {
  const size = estimateRunSize(model);
  if (size.agents > MAX_AGENTS) {
    errors.add(['agentGroups'], `the groups have ${size.agents} agents at their peaks together, more than the ${MAX_AGENTS} a run may have`);
  }
  if (size.expectedArrivals > MAX_EXPECTED_ARRIVALS) {
    const byType = size.expectedArrivalsByType;
    const t = byType.indexOf(Math.max(...byType));
    errors.add(
      ['contactTypes', t, 'arrivals'],
      `about ${size.expectedArrivals.toPrecision(2)} contacts would arrive in the ${formatDuration(model.horizon)} horizon ` +
        `(${(byType[t] ?? 0).toPrecision(2)} of this type), more than the ${MAX_EXPECTED_ARRIVALS} a run may take; use a shorter horizon or lower rates`,
    );
  }
  if (size.bytes < MEMORY_WARNING_BYTES) return;
  const intervalBytes = size.intervals * BYTES_PER_INTERVAL;
  const agentBytes = size.agents * BYTES_PER_AGENT;
  const where = intervalBytes >= agentBytes ? ['interval'] : ['agentGroups'];
  warnings.add(
    where,
    `a run needs about ${formatBytes(size.bytes)} of memory up front (an experiment with replications needs more): ` +
      `${size.intervals} reporting intervals of ${formatDuration(model.intervalLength)} at about ${BYTES_PER_INTERVAL} B each (${formatBytes(intervalBytes)}) ` +
      `and ${size.agents} agents at about ${BYTES_PER_AGENT} B each (${formatBytes(agentBytes)}); a longer interval or fewer agents need less`,
  );
}
