import type { Distribution } from '../random/distributions/distribution';
import type { EconomicsDefinition } from './economics';
import type { IndividualAgentsDefinition } from './agent-profile-definition';
import type { QueueExitDefinition } from './queue-exit-definition';
import type { ShiftDefinition, WorkforceDefinition } from './workforce-definition';
import type { MessagingSessionDefinition } from './messaging-session-definition';

export type { MessagingSessionDefinition, SlotDuringGap } from './messaging-session-definition';
export type { BreakRule, ShiftDefinition, WorkforceDefinition } from './workforce-definition';
export type { AnnouncementDefinition, BalkingDefinition, IntervalParameters, MaxWaitAction, MaxWaitDefinition, QueueExitDefinition } from './queue-exit-definition';
export type {
  AgentDrawDefinition,
  AgentProfileDefinition,
  IndividualAgentsDefinition,
  LearningCurveDefinition,
} from './agent-profile-definition';

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
  /**
   * Customer segments in scenario order (index = id); the single segment `all` (share 1, value 1, priority 0)
   * when the scenario lists none.
   */
  readonly segments: readonly SegmentDefinition[];
  /** Sites in scenario order (index = id); the single in-house site `main` when the scenario lists none. */
  readonly sites: readonly SiteDefinition[];
  /** Contact types in scenario order (index = id). */
  readonly contactTypes: readonly ContactTypeDefinition[];
  /** Agent groups in scenario order (index = id). */
  readonly agentGroups: readonly AgentGroupDefinition[];
  /** Waiting-room capacity per channel id (Infinity: unlimited). Voice trunks, chat queue caps. */
  readonly waitingRoom: readonly number[];
  /** Day-to-day busyness: arrival rates of a day are multiplied by a Gamma(mean 1, cv) factor. */
  readonly busyness: { readonly cv: number } | null;
  /** The routing policy and its options, from the scenario's `routing`. */
  readonly routing: RoutingDefinition;
  /**
   * The customer journey across contacts (resolution, repeat contacts, context). When null,
   * every contact is its own issue and is resolved when served.
   */
  readonly journey: JourneyDefinition | null;
  /**
   * Prices, churn model and effort weights (scenario `costs` and `customerImpact`), read only by
   * the economics collector; absent when the scenario gives neither.
   */
  readonly economics?: EconomicsDefinition;
}

/**
 * What a repeat contact's agent knows: `none` — nothing, the customer repeats the information;
 * `same-channel` — the history of earlier contacts on the same channel; `omnichannel` — the
 * whole history, whatever the channel. The agent who handled the customer last always has it.
 */
export type ContextCarryOver = 'none' | 'same-channel' | 'omnichannel';

/** Scenario-wide settings of the customer journey. */
export interface JourneyDefinition {
  /** What a repeat contact's agent knows of the customer's history (scenario `journey.context`, default `none`). */
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
  /** Base probability that a service resolves the issue (scenario `resolution.probability`). */
  readonly probability: number;
  /** Factor by proficiency level (index 1–5; index 0 unused). */
  readonly byProficiency: readonly number[];
  /**
   * Factor on a repeat contact whose agent has the customer's context (scenario `resolution.withContext`,
   * default 1).
   */
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
  /**
   * A retrial only: the customer tries again with the same contact (ContactCenters' Bilingual), so
   * the retrial keeps its handle time, patience and resolution draws, and the service-level target
   * tests its wait summed over its attempts (see `same-contact-retrials.ts`). Absent: a new
   * contact with fresh draws.
   */
  readonly sameContact?: true;
}

/** An escalation: an agent without authority passes the contact to another contact type. */
export interface TransferDefinition {
  /** Contact type the transferred contact becomes (e.g. served by a back office). */
  readonly to: number;
  /** Probability that a service by a group without authority ends in this transfer. */
  readonly probability: number;
  /**
   * A warm transfer (scenario `transfer.warm`): the first agent keeps the customer until a second
   * agent answers, then consults with them for `consultTime`; absent: a cold transfer (the first
   * agent lets go at once). See docs/agents.md.
   */
  readonly warm?: { readonly consultTime: Distribution };
}

/** A customer segment: a share of customers with a value and a priority. */
export interface SegmentDefinition {
  /** Segment id: its index in `ModelDefinition.segments`. */
  readonly id: number;
  /** Segment name, as in the scenario (unique). */
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
  /** Site id: its index in `ModelDefinition.sites`. */
  readonly id: number;
  /** Site name, as in the scenario (unique). */
  readonly name: string;
  /** Kind of site (scenario `kind`, default `in-house`); shown in reports, not used by the simulation. */
  readonly kind: SiteKind;
}

/** A skill a contact type requires, with the minimum proficiency (1–5) an agent needs. */
export interface SkillRequirement {
  /** Skill id: its index in `ModelDefinition.skills` (a key of the contact type's scenario `skills`). */
  readonly skill: number;
  /**
   * Minimum proficiency (1–5) the agent's group needs in the skill: the value given for it in the contact type's
   * `skills`.
   */
  readonly minProficiency: number;
}

/** A service-level target: `target` of contacts answered within `threshold` seconds. */
export interface ServiceLevelTarget {
  /**
   * Answer-time threshold (seconds): a contact answered after a wait of at most this counts as within target.
   * From the scenario key `serviceLevel.within`; default 20 s for voice and chat, 4 h for e-mail and messaging.
   */
  readonly threshold: number;
  /**
   * Target fraction, in (0, 1], of contacts answered within `threshold` (scenario `serviceLevel.target`; default
   * 0.8 for voice and chat, 0.9 for e-mail and messaging). Shown in reports; the simulation does not use it.
   */
  readonly target: number;
}

/** How contacts of a type arrive. */
export type ArrivalDefinition =
  | {
      /** Poisson arrivals at a constant rate per second. */
      readonly kind: 'poisson';
      /** Arrivals per second (the scenario's `rate`, e.g. `'120/h'` gives 1/30). */
      readonly rate: number;
    }
  | {
      /**
       * Poisson arrivals at piecewise-constant rates: `rates[i]` per second during
       * `[i * intervalLength, (i + 1) * intervalLength)`, repeated every `period` seconds
       * (a day) when the horizon is longer.
       */
      readonly kind: 'piecewise';
      /** Length of one interval of `rates` (seconds): the arrivals' own `interval`, else the scenario's `interval`. */
      readonly intervalLength: number;
      /**
       * Rate per second in each interval of the period: the scenario's `perInterval` counts / `intervalLength`; 0
       * after the last one.
       */
      readonly rates: readonly number[];
      /** The rates repeat every `period` seconds (scenario `period`, default 1 day). */
      readonly period: number;
    }
  | {
      /** Arrivals replayed at the given times (sorted, seconds). */
      readonly kind: 'trace';
      /** Arrival times (seconds), sorted in increasing order. */
      readonly times: readonly number[];
    };

/** A kind of contact: a channel, required skills, and its time distributions. */
export interface ContactTypeDefinition {
  /** Contact type id: its index in `ModelDefinition.contactTypes`. */
  readonly id: number;
  /** Contact type name, as in the scenario (unique). */
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
  /** Service-level target (scenario `serviceLevel`; missing fields take the channel's default). */
  readonly serviceLevel: ServiceLevelTarget;
  /**
   * How contacts of the type arrive from outside (scenario `arrivals`; counts per interval become rates per
   * second). An empty trace when the scenario gives none: only transfers, repeats and retrials bring them.
   */
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
  /**
   * Maximum wait, clearing at closing, balking, delay announcements and per-interval handle time
   * and patience (see docs/queue-exits.md); absent when the type uses none of them.
   */
  readonly queueExits?: QueueExitDefinition;
  /**
   * A self-service (IVR or bot) stage new customers of the type go through before the queue
   * (scenario `selfService`; see docs/channels.md). Absent: they reach the queue at once.
   */
  readonly selfService?: SelfServiceDefinition;
  /**
   * Silent abandonment in chat and messaging (scenario `silentAbandonment`; see
   * docs/channels.md). Absent: customers who leave say so (patience), or never leave.
   */
  readonly silentAbandonment?: SilentAbandonmentDefinition;
  /**
   * Messaging sessions with customer reply gaps (scenario `session`; see docs/channels.md).
   * Absent: a contact is one piece of work, served at once.
   */
  readonly session?: MessagingSessionDefinition;
}

/**
 * Silent abandonment: with `probability` a customer leaves the conversation without saying so
 * after `after` in queue (and then never abandons visibly); an agent who picks the contact up
 * later spends `discoveryTime` finding nobody there.
 */
export interface SilentAbandonmentDefinition {
  /** Probability that a customer of the type is one who leaves silently (scenario `probability`). */
  readonly probability: number;
  /** Time in queue after which such a customer is gone (scenario `after`). */
  readonly after: Distribution;
  /** Time an agent spends discovering that the customer left (scenario `discoveryTime`). */
  readonly discoveryTime: Distribution;
}

/**
 * A self-service stage (IVR, bot) before the queue. A new customer of the type first spends time
 * in it: one who opts out (probability `optOut`) asks for an agent after `optOutTime`; the others
 * stay `time`, and the bot resolves their issue with probability `containment` (the issue closes
 * resolved, no agent involved), else they go on to the queue. Returning customers (repeats,
 * retrials) and transfers go straight to the queue.
 */
export interface SelfServiceDefinition {
  /** Time in the stage of a customer who does not opt out (scenario `time`). */
  readonly time: Distribution;
  /** Probability that the stage resolves the issue of a customer who stays to its end (scenario `containment`). */
  readonly containment: number;
  /** Probability that the customer asks for an agent before the stage can resolve anything (scenario `optOut`, default 0). */
  readonly optOut: number;
  /** Time in the stage of a customer who opts out (scenario `optOutTime`, default 0: at once). */
  readonly optOutTime: Distribution | null;
  /**
   * Whether what the customer told the stage reaches the agent (scenario `context`, default true):
   * then the agent has the customer's context; else the customer repeats the story (see the
   * journey's `contextHandleFactor` and `repeatHandleFactor`).
   */
  readonly context: boolean;
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
  /** Kind of callback (scenario `callback.mode`), described above. */
  readonly mode: 'virtual-hold' | 'scheduled';
  /**
   * A callback is offered when the predicted wait (seconds) is strictly above this. From the scenario key
   * `offerWhenWaitAbove`.
   */
  readonly offerAbove: number;
  /** How the wait is predicted (scenario `callback.predictor`, default `queue-position`). */
  readonly predictor: WaitPredictorName;
  /**
   * Acceptance probability `min(1, max(0, base + perMinute × predicted minutes))`. From the scenario key
   * `acceptance`, where a plain probability p becomes `{ base: p, perMinute: 0 }`.
   */
  readonly acceptance: { readonly base: number; readonly perMinute: number };
  /**
   * Scheduled mode: delay (seconds) from the offer to the promised call-back time, when the contact falls due.
   * From the scenario key `promise`; 0 in virtual-hold mode.
   */
  readonly promiseAfter: number;
  /**
   * Slack of the promise (seconds): a first attempt no later than the offer plus the predicted wait (virtual
   * hold) or plus `promiseAfter` (scheduled), plus `window`, keeps it (scenario `window`, default 0).
   */
  readonly window: number;
  /** Probability that the customer does not answer an attempt (scenario `noAnswer`, default 0). */
  readonly noAnswer: number;
  /** Time (seconds) an agent spends on an unanswered attempt (scenario `attemptTime`, default 30 s). */
  readonly attemptTime: number;
  /**
   * Delay (seconds) from the end of an unanswered attempt until the callback is due again. From the scenario
   * key `retryAfter` (default 10 min).
   */
  readonly retryDelay: number;
  /**
   * Attempts before the callback is given up and the contact ends as abandoned (scenario `maxAttempts`,
   * default 3).
   */
  readonly maxAttempts: number;
}

/** One ring of overflow routing. */
export interface OverflowStepDefinition {
  /** Waiting time (seconds) after which the step's groups may serve the contact. */
  readonly after: number;
  /** Group ids added by this step (each must be qualified for the type). */
  readonly groups: readonly number[];
  /**
   * Conditions under which the step may take an agent of its groups (scenario `protect`; empty for step 0 and
   * when none is given).
   */
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
      /**
       * Length of one interval of `agents` (seconds): the staffing's own `interval`, else the scenario's
       * `interval`.
       */
      readonly intervalLength: number;
      /** Agents on duty in each interval of the period (scenario `perInterval`); 0 after the last one. */
      readonly agents: readonly number[];
      /** The list repeats every `period` seconds (scenario `period`, default 1 day). */
      readonly period: number;
    }
  | {
      /** Explicit shifts: `agents` agents work from `start` to `end` (seconds), repeated every `period`. */
      readonly kind: 'shifts';
      /** The shifts, times in seconds from the start of the period; the agents of overlapping shifts add up. */
      readonly shifts: readonly ShiftDefinition[];
      /** The shifts repeat every `period` seconds (scenario `period`, default 1 day). */
      readonly period: number;
    };

/** A group of agents with the same skills, channels and schedule, at one site. */
export interface AgentGroupDefinition {
  /** Agent group id: its index in `ModelDefinition.agentGroups`. */
  readonly id: number;
  /** Agent group name, as in the scenario (unique). */
  readonly name: string;
  /** Site id: its index in `ModelDefinition.sites` (0 when the group names none: there is then a single site). */
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
  /** How many agents are on duty over time (scenario `agents`). */
  readonly staffing: StaffingDefinition;
  /**
   * Shrinkage and absenteeism (scenario `shrinkage`, `absenteeism`); absent when the group uses
   * neither. A model whose groups have no `workforce` and no shift `breaks` runs exactly as before.
   */
  readonly workforce?: WorkforceDefinition;
  /**
   * Individual agents (scenario `individuals`): each agent's proficiency, handle-time and resolution
   * factors, and a learning curve; absent when the group's agents are identical (see docs/agents.md).
   */
  readonly individuals?: IndividualAgentsDefinition;
  /**
   * Concurrency slowdown per channel id (scenario `slowdown`; see docs/channels.md): while an agent
   * holds k contacts of the channel, each progresses at `1 / slowdown[channel][k - 1]` of full
   * speed (an empty table: full speed always). Absent when the group gives none: then a contact
   * takes its handle time whatever else the agent holds.
   */
  readonly slowdown?: readonly (readonly number[])[];
  /**
   * Calls interrupting other work (scenario `interruptions`; see docs/channels.md): absent when the
   * group gives none, and then a contact in service is never interrupted.
   */
  readonly interruptions?: InterruptionDefinition;
}

/**
 * Which work of an agent group a voice call may interrupt (preemptive resume): a call that finds
 * no free agent may take an agent whose contacts in hand are all of the `suspends` channels and in
 * service; they resume with the same agent after the call, no work lost.
 */
export interface InterruptionDefinition {
  /** Channel ids (never voice) whose contacts in service a call may suspend. */
  readonly suspends: readonly number[];
  /** Work (seconds) added to a suspended contact when it resumes, ≥ 0. */
  readonly resumeOverhead: number;
}

/** Which routing policy to use, by registered name, with its options. */
export interface RoutingDefinition {
  /** Registered name of the routing policy (scenario `routing.policy`, default `longest-idle-agent`). */
  readonly policy: string;
  /** The policy's options (scenario `routing.options`, default `{}`), read by the policy's factory. */
  readonly options: Readonly<Record<string, unknown>>;
}
