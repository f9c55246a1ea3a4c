/**
 * The detailed metrics of one run (`result.detailed`, with `metrics: { detailed: true }`): the
 * figures the contact-center literature reports beside the standard ones, and the per-group and
 * per-type splits of the run's intervals. A ratio whose
 * denominator is zero is `null`, never NaN.
 *
 * @module
 */

/** Delay figures of one slice of contacts (overall or one contact type). */
export interface DelayMetrics {
  /** Contacts answered or abandoned (the denominator of `delayProbability`). */
  readonly answeredOrAbandoned: number;
  /** Contacts answered or abandoned that waited at all (a wait > 0). */
  readonly delayed: number;
  /** P(wait): delayed / (answered + abandoned); `null` when both are 0. Erlang C's C(c, a) without abandonment. */
  readonly delayProbability: number | null;
  /** Answered contacts that waited at all. */
  readonly answeredAfterDelay: number;
  /** Mean wait (seconds) of the answered contacts that waited at all; `null` when none did. */
  readonly meanDelayedWait: number | null;
}

/** {@link DelayMetrics} of a named contact type. */
export type NamedDelayMetrics = { readonly name: string } & DelayMetrics;

/** Time an agent group spent serving one contact type. */
export interface GroupTypeBusy {
  /** Name of the contact type. */
  readonly name: string;
  /** Contact-hours in service (service only, without wrap-up) of this type by the group's agents. */
  readonly busyHours: number;
  /** busyHours / the group's staffed hours (the group's occupancy due to this type); `null` when never staffed. */
  readonly share: number | null;
}

/** One row of the busy-time matrix: an agent group and its time per contact type. */
export interface GroupBusyRow {
  /** Name of the agent group. */
  readonly name: string;
  /** Agent-hours logged on (as `byAgentGroup[].staffedHours`). */
  readonly staffedHours: number;
  /** One entry per contact type, in scenario order. */
  readonly byContactType: readonly GroupTypeBusy[];
}

/** Contact figures of one contact type in one reporting interval, by arrival time. */
export interface TypeIntervalMetrics {
  /** Start of the interval (seconds from time 0). */
  readonly start: number;
  /** Contacts of the type that arrived in the interval. */
  readonly offered: number;
  /** Of them, answered (whenever). */
  readonly answered: number;
  /** Of them, abandoned (whenever). */
  readonly abandoned: number;
  /** Of them, answered within the type's service-level threshold. */
  readonly answeredWithinTarget: number;
  /** answeredWithinTarget / (answered + abandoned); `null` when both are 0. */
  readonly serviceLevel: number | null;
  /** Mean wait (seconds) of those answered; `null` when none was. */
  readonly asa: number | null;
  /** abandoned / (answered + abandoned); `null` when both are 0. */
  readonly abandonmentRate: number | null;
}

/** The reporting intervals of one contact type. */
export interface TypeIntervals {
  /** Name of the contact type. */
  readonly name: string;
  /** One entry per reporting interval from time 0, as the run's `intervals`. */
  readonly intervals: readonly TypeIntervalMetrics[];
}

/** Agents of one agent group in one reporting interval (by time). */
export interface GroupIntervalMetrics {
  /** Start of the interval (seconds from time 0). */
  readonly start: number;
  /** Mean number of the group's agents on duty (logged on) in the interval. */
  readonly agentsOnDuty: number;
  /** Share of the group's logged-on time in the interval spent holding a contact (service or wrap-up); `null` when nobody was on duty. */
  readonly occupancy: number | null;
}

/** The reporting intervals of one agent group. */
export interface GroupIntervals {
  /** Name of the agent group. */
  readonly name: string;
  /** One entry per reporting interval from time 0, as the run's `intervals`. */
  readonly intervals: readonly GroupIntervalMetrics[];
}

/** The detailed metrics of a run (see the module doc). */
export interface DetailedMetrics {
  /** Delay figures of all contacts that arrived at or after the warm-up. */
  readonly delays: DelayMetrics;
  /** Delay figures per contact type, in scenario order. */
  readonly delaysByContactType: readonly NamedDelayMetrics[];
  /** Busy time per agent group × contact type (the occupancy matrix), groups in scenario order. */
  readonly busyByAgentGroup: readonly GroupBusyRow[];
  /** Service level, ASA and abandonment per contact type × reporting interval. */
  readonly byContactTypeAndInterval: readonly TypeIntervals[];
  /** Agents on duty and occupancy per agent group × reporting interval, groups in scenario order. */
  readonly byAgentGroupAndInterval: readonly GroupIntervals[];
}
