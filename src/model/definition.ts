import type { Distribution } from '../random/distributions/distribution';

/**
 * The resolved contact-center model: plain definition objects with dense integer ids, produced
 * by the scenario layer from a user's scenario (names, defaults, validation) and consumed by the
 * engine. Nothing below `scenario/` parses or validates user input; everything here is trusted.
 *
 * Time is in seconds throughout.
 */
export interface ModelDefinition {
  /** Scenario name, for reports. */
  readonly name: string;
  /** Arrivals stop at this time (seconds after the start of day 0). */
  readonly horizon: number;
  /** Statistics ignore contacts that arrive before this time (steady-state studies); 0 for none. */
  readonly warmup: number;
  /** Length of a reporting interval (e.g. 1800 for half hours). */
  readonly intervalLength: number;
  /**
   * What happens at the horizon: `drain` keeps the last staffing until every contact in the
   * system has finished (no new arrivals); `cut` stops the clock and records contacts still in the
   * system as unfinished.
   */
  readonly endOfDay: 'drain' | 'cut';
  /** Skill names; a skill's index is its id. */
  readonly skills: readonly string[];
  readonly segments: readonly SegmentDefinition[];
  readonly sites: readonly SiteDefinition[];
  readonly contactTypes: readonly ContactTypeDefinition[];
  readonly agentGroups: readonly AgentGroupDefinition[];
  /** Waiting-room capacity per channel id (Infinity: unlimited). Voice trunks, chat queue caps. */
  readonly waitingRoom: readonly number[];
  /** Day-to-day busyness: arrival rates of a day are multiplied by a Gamma(mean 1, cv) factor. */
  readonly busyness: { readonly cv: number } | null;
  readonly routing: RoutingDefinition;
  /**
   * The customer journey across contacts (resolution, repeat contacts, context). When null,
   * every contact is its own issue and is resolved when served.
   */
  readonly journey: JourneyDefinition | null;
}

/**
 * What a repeat contact's agent knows: `none` — nothing, the customer repeats the information;
 * `same-channel` — the history of earlier contacts on the same channel; `omnichannel` — the
 * whole history, whatever the channel. The agent who handled the customer last always has it.
 */
export type ContextCarryOver = 'none' | 'same-channel' | 'omnichannel';

/** Scenario-wide settings of the customer journey. */
export interface JourneyDefinition {
  readonly context: ContextCarryOver;
  /** Handle-time multiplier when the agent has the customer's context on a repeat contact. */
  readonly contextHandleFactor: number;
  /** Handle-time multiplier when the customer has to repeat the information. */
  readonly repeatHandleFactor: number;
  /** The customer gives up on an issue after this many contacts (transfers included). */
  readonly maxContacts: number;
  /**
   * When a voice or chat customer comes back (repeat or retrial) while no agent who can serve the
   * returning contact type is planned on duty: see {@link ReturnWhenClosed}. Absent means `arrive`.
   */
  readonly returnWhenClosed?: ReturnWhenClosed;
}

/**
 * What a returning voice or chat customer does when the center is closed for its contact type
 * (no agent of a group that may serve it is planned on duty): `arrive` — comes back anyway, at the
 * drawn time, and waits alone; `next-opening` — comes back at the start of the next period with
 * such an agent on duty (or not at all when there is none before the horizon). E-mail and
 * messaging returns always arrive at the drawn time (they wait in a backlog).
 */
export type ReturnWhenClosed = 'arrive' | 'next-opening';

/**
 * How likely a service resolves the customer's issue:
 * `p = min(1, probability × byProficiency[p_agent] × (context ? withContext : 1))`, where p_agent
 * is the serving group's proficiency in the contact type's primary skill and `context` is true on a
 * repeat contact whose agent has the history.
 */
export interface ResolutionDefinition {
  readonly probability: number;
  /** Factor by proficiency level (index 1–5; index 0 unused). */
  readonly byProficiency: readonly number[];
  readonly withContext: number;
}

/** What an unresolved, abandoned or blocked customer does next. */
export interface RepeatDefinition {
  /** Probability of contacting again. */
  readonly probability: number;
  /** Delay before the next contact (seconds). */
  readonly delay: Distribution;
  /** Contact type of the next contact: `[type id, probability]` pairs (the channel switch). */
  readonly next: readonly (readonly [number, number])[];
}

/** An escalation: an agent without authority passes the contact to another contact type. */
export interface TransferDefinition {
  /** Contact type the transferred contact becomes (e.g. served by a back office). */
  readonly to: number;
  /** Probability that a service by a group without authority ends in this transfer. */
  readonly probability: number;
}

/** A customer segment: a share of customers with a value and a priority. */
export interface SegmentDefinition {
  readonly id: number;
  readonly name: string;
  /** Share of customers in this segment (shares sum to 1). */
  readonly share: number;
  /** Value of a customer of this segment (any unit; used by value-based routing and reports). */
  readonly value: number;
  /** Routing priority of the segment; larger is more important. */
  readonly priority: number;
}

/** The kinds of site agents work at. */
export const SITE_KINDS = ['in-house', 'remote', 'outsourcer', 'back-office', 'branch'] as const;

/** A kind of site. */
export type SiteKind = (typeof SITE_KINDS)[number];

/** A site where agent groups work. */
export interface SiteDefinition {
  readonly id: number;
  readonly name: string;
  readonly kind: SiteKind;
}

/** A skill a contact type requires, with the minimum proficiency (1–5) an agent needs. */
export interface SkillRequirement {
  readonly skill: number;
  readonly minProficiency: number;
}

/** A service-level target: `target` of contacts answered within `threshold` seconds. */
export interface ServiceLevelTarget {
  readonly threshold: number;
  readonly target: number;
}

/** How contacts of a type arrive. */
export type ArrivalDefinition =
  | {
      /** Poisson arrivals at a constant rate per second. */
      readonly kind: 'poisson';
      readonly rate: number;
    }
  | {
      /**
       * Poisson arrivals at piecewise-constant rates: `rates[i]` per second during
       * `[i * intervalLength, (i + 1) * intervalLength)`, repeated every `period` seconds
       * (a day) when the horizon is longer.
       */
      readonly kind: 'piecewise';
      readonly intervalLength: number;
      readonly rates: readonly number[];
      readonly period: number;
    }
  | {
      /** Arrivals replayed at the given times (sorted, seconds). */
      readonly kind: 'trace';
      readonly times: readonly number[];
    };

/** A kind of contact: a channel, required skills, and its time distributions. */
export interface ContactTypeDefinition {
  readonly id: number;
  readonly name: string;
  /** Channel id (see CHANNELS). */
  readonly channel: number;
  /** Skills an agent needs; the first one decides the agent's handle-time speed. */
  readonly requirements: readonly SkillRequirement[];
  /** Handle time of an agent of speed factor 1 (seconds). */
  readonly handleTime: Distribution;
  /** Patience (seconds) for online channels; null when customers never abandon. */
  readonly patience: Distribution | null;
  /** Routing priority; larger is more important. */
  readonly priority: number;
  readonly serviceLevel: ServiceLevelTarget;
  readonly arrivals: ArrivalDefinition;
  /** Probability that a contact's customer belongs to each segment (index = segment id). */
  readonly segmentMix: readonly number[];
  /** Resolution model; null: every service resolves the issue. */
  readonly resolution: ResolutionDefinition | null;
  /** What a customer left unresolved does; null: never contacts again. */
  readonly repeat: RepeatDefinition | null;
  /** What a customer who abandoned or was blocked does; null: never tries again. */
  readonly retrial: RepeatDefinition | null;
  /** Escalation when the serving group lacks authority; null: none. */
  readonly transfer: TransferDefinition | null;
  /**
   * Which groups may serve the type, widening with the wait (bullseye routing): step 0 lists the
   * primary groups (`after` 0), each later step adds groups once the contact has waited `after`
   * seconds, under its protection conditions. Null: every qualified group, from the start.
   */
  readonly overflow: readonly OverflowStepDefinition[] | null;
  /** Callback offers instead of waiting (online channels); null: none. */
  readonly callback: CallbackDefinition | null;
}

/** How the expected wait of a new contact is predicted when deciding on a callback offer. */
export type WaitPredictorName = 'queue-position' | 'last-wait' | 'moving-average';

/**
 * Callback offers. When a new voice or chat contact would wait and its predicted wait exceeds
 * `offerAbove`, the customer is offered a callback and accepts with probability
 * `min(1, max(0, acceptance.base + acceptance.perMinute × predicted minutes))`.
 *
 * - `virtual-hold`: the customer hangs up but keeps the place in line; when the contact reaches an
 *   agent the agent calls back. Promised: a call back within the predicted wait plus `window`.
 * - `scheduled`: the customer is called back at a promised time, `promiseAfter` after the offer;
 *   the contact is then a *due callback*. Promised: a call back within `window` of it.
 *
 * A callback attempt is unanswered with probability `noAnswer`: the agent spends `attemptTime`,
 * and the contact tries again after `retryDelay` (then a due callback too), up to `maxAttempts`
 * attempts; after the last unanswered attempt the contact ends as abandoned (the customer was not
 * reached). Due callbacks are the most urgent waiting work: the built-in policies serve them
 * before every other waiting contact the agent can take: first those a call now still keeps,
 * then those past their promise, each earliest promise first (see
 * `compareDueCallbacks` in routing/selectors).
 */
export interface CallbackDefinition {
  readonly mode: 'virtual-hold' | 'scheduled';
  readonly offerAbove: number;
  readonly predictor: WaitPredictorName;
  readonly acceptance: { readonly base: number; readonly perMinute: number };
  readonly promiseAfter: number;
  readonly window: number;
  readonly noAnswer: number;
  readonly attemptTime: number;
  readonly retryDelay: number;
  readonly maxAttempts: number;
}

/** One ring of overflow routing. */
export interface OverflowStepDefinition {
  /** Waiting time (seconds) after which the step's groups may serve the contact. */
  readonly after: number;
  /** Group ids added by this step (each must be qualified for the type). */
  readonly groups: readonly number[];
  readonly protection: OverflowProtection;
}

/**
 * Conditions under which an overflow step may take an agent of one of its groups (the target),
 * checked at the moment of assignment. Every given condition must hold; omitted ones always do.
 */
export interface OverflowProtection {
  /** The target's own queue (contacts waiting for which it is a primary group) is below this. */
  readonly maxTargetQueue?: number;
  /** At least this many of the target's agents stay free for its own work (trunk reservation). */
  readonly reserveAgents?: number;
  /** The source type has at least this many contacts waiting (sharing only under real overload). */
  readonly minSourceQueue?: number;
  /** Overflow contacts may occupy at most this share of the target's agents on duty. */
  readonly maxShare?: number;
}

/** How many agents of a group are on duty over time. */
export type StaffingDefinition =
  | { readonly kind: 'constant'; readonly agents: number }
  | {
      /** `agents[i]` on duty during interval i of length `intervalLength`, repeated every `period`. */
      readonly kind: 'intervals';
      readonly intervalLength: number;
      readonly agents: readonly number[];
      readonly period: number;
    }
  | {
      /** Explicit shifts: `agents` agents work from `start` to `end` (seconds), repeated every `period`. */
      readonly kind: 'shifts';
      readonly shifts: readonly { readonly start: number; readonly end: number; readonly agents: number }[];
      readonly period: number;
    };

/** A group of agents with the same skills, channels and schedule, at one site. */
export interface AgentGroupDefinition {
  readonly id: number;
  readonly name: string;
  readonly site: number;
  /** Proficiency per skill id, 0 when the group lacks the skill, else 1–5. */
  readonly proficiency: readonly number[];
  /** Concurrent contacts per channel id (0: the group does not handle that channel). */
  readonly concurrency: readonly number[];
  /**
   * Handle-time multiplier by proficiency level: `speed[p]` multiplies the handle time of an agent
   * of proficiency p (index 0 unused). 1 everywhere means proficiency does not change speed.
   */
  readonly handleTimeFactor: readonly number[];
  /** Whether the group's agents may decide on the spot (else some contacts are transferred). */
  readonly authority: boolean;
  /** After-contact work (seconds) following each contact; null for none. */
  readonly wrapUp: Distribution | null;
  readonly staffing: StaffingDefinition;
}

/** Which routing policy to use, by registered name, with its options. */
export interface RoutingDefinition {
  readonly policy: string;
  readonly options: Readonly<Record<string, unknown>>;
}
