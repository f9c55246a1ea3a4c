/**
 * The money and customer-impact results of one run (`result.economics`), present when the
 * scenario gives `costs` or `customerImpact`. Money is in the scenario's currency
 * (`currency`); a ratio whose denominator is zero is `null`. Every formula is in
 * docs/economics.md.
 *
 * @module
 */

/** Penalties by kind (money). */
export interface PenaltyCosts {
  /** Abandoned contacts × `perAbandoned`. */
  readonly abandoned: number;
  /** Blocked contacts × `perBlocked`. */
  readonly blocked: number;
  /** Broken callback promises × `perBrokenPromise`. */
  readonly brokenPromises: number;
  /** Minutes waited beyond `waitBeyond.after`, summed, × `waitBeyond.perMinute`. */
  readonly waitBeyond: number;
  /** Contacts unfinished at the end × `perUnfinished`. */
  readonly unfinished: number;
}

/** Money and customers of one contact slice (a contact type, channel or segment). */
export interface ContactEconomics {
  /** Channel prices of the slice's contacts: per contact, per handled minute, per queue minute, per callback attempt. */
  readonly contactCost: number;
  /** Penalties of the slice's contacts. */
  readonly penaltyCost: number;
  /**
   * Handling cost of the slice's contacts: agent time while handling (handle time × the group's hourly rate ÷
   * the channel's concurrency), outsourcer fees, and the channel's per-contact and per-handled-minute prices.
   */
  readonly handlingCost: number;
  /** Handling cost of the slice's repeat contacts (a customer coming back about an open issue; transfers excluded). */
  readonly repeatContactCost: number;
  /** Expected customers lost: the churn probability summed over the issues closed (slice of the issue's first contact). */
  readonly customersLost: number;
  /** customersLost weighted by each customer's segment `value`. */
  readonly valueLost: number;
  /** Mean customer effort score of the issues closed (effort points); `null` when none closed. */
  readonly meanEffort: number | null;
}

/** Money of one agent group or site. */
export interface AgentEconomics {
  /** Scheduled (paid) agent-hours from the warm-up to the end of the run. */
  readonly paidHours: number;
  /** paidHours × perHour + handled contacts × perHandledContact + handled minutes × perHandledMinute. */
  readonly agentCost: number;
  /** Contacts completed by the slice's agents. */
  readonly handledContacts: number;
  /** agentCost / handledContacts. */
  readonly agentCostPerContact: number | null;
}

/** The money totals of the whole center, or of one day. */
export interface EconomicsTotals {
  /** Agent cost: paid hours at the hourly rates plus outsourcer fees. */
  readonly agentCost: number;
  /** Contact cost: the channel prices. */
  readonly contactCost: number;
  /** Penalty cost: the sum of the penalties. */
  readonly penaltyCost: number;
  /** agentCost + contactCost + penaltyCost. */
  readonly operatingCost: number;
  /** Expected customers lost (see {@link ContactEconomics.customersLost}). */
  readonly customersLost: number;
  /** Expected value lost: Σ churn probability × segment value. */
  readonly valueLost: number;
  /** Total cost of service: operatingCost + valueLost. */
  readonly totalCost: number;
}

/** Operating cost of one reporting interval, or of the time after the last one (the drain). */
export interface IntervalEconomics {
  /** Start of the interval (seconds); for `afterIntervals`, the end of the last interval. */
  readonly start: number;
  /** Hourly pay of the hours scheduled in the interval, plus fees of the contacts that ended in it. */
  readonly agentCost: number;
  /** Channel prices charged in the interval (at the time of the event). */
  readonly contactCost: number;
  /** Penalties charged in the interval (at the time of the event). */
  readonly penaltyCost: number;
  /** agentCost + contactCost + penaltyCost. */
  readonly operatingCost: number;
}

/** A named slice. */
export type Named<T> = { readonly name: string } & T;

/** Everything the economics collector measured in one run. */
export interface EconomicsResult extends EconomicsTotals {
  /** Currency label (scenario `costs.currency`; `''` when not given). */
  readonly currency: string;
  /** operatingCost / handledContacts: cost per handled contact. */
  readonly costPerContact: number | null;
  /** operatingCost / resolvedIssues: cost per resolved issue. */
  readonly costPerResolvedIssue: number | null;
  /** Handling cost of repeat contacts (see {@link ContactEconomics.repeatContactCost}). */
  readonly repeatContactCost: number;
  /** Scheduled (paid) agent-hours of all groups. */
  readonly paidHours: number;
  /** Contacts completed (arrived after the warm-up). */
  readonly handledContacts: number;
  /** Issues resolved (first contact after the warm-up). */
  readonly resolvedIssues: number;
  /** Issues closed (resolved or given up): those the churn model and the effort score were applied to. */
  readonly issuesClosed: number;
  /** Mean customer effort score of the closed issues (effort points); `null` when none closed. */
  readonly meanEffort: number | null;
  /** Penalties by kind. */
  readonly penalties: PenaltyCosts;
  /** By contact type, every type in scenario order (churn by the type of the issue's first contact). */
  readonly byContactType: readonly Named<ContactEconomics>[];
  /** By channel, in `CHANNELS` order, channels used by some contact type. */
  readonly byChannel: readonly Named<ContactEconomics>[];
  /** By customer segment, in scenario order. */
  readonly bySegment: readonly Named<ContactEconomics>[];
  /** By agent group, in scenario order. */
  readonly byAgentGroup: readonly Named<AgentEconomics>[];
  /** By site, in scenario order. */
  readonly bySite: readonly Named<AgentEconomics>[];
  /**
   * By day (`day 0` first): money counts in the day it is spent (the event's time; agent cost by
   * scheduled hours in the day); the drain after the horizon counts in the last day.
   */
  readonly byDay: readonly Named<EconomicsTotals>[];
  /**
   * Operating cost per reporting interval (the scenario's `interval`, from time 0, as the run's
   * `intervals`), money counted at the time it is spent, hourly pay by the hours scheduled in it.
   */
  readonly intervals: readonly IntervalEconomics[];
  /** The same after the end of the last interval (a drain): `intervals` plus this add up to the totals. */
  readonly afterIntervals: IntervalEconomics;
}
