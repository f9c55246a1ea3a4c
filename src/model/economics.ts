/**
 * The resolved money and customer-impact settings of a model (scenario `costs` and
 * `customerImpact`). The engine never reads them: the economics collector in `metrics/` prices
 * what the engine reports. All prices are in the scenario's currency; rates per minute and per
 * hour are per minute and per hour of simulated time.
 *
 * @module
 */

/** What an agent group costs (scenario `costs.agentGroups.<group>`, else its site's `costs.sites.<site>`). */
export interface AgentRates {
  /** Price of one scheduled (paid) agent-hour, busy or idle. */
  readonly perHour: number;
  /** Fee per contact the group's agents completed (an outsourcer paid per handled contact). */
  readonly perHandledContact: number;
  /** Fee per minute of handling the group's agents completed (an outsourcer paid per handled minute). */
  readonly perHandledMinute: number;
}

/** What contacts of a channel cost (scenario `costs.channels.<channel>`). */
export interface ChannelRates {
  /** Price per contact offered (e.g. e-mail tooling, a message). */
  readonly perContact: number;
  /** Price per minute of handling of a completed contact (e.g. telephony while connected to an agent). */
  readonly perHandledMinute: number;
  /** Price per minute a customer waited on the line in queue (answered or abandoned; not callbacks). */
  readonly perQueueMinute: number;
  /** Price per callback attempt (an outbound call), answered or not. */
  readonly perCallbackAttempt: number;
  /** Price per self-service (IVR, bot) session of a contact type of the channel (docs/channels.md). */
  readonly perSelfServiceSession: number;
}

/** Penalty prices (scenario `costs.penalties`). */
export interface PenaltyRates {
  /** Per abandoned contact (callbacks given up after their last attempt included). */
  readonly perAbandoned: number;
  /** Per contact turned away by a full waiting room. */
  readonly perBlocked: number;
  /** Per broken callback promise (first attempt after the promised time). */
  readonly perBrokenPromise: number;
  /** Per contact still waiting or in service when the run ended. */
  readonly perUnfinished: number;
  /** Waits longer than this (seconds) are charged `perMinuteBeyond` for every minute beyond it. */
  readonly waitBeyond: number;
  /** Price per minute waited beyond `waitBeyond` (answered and abandoned contacts). */
  readonly perMinuteBeyond: number;
}

/**
 * Weights of the journey of one issue, shared by the churn model and the effort score: each
 * multiplies one count of the journey.
 */
export interface JourneyWeights {
  /** Per contact about the issue beyond the first (transfers not counted). */
  readonly extraContacts: number;
  /** Per time the customer had to repeat the information. */
  readonly repeatedInformation: number;
  /** Per transfer. */
  readonly transfers: number;
  /** Per contact the customer abandoned. */
  readonly abandons: number;
  /** Per broken callback promise. */
  readonly brokenPromises: number;
  /** Per minute waited in queue, summed over the contacts. */
  readonly waitMinutes: number;
  /** Once when the issue closed unresolved (the customer gave up). */
  readonly unresolved: number;
}

/**
 * The churn model of one segment: the probability that the customer leaves after an issue
 * closes, from the journey x (the counts weighted by {@link JourneyWeights}, s = Σ wᵢxᵢ):
 *
 * - `hazard`: `p = 1 − (1 − base) · exp(−s)`, weights ≥ 0 (each count adds hazard);
 * - `logistic`: `p = 1 / (1 + exp(−(logit(base) + s)))`, any weights, base in (0, 1).
 */
export interface ChurnModel {
  /** The form of the model. */
  readonly kind: 'hazard' | 'logistic';
  /** Churn probability of a smooth journey (every count 0: one contact, resolved, no wait). */
  readonly base: number;
  /** Weights of the journey counts. */
  readonly weights: JourneyWeights;
}

/** Money and customer impact of a model. */
export interface EconomicsDefinition {
  /** Currency label for reports (scenario `costs.currency`; `''` when not given). */
  readonly currency: string;
  /** Rates per agent group id. */
  readonly agentRates: readonly AgentRates[];
  /** Rates per channel id. */
  readonly channelRates: readonly ChannelRates[];
  /** Penalty prices. */
  readonly penalties: PenaltyRates;
  /** Churn model per segment id; null when the scenario gives no churn model. */
  readonly churn: readonly ChurnModel[] | null;
  /** Weights of the customer effort score. */
  readonly effort: JourneyWeights;
}
