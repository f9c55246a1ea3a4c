import type { DetailedMetrics } from './detail-result';

/**
 * The results of one run, as plain JSON-ready objects. A ratio whose denominator is zero is
 * `null` (never NaN); counts are always numbers.
 */

/** Wait-time distribution of answered contacts (seconds). */
export interface WaitSummary {
  /** Mean wait (seconds), exact: the average speed of answer. `null` when nothing was answered. */
  readonly mean: number | null;
  /**
   * Median wait (seconds), from the quantile sketch (within its relative accuracy, 1 % by default). `null` when
   * nothing was answered.
   */
  readonly p50: number | null;
  /** 80th percentile of the wait (seconds), from the quantile sketch. `null` when nothing was answered. */
  readonly p80: number | null;
  /** 90th percentile of the wait (seconds), from the quantile sketch. `null` when nothing was answered. */
  readonly p90: number | null;
  /** 95th percentile of the wait (seconds), from the quantile sketch. `null` when nothing was answered. */
  readonly p95: number | null;
  /** 99th percentile of the wait (seconds), from the quantile sketch. `null` when nothing was answered. */
  readonly p99: number | null;
  /** Longest wait (seconds), exact. `null` when nothing was answered. */
  readonly max: number | null;
}

/**
 * Contact metrics for one slice (overall, a contact type, channel, segment, interval...).
 *
 * Terminal states: every offered contact ends exactly once as served, abandoned, blocked or
 * unfinished, so `offered = served + abandoned + blocked + unfinished`. `answered` counts
 * contacts whose service began (served, plus those cut off in service at the end of a `cut` run).
 */
export interface ContactMetrics {
  /** Contacts that arrived (after the warm-up). */
  readonly offered: number;
  /** Contacts whose service began. */
  readonly answered: number;
  /** Contacts whose service was completed. */
  readonly served: number;
  /** Contacts whose customer hung up while waiting. */
  readonly abandoned: number;
  /** Contacts turned away because the waiting room was full. */
  readonly blocked: number;
  /** Contacts still waiting or in service when the run ended. */
  readonly unfinished: number;
  /** Abandoned within the short-abandon threshold. */
  readonly shortAbandoned: number;
  /** Answered within their contact type's service-level threshold. */
  readonly answeredWithinTarget: number;
  /** abandoned / (answered + abandoned). */
  readonly abandonmentRate: number | null;
  /** blocked / offered. */
  readonly blockingRate: number | null;
  /** Average speed of answer: mean wait of answered contacts. */
  readonly asa: number | null;
  /** Waits of answered contacts. */
  readonly wait: WaitSummary;
  /** Mean time in queue of answered and abandoned contacts together. */
  readonly meanQueueTime: number | null;
  /** Mean time to abandon of abandoned contacts. */
  readonly meanTimeToAbandon: number | null;
  /** Service level, answered within target / (answered + abandoned). The default definition. */
  readonly serviceLevel: number | null;
  /** Service level over answered contacts only: answered within target / answered. */
  readonly serviceLevelOfAnswered: number | null;
  /** Answered within target / (answered + abandoned − short abandons). */
  readonly serviceLevelExcludingShortAbandons: number | null;
  /** Mean handle time (service, without wrap-up) of served contacts. */
  readonly meanHandleTime: number | null;
}

/** Agent-time metrics of one agent group, site, or the whole center. */
export interface AgentMetrics {
  /** Agent-hours logged on. */
  readonly staffedHours: number;
  /**
   * Occupancy: time holding at least one contact (in service or wrap-up) / time logged on.
   * With concurrency, an agent holding one chat of three is occupied.
   */
  readonly occupancy: number | null;
  /**
   * Capacity utilization: the used share of the agent's capacity / time logged on, where a voice
   * call uses all of it and otherwise each contact of channel ch uses 1/concurrency[ch] (capped at 1).
   * Equal to occupancy for agents handling one contact at a time.
   */
  readonly utilization: number | null;
  /** Contacts whose service by this slice's agents began. */
  readonly answered: number;
  /** Contacts served (completed) by this slice's agents. */
  readonly served: number;
  /** Mean handle time of the contacts they served. */
  readonly meanHandleTime: number | null;
}

/** Metrics of one reporting interval, by arrival time for contacts. */
export interface IntervalMetrics {
  /** Start of the interval (seconds from time 0); the interval is `[start, start + intervalLength)`. */
  readonly start: number;
  /** Contacts that arrived in the interval (0 in intervals before the warm-up: earlier arrivals are not counted). */
  readonly offered: number;
  /** Contacts that arrived in the interval and whose service began (whenever it began). */
  readonly answered: number;
  /** Contacts that arrived in the interval and abandoned (whenever they did). */
  readonly abandoned: number;
  /**
   * Of the contacts that arrived in the interval: answered within their type's service-level threshold /
   * (answered + abandoned); `null` when both are 0.
   */
  readonly serviceLevel: number | null;
  /** Mean wait (seconds) of the contacts that arrived in the interval and were answered; `null` when none was. */
  readonly asa: number | null;
  /** abandoned / (answered + abandoned) of the contacts that arrived in the interval; `null` when both are 0. */
  readonly abandonmentRate: number | null;
  /** Occupancy of all agents during the interval. */
  readonly occupancy: number | null;
  /** Mean number of agents logged on during the interval. */
  readonly agentsOnDuty: number;
}

/** One point of the wait-time distribution: the share of answered contacts that waited at most `upTo`. */
export interface WaitDistributionPoint {
  /** Wait threshold (seconds). */
  readonly upTo: number;
  /**
   * Share of all answered contacts whose wait was at most `upTo`, from the wait sketch (within its
   * relative accuracy of the threshold, 1 % by default); `null` when nothing was answered.
   */
  readonly answered: number | null;
}

/** Wait thresholds (seconds) of {@link RunMetrics.waitDistribution}. */
export const WAIT_DISTRIBUTION_THRESHOLDS: readonly number[] = [0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1800, 3600];

/** A named slice of contact metrics. */
export type NamedContactMetrics = { readonly name: string } & ContactMetrics;
/** A named slice of agent metrics. */
export type NamedAgentMetrics = { readonly name: string } & AgentMetrics;

/** One agent's own metrics (`byAgent`): its agent-time and contact metrics, and how often its services resolved the issue. */
export interface IndividualAgentMetrics extends NamedAgentMetrics {
  /** Name of the agent's group (a label). */
  readonly group: string;
  /** Services by the agent that resolved the customer's issue. */
  readonly resolved: number;
  /** resolved / served: the resolution rate of the agent's contacts (FCR of its services); `null` when it served none. */
  readonly resolutionRate: number | null;
}

/** Contacts answered through one overflow step of a contact type. */
export interface OverflowStepMetrics {
  /** Step index: 0 for the primary groups. */
  readonly step: number;
  /** Waiting time after which the step opens (seconds). */
  readonly after: number;
  /** Names of the groups the step adds. */
  readonly groups: readonly string[];
  /** Contacts answered by agents of this step's groups. */
  readonly answered: number;
  /** Their mean wait before being answered. */
  readonly meanWait: number | null;
}

/** Overflow metrics of one contact type with overflow steps. */
export interface OverflowMetrics {
  /** Name of the contact type. */
  readonly name: string;
  /** One entry per step: step 0 (the primary groups), then each overflow step in scenario order. */
  readonly steps: readonly OverflowStepMetrics[];
  /** Share of answered contacts taken by an overflow step (k > 0). */
  readonly overflowShare: number | null;
}

/** Everything one run measured. */
export interface RunMetrics {
  /** Contact metrics of all contacts that arrived at or after the warm-up. */
  readonly overall: ContactMetrics;
  /** Contact metrics per contact type (`name`), every type in scenario order. */
  readonly byContactType: readonly NamedContactMetrics[];
  /** Contact metrics per channel (`name`), in `CHANNELS` order, only the channels with at least one offered contact. */
  readonly byChannel: readonly NamedContactMetrics[];
  /**
   * Contact metrics per customer segment (`name`), in scenario order (the single segment `all` when the scenario
   * lists none).
   */
  readonly bySegment: readonly NamedContactMetrics[];
  /** Agent metrics of all agents; agent time counts from the warm-up on. */
  readonly agents: AgentMetrics;
  /** Agent metrics per agent group (`name`), in scenario order. */
  readonly byAgentGroup: readonly NamedAgentMetrics[];
  /**
   * Agent metrics per site (`name`, its groups pooled), in scenario order (the single site `main` when the
   * scenario lists none).
   */
  readonly bySite: readonly NamedAgentMetrics[];
  /**
   * One entry per reporting interval (the scenario's `interval`) from time 0, covering `[0, horizon)`; the last
   * interval may end after the horizon. Contacts are counted in the interval of their arrival.
   */
  readonly intervals: readonly IntervalMetrics[];
  /**
   * Wait-time distribution of all answered contacts: the share answered within each of
   * {@link WAIT_DISTRIBUTION_THRESHOLDS} (0 s, 5 s, … 1 h), so that it can be averaged over
   * replications and charted.
   */
  readonly waitDistribution: readonly WaitDistributionPoint[];
  /**
   * Contacts that arrived after the horizon, during the drain (transfers of customers already in
   * the system; customers' own returns never fall after the horizon): they belong to no interval.
   */
  readonly afterHorizon: { readonly offered: number; readonly answered: number; readonly abandoned: number };
  /** Time-average number of contacts waiting, overall and per contact type. */
  readonly meanQueueLength: number;
  /** Time-average number of contacts of each contact type (`name`, all segments) waiting, in scenario order. */
  readonly meanQueueLengthByContactType: readonly { readonly name: string; readonly value: number }[];
  /** Largest number of contacts waiting at once. */
  readonly maxQueueLength: number;
  /** Contacts answered per overflow step, for the contact types that have overflow steps. */
  readonly overflow: readonly OverflowMetrics[];
  /**
   * Every agent's metrics, when asked for with `metrics: { perAgent: true }` or when some group has
   * individual agents (`individuals`), named by the scenario or `<group>#<k>`.
   */
  readonly byAgent?: readonly IndividualAgentMetrics[];
  /** The detailed metrics (P(wait), busy time per group × type, per type × interval), when asked for with `metrics: { detailed: true }`. */
  readonly detailed?: DetailedMetrics;
}
